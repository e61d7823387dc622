//! Reproducers of what the fuzz campaign (fuzz/, docs/robustness.md) found,
//! one file each in tests/fixtures/fuzz/: each keeps the report invariants
//! the fuzz targets check and renders in every output format with exit 1.
//! A finding not fixed yet would have its own test, ignored with the reason, which
//! states the outcome the fix must give.

mod common;
use common::*;
use deploylint::{lint_bytes, InputFormat, Kind, Options};
use std::path::PathBuf;

#[path = "../fuzz/src/invariants.rs"]
mod invariants;
#[path = "../fuzz/src/xml.rs"]
mod xml;

/// Every reproducer, with its input format (from the extension).
fn reproducers() -> Vec<(PathBuf, InputFormat)> {
    let all: Vec<_> = fixture_files(&fixtures().join("fuzz"))
        .into_iter()
        .map(|p| {
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or_default();
            let format = InputFormat::from_extension(ext).expect("json or yaml");
            (p, format)
        })
        .collect();
    assert!(all.len() >= 2, "reproducers missing: {all:?}");
    all
}

#[test]
fn every_reproducer_keeps_the_report_invariants() {
    for (path, format) in reproducers() {
        let bytes = std::fs::read(&path).expect("read");
        let opts = Options::new().format(format);
        let reports = lint_bytes(&bytes, &opts);
        invariants::check_bytes(&bytes, &opts, &reports);
        assert!(reports[0].errors() > 0, "{}: no error", path.display());
    }
}

#[test]
fn every_reproducer_renders_in_every_format() {
    for (path, _) in reproducers() {
        for format in ["human", "json", "sarif", "github", "junit"] {
            let out = stdout(bin().args(["check", "--no-config", "--format", format]).arg(&path), 1);
            if matches!(format, "json" | "sarif") {
                let parsed: Result<serde_json::Value, _> = serde_json::from_str(&out);
                assert!(parsed.is_ok(), "{} {format}: {out}", path.display());
            }
        }
    }
}

/// A finding's code, pointer, span and (line, column, end column).
type Place = (&'static str, String, (usize, usize), (usize, usize, usize));

/// Where each finding is.
fn places(bytes: &[u8], opts: &Options) -> Vec<Place> {
    lint_bytes(bytes, opts)[0]
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code,
                d.pointer.clone(),
                (d.span.start, d.span.end),
                (d.line, d.column, d.end_column),
            )
        })
        .collect()
}

/// Found by `lint_yaml` (minimised from a 95-byte input): a YAML block
/// mapping's span starts at its first key, and `Span::opening` takes one
/// byte of it, which ends inside a key such as `ޖ` or `é`. Spans are the
/// JSON contract's `span` and what an editor slices.
#[test]

fn opening_span_of_a_yaml_mapping_ends_on_a_character_boundary() {
    let yaml = Options::new().format(InputFormat::Yaml);
    let bytes = std::fs::read(fixtures().join("fuzz/yaml-mapping-opens-with-a-two-byte-key.yaml")).expect("read");
    assert_eq!(bytes, "ޖ:".as_bytes());
    assert_eq!(
        places(&bytes, &yaml),
        vec![("unknown-kind", String::new(), (0, 2), (1, 1, 2))]
    );
    // The same split inside a document: the opening of `/deployment` is `é`.
    let body = "deployment:\n  é: 1\n";
    let found = places(body.as_bytes(), &yaml.kind(Kind::IefV3Update));
    let missing = found.iter().find(|f| f.0 == "missing-field").expect("missing-field");
    assert_eq!(
        missing,
        &("missing-field", "/deployment/template".to_string(), (14, 16), (2, 3, 4))
    );
}

/// A control character in a key is echoed by `unknown-field` and written
/// into JUnit as `&#1;`, a character reference XML 1.0 forbids: CI servers
/// reject the whole report. Found while writing the `render` target's JUnit
/// check (off until this is fixed).
#[test]

fn junit_output_is_xml_1_0_with_control_characters_in_keys() {
    let path = fixtures().join("fuzz/junit-control-character-in-a-key.json");
    let out = stdout(
        bin()
            .args(["check", "--no-config", "--format", "junit", "--kind", "ief-v3-update"])
            .arg(&path),
        1,
    );
    assert!(out.contains("unknown-field /deployment/x"), "{out}");
    assert_eq!(xml::chars_ok(&out), Ok(()));
}

/// Not a crash but a flood: a 100 KB unknown key is printed whole in the
/// message and again in the label of the human report (two 100,000-column
/// lines), while excerpts are windows of a few hundred columns.
#[test]

fn human_output_quotes_a_100_kb_key_in_bounded_lines() {
    let dir = tmp("fuzz-long-key");
    let body = format!(
        "{{\"deployment\": {{\"{}\": 1}}, \"description\": \"a\"}}",
        "k".repeat(100_000)
    );
    std::fs::write(dir.join("long.json"), body).expect("write");
    let out = stdout(
        bin()
            .current_dir(&dir)
            .args(["check", "--no-config", "--kind", "ief-v3-update", "long.json"]),
        1,
    );
    let longest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest <= 1000, "a {longest}-character line");
}
