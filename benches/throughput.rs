//! Prints how long linting takes relative to parsing the same text with
//! serde_json (target: at most 3×), on the shipped JSON examples, with the
//! cost of building the spanned tree alone beside it. Run with
//! `cargo bench --bench throughput` on a quiet machine. Not a timed test:
//! it reports ratios, it does not fail.

use deploylint::{lint, InputFormat, Options};
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

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut inputs: Vec<(String, String)> = Vec::new();
    for dir in ["examples/valid", "examples/broken"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .expect("examples")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for p in paths {
            let name = format!("{dir}/{}", p.file_name().unwrap_or_default().to_string_lossy());
            inputs.push((name, std::fs::read_to_string(&p).expect("read")));
        }
    }
    let opts = Options::new().format(InputFormat::Json);
    println!(
        "{:<40} {:>10} {:>10} {:>10} {:>7}",
        "input", "serde_json", "tree", "lint", "ratio"
    );
    let (mut total_parse, mut total_lint) = (Duration::ZERO, Duration::ZERO);
    for (name, text) in &inputs {
        let parse = time(|| {
            black_box(serde_json::from_str::<serde_json::Value>(black_box(text)).ok());
        });
        let tree = time(|| {
            black_box(deploylint::syntax::parse(black_box(text), InputFormat::Json));
        });
        let linted = time(|| {
            black_box(lint(black_box(text), &opts));
        });
        total_parse += parse;
        total_lint += linted;
        let ratio = linted.as_secs_f64() / parse.as_secs_f64();
        println!(
            "{name:<40} {:>8.1}µs {:>8.1}µs {:>8.1}µs {ratio:>6.2}×",
            us(parse),
            us(tree),
            us(linted)
        );
    }
    let ratio = total_lint.as_secs_f64() / total_parse.as_secs_f64();
    println!(
        "{:<40} {:>8.1}µs {:>10} {:>8.1}µs {ratio:>6.2}×  (target ≤ 3×)",
        "all JSON examples",
        us(total_parse),
        "",
        us(total_lint)
    );
}
