//! Prints how long linting takes relative to parsing the same text with
//! serde_json (issue 11 target: at most 2× for valid bodies), with the cost
//! of building the spanned tree alone beside it: first the three reference
//! bodies (small: the IEF v3 CreateDeployments page's request example;
//! typical: examples/valid/ief-v3-create.json, one container with envs,
//! ports, probes, volumes and resources; large: 100 such containers), then
//! every shipped JSON example. Run with `cargo bench --bench throughput` on
//! a quiet machine. Not a timed test: it reports ratios, it does not fail.

#[path = "../examples/support/large_body.rs"]
mod large_body;

use deploylint::{lint, InputFormat, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The best of 15 batches of `iters` runs (after a warm-up), per run.
fn time<F: FnMut()>(iters: u32, mut f: F) -> Duration {
    for _ in 0..iters / 4 + 1 {
        f();
    }
    let mut best = Duration::MAX;
    for _ in 0..15 {
        let start = Instant::now();
        for _ in 0..iters {
            f();
        }
        best = best.min(start.elapsed() / iters);
    }
    best
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut inputs: Vec<(String, String)> = vec![
        (
            "small: v3 create page example".into(),
            std::fs::read_to_string(format!(
                "{root}/tests/fixtures/seeds/ief-v3-create/request-example.json"
            ))
            .expect("page example"),
        ),
        ("typical: 1 full container".into(), large_body::v3_create(1, true)),
        ("large: 100 full containers".into(), large_body::v3_create(100, true)),
    ];
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
    for (i, (name, text)) in inputs.iter().enumerate() {
        let findings = lint(text, &opts).diagnostics.len();
        // About 600 KB of text per batch: 200 runs of a 3 KB body, 3 of a 200 KB one.
        let iters = (600_000 / text.len().max(1)).clamp(3, 200) as u32;
        let parse = time(iters, || {
            black_box(serde_json::from_str::<serde_json::Value>(black_box(text)).ok());
        });
        let tree = time(iters, || {
            black_box(deploylint::syntax::parse(black_box(text), InputFormat::Json));
        });
        let linted = time(iters, || {
            black_box(lint(black_box(text), &opts));
        });
        // The reference bodies are not counted twice in the total.
        if i >= 3 {
            total_parse += parse;
            total_lint += linted;
        }
        let ratio = linted.as_secs_f64() / parse.as_secs_f64();
        println!(
            "{name:<40} {:>8.1}µs {:>8.1}µs {:>8.1}µs {ratio:>6.2}×  {findings} findings",
            us(parse),
            us(tree),
            us(linted)
        );
    }
    let ratio = total_lint.as_secs_f64() / total_parse.as_secs_f64();
    println!(
        "{:<40} {:>8.1}µs {:>10} {:>8.1}µs {ratio:>6.2}×  (target ≤ 2× for valid bodies)",
        "all JSON examples",
        us(total_parse),
        "",
        us(total_lint)
    );
}
