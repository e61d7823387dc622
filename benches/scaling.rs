//! Prints how lint time grows with the body (issue 11, item 1): clean IEF
//! v3 create bodies with 2,000 and 16,000 small containers (target: the
//! larger at most 10× the smaller, for 8× the input) and a 1 MB body of
//! full containers (target: under 50 ms), with a `serde_json::from_str` of
//! the same text beside each. Run with `cargo bench --bench scaling`. Not a
//! timed test: it reports, it does not fail. The instruction counts that do
//! not depend on the machine's load are in docs/performance.md (callgrind).
//! Outside `cargo bench` (`cargo test --benches` runs it too) each body is
//! timed once.

#[path = "../examples/support/large_body.rs"]
mod large_body;

use deploylint::{lint, InputFormat, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The best of `runs` single runs (first one discarded as warm-up).
fn best<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    f();
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") {
        10
    } else {
        1
    };
    let opts = Options::new().format(InputFormat::Json);
    let bodies = [
        ("2,000 small containers", large_body::v3_create(2_000, false)),
        ("16,000 small containers", large_body::v3_create(16_000, false)),
        (
            "1 MB of full containers",
            large_body::v3_create(large_body::full_containers_for(1 << 20), true),
        ),
    ];
    println!(
        "{:<26} {:>9} {:>12} {:>10} {:>7}",
        "body", "bytes", "serde_json", "lint", "ratio"
    );
    let mut times = Vec::new();
    for (name, text) in &bodies {
        assert!(lint(text, &opts).remove(0).diagnostics.is_empty(), "{name}: not clean");
        let parse = best(runs, || {
            black_box(serde_json::from_str::<serde_json::Value>(black_box(text)).ok());
        });
        let linted = best(runs, || {
            black_box(lint(black_box(text), &opts).remove(0));
        });
        times.push(linted);
        println!(
            "{name:<26} {:>9} {:>10.2}ms {:>8.2}ms {:>6.2}×",
            text.len(),
            ms(parse),
            ms(linted),
            linted.as_secs_f64() / parse.as_secs_f64()
        );
    }
    println!(
        "16,000 / 2,000 containers: {:.2}× the time for {:.2}× the bytes (target ≤ 10×)",
        times[1].as_secs_f64() / times[0].as_secs_f64(),
        bodies[1].1.len() as f64 / bodies[0].1.len() as f64
    );
    println!("1 MB body: {:.2} ms (target < 50 ms)", ms(times[2]));
}
