//! Prints how long linting takes relative to parsing the same text with
//! serde_json (target: at most 3×), on the shipped examples and on a large
//! body. Run with `cargo bench --bench throughput`. Not a timed test: it
//! reports ratios, it does not fail.

use deploylint::{lint, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn time<F: FnMut()>(mut f: F) -> Duration {
    // Warm up, then take the best of several batches.
    for _ in 0..50 {
        f();
    }
    let mut best = Duration::MAX;
    for _ in 0..15 {
        let start = Instant::now();
        for _ in 0..200 {
            f();
        }
        best = best.min(start.elapsed() / 200);
    }
    best
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut inputs: Vec<(String, String)> = Vec::new();
    for dir in ["examples/valid", "examples/broken"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .expect("examples")
            .flatten()
            .map(|e| e.path())
            .collect();
        paths.sort();
        for p in paths {
            inputs.push((
                format!("{dir}/{}", p.file_name().unwrap_or_default().to_string_lossy()),
                std::fs::read_to_string(&p).expect("read"),
            ));
        }
    }
    let opts = Options::default();
    println!("{:<40} {:>10} {:>10} {:>7}", "input", "serde_json", "lint", "ratio");
    let (mut total_parse, mut total_lint) = (Duration::ZERO, Duration::ZERO);
    for (name, text) in &inputs {
        let parse = time(|| {
            black_box(serde_json::from_str::<serde_json::Value>(black_box(text)).ok());
        });
        let linted = time(|| {
            black_box(lint(black_box(text), &opts));
        });
        total_parse += parse;
        total_lint += linted;
        println!(
            "{name:<40} {:>8.1}µs {:>8.1}µs {:>6.2}×",
            parse.as_secs_f64() * 1e6,
            linted.as_secs_f64() * 1e6,
            linted.as_secs_f64() / parse.as_secs_f64()
        );
    }
    println!(
        "{:<40} {:>8.1}µs {:>8.1}µs {:>6.2}×  (target ≤ 3×)",
        "all examples",
        total_parse.as_secs_f64() * 1e6,
        total_lint.as_secs_f64() * 1e6,
        total_lint.as_secs_f64() / total_parse.as_secs_f64()
    );
}
