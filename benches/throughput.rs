//! Lint beside the parse floor (issue 11, item 2), measured by criterion:
//! for each body, `serde_json::from_str` into a `serde_json::Value`,
//! deploylint's spanned tree alone, and the whole lint, in one criterion
//! group per body. The reference bodies are small (the IEF v3
//! CreateDeployments page's request example), typical
//! (examples/valid/ief-v3-create.json's container: envs, ports, probes,
//! volumes, resources) and large (100 such containers); then every shipped
//! JSON example, valid and broken. After criterion's own report it prints
//! the table of ratios (lint / serde_json; target ≤ 2× for valid bodies)
//! from the estimates criterion wrote.
//!
//! Then the YAML floor (issue 22, item 3): each valid example and a 1 MB
//! body (480 full containers) in JSON and as block YAML
//! (examples/support/block_yaml.rs), each linted, and saphyr-parser's events
//! alone over the YAML (the parser under the YAML front end, nothing built):
//! the table prints YAML lint / JSON lint (target ≤ 2×) beside saphyr /
//! JSON lint, the part of it no change of ours can remove.
//!
//! `cargo bench --bench throughput` measures (on a quiet machine: it
//! reports, it does not fail); `cargo test --benches` runs each benchmark
//! once, as criterion does outside `cargo bench`.

#[path = "../examples/support/block_yaml.rs"]
mod block_yaml;
#[path = "../examples/support/large_body.rs"]
mod large_body;

use criterion::{BenchmarkId, Criterion, Throughput};
use deploylint::{lint, InputFormat, Options};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The three measurements of every group, in the table's order.
const FUNCTIONS: [&str; 3] = ["serde_json", "tree", "lint"];

/// The three measurements of every YAML group, in the table's order.
const YAML_FUNCTIONS: [&str; 3] = ["json", "yaml", "saphyr"];

/// (criterion group, what it is, text): the reference bodies first, then the examples.
fn inputs() -> Vec<(String, String, String)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let page = std::fs::read_to_string(format!(
        "{root}/tests/fixtures/page-examples/ief-v3-create/request-example.json"
    ))
    .expect("the v3 create page's example");
    let mut inputs = vec![
        ("small".into(), "small: v3 create page example".into(), page),
        (
            "typical".into(),
            "typical: 1 full container".into(),
            large_body::v3_create(1, true),
        ),
        (
            "large".into(),
            "large: 100 full containers".into(),
            large_body::v3_create(100, true),
        ),
    ];
    for dir in ["valid", "broken"] {
        for (stem, text) in json_examples(dir) {
            inputs.push((format!("{dir}-{stem}"), format!("examples/{dir}/{stem}.json"), text));
        }
    }
    inputs
}

/// (file stem, text) of every JSON example in `examples/{dir}`, by name.
fn json_examples(dir: &str) -> Vec<(String, String)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/examples/{dir}"))
        .expect("examples")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let stem = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            (stem, std::fs::read_to_string(p).expect("an example"))
        })
        .collect()
}

/// (criterion group, what it is, JSON text, the same body as block YAML):
/// every valid example, then a 1 MB body.
fn same_bodies() -> Vec<(String, String, String, String)> {
    let mut bodies: Vec<(String, String, String)> = json_examples("valid")
        .into_iter()
        .map(|(stem, text)| (format!("same-{stem}"), format!("examples/valid/{stem}"), text))
        .collect();
    bodies.push((
        "same-1mb".into(),
        "1 MB: 480 full containers".into(),
        large_body::v3_create(480, true),
    ));
    bodies
        .into_iter()
        .map(|(group, name, json)| {
            let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
            let yaml = block_yaml::to_yaml(&value);
            (group, name, json, yaml)
        })
        .collect()
}

/// Every event saphyr-parser reads from `text` (nothing built from them).
fn saphyr_events(text: &str) -> usize {
    saphyr_parser::Parser::new_from_str(text)
        .take_while(Result::is_ok)
        .count()
}

fn bench_yaml(c: &mut Criterion, bodies: &[(String, String, String, String)]) {
    let json = Options::new().format(InputFormat::Json);
    let yaml = Options::new().format(InputFormat::Yaml);
    for (group, _, json_text, yaml_text) in bodies {
        let mut g = c.benchmark_group(group);
        if json_text.len() > 100_000 {
            g.sample_size(10);
        }
        g.bench_function(BenchmarkId::from_parameter(YAML_FUNCTIONS[0]), |b| {
            b.iter(|| lint(black_box(json_text), &json).remove(0))
        });
        g.bench_function(BenchmarkId::from_parameter(YAML_FUNCTIONS[1]), |b| {
            b.iter(|| lint(black_box(yaml_text), &yaml).remove(0))
        });
        g.bench_function(BenchmarkId::from_parameter(YAML_FUNCTIONS[2]), |b| {
            b.iter(|| saphyr_events(black_box(yaml_text)))
        });
        g.finish();
    }
}

fn bench(c: &mut Criterion, inputs: &[(String, String, String)]) {
    let opts = Options::new().format(InputFormat::Json);
    for (group, _, text) in inputs {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(BenchmarkId::from_parameter(FUNCTIONS[0]), |b| {
            b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(text)).ok())
        });
        g.bench_function(BenchmarkId::from_parameter(FUNCTIONS[1]), |b| {
            b.iter(|| deploylint::__private::parse(black_box(text), InputFormat::Json))
        });
        g.bench_function(BenchmarkId::from_parameter(FUNCTIONS[2]), |b| {
            b.iter(|| lint(black_box(text), &opts).remove(0))
        });
        g.finish();
    }
}

/// Criterion's point estimate of the median time (ns) of `group`/`function`, if it wrote one.
fn median(dir: &Path, group: &str, function: &str) -> Option<f64> {
    let path = dir.join(group).join(function).join("new").join("estimates.json");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    v["median"]["point_estimate"].as_f64()
}

fn main() {
    let inputs = inputs();
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .expect("the workspace root")
                .join("target")
        })
        .join("criterion");
    let mut c = Criterion::default()
        .output_directory(&dir)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
        .configure_from_args();
    let same = same_bodies();
    bench(&mut c, &inputs);
    bench_yaml(&mut c, &same);
    c.final_summary();
    // Outside `cargo bench` criterion runs each function once and writes no estimates.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let opts = Options::new().format(InputFormat::Json);
    println!(
        "\n{:<40} {:>10} {:>10} {:>10} {:>7}",
        "input", "serde_json", "tree", "lint", "ratio"
    );
    let (mut total_parse, mut total_lint) = (0.0, 0.0);
    for (i, (group, name, text)) in inputs.iter().enumerate() {
        let [Some(parse), Some(tree), Some(linted)] = FUNCTIONS.map(|f| median(&dir, group, f)) else {
            println!("{name:<40} (no estimates: filtered out?)");
            continue;
        };
        let findings = lint(text, &opts).remove(0).diagnostics.len();
        // The reference bodies are not counted twice in the total.
        if i >= 3 {
            total_parse += parse;
            total_lint += linted;
        }
        println!(
            "{name:<40} {:>8.1}µs {:>8.1}µs {:>8.1}µs {:>6.2}×  {findings} findings",
            parse / 1e3,
            tree / 1e3,
            linted / 1e3,
            linted / parse
        );
    }
    if total_parse > 0.0 {
        println!(
            "{:<40} {:>8.1}µs {:>10} {:>8.1}µs {:>6.2}×  (target ≤ 2× for valid bodies)",
            "all JSON examples",
            total_parse / 1e3,
            "",
            total_lint / 1e3,
            total_lint / total_parse
        );
    }
    yaml_table(&dir, &same);
}

/// The YAML floor's table: the same body linted in both formats, and saphyr's share.
fn yaml_table(dir: &Path, bodies: &[(String, String, String, String)]) {
    println!(
        "\n{:<32} {:>9} {:>9} {:>10} {:>10} {:>10} {:>11}",
        "same body", "JSON B", "YAML B", "JSON lint", "YAML lint", "YAML/JSON", "saphyr/JSON"
    );
    let findings = |text: &str, format| lint(text, &Options::new().format(format)).remove(0).diagnostics.len();
    for (group, name, json_text, yaml_text) in bodies {
        let [Some(json), Some(yaml), Some(saphyr)] = YAML_FUNCTIONS.map(|f| median(dir, group, f)) else {
            println!("{name:<32} (no estimates: filtered out?)");
            continue;
        };
        let found = (
            findings(json_text, InputFormat::Json),
            findings(yaml_text, InputFormat::Yaml),
        );
        println!(
            "{name:<32} {:>9} {:>9} {:>8.1}µs {:>8.1}µs {:>9.2}× {:>10.2}×  findings {}/{} (target ≤ 2×)",
            json_text.len(),
            yaml_text.len(),
            json / 1e3,
            yaml / 1e3,
            yaml / json,
            saphyr / json,
            found.0,
            found.1
        );
    }
}
