//! The generated schemas are valid JSON Schema 2020-12 and agree with the core.
//!
//! jsonschema runs here, in tests only (it would add ~800 KB to the WASM
//! module). Agreement, for every fixture whose kind is known and that parses:
//! 1. the core reports an error of a structural rule ⇒ the schema rejects it
//!    (the schema expresses every structural rule);
//! 2. the schema rejects it ⇒ the core reports some error (the schema never
//!    rejects a body the API accepts).
//!
//! Known gaps, each with its reason, are listed in `XFAIL`.

mod common;
use common::*;
use deploylint::__private::schema;
use deploylint::{registry, Kind, Severity};

/// Codes whose fixtures the schema cannot judge, and why.
const XFAIL: &[(&str, &str)] = &[(
    "v2-create-wrapper",
    "a flat v2 create body is validated as if wrapped; the schema describes only the wrapped form",
)];

#[test]
fn schemas_are_valid_2020_12() {
    for kind in Kind::ALL {
        let s = schema::schema(kind);
        if let Err(e) = jsonschema::draft202012::meta::validate(&s) {
            panic!("{kind}: not a valid 2020-12 schema: {e}");
        }
        jsonschema::draft202012::new(&s).unwrap_or_else(|e| panic!("{kind}: does not compile: {e}"));
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(s["$id"], format!("{kind}.json"));
    }
}

#[test]
fn schemas_agree_with_the_core_on_every_fixture() {
    let validators: Vec<_> = Kind::ALL
        .iter()
        .map(|k| (*k, jsonschema::draft202012::new(&schema::schema(*k)).expect("compiles")))
        .collect();
    let mut disagreements = Vec::new();
    let mut judged = 0;
    for f in files(&fixtures(), "json") {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let Ok(instance) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let exp_kind = if f.with_extension("expect").exists() {
            read_expect(&f).kind
        } else {
            None
        };
        let report = lint_fixture(&f, exp_kind);
        let Some(kind) = report.kind else { continue };
        if report
            .diagnostics
            .iter()
            .any(|d| XFAIL.iter().any(|(c, _)| *c == d.code))
        {
            continue;
        }
        judged += 1;
        let (_, v) = validators.iter().find(|(k, _)| *k == kind).expect("kind");
        let schema_ok = v.is_valid(&instance);
        let structural_error = report
            .diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error && registry::get(d.code).is_some_and(|e| e.meta.structural));
        let any_error = report.errors() > 0;
        let rel = f.strip_prefix(fixtures()).unwrap_or(&f).display();
        if let (Some(d), true) = (structural_error, schema_ok) {
            disagreements.push(format!(
                "{rel}: core reports structural `{}` at {} but the {kind} schema accepts it",
                d.code, d.pointer
            ));
        }
        if !schema_ok && !any_error {
            let why = v
                .iter_errors(&instance)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .next()
                .unwrap_or_default();
            disagreements.push(format!(
                "{rel}: the {kind} schema rejects it ({why}) but the core reports no error"
            ));
        }
    }
    assert!(judged > 20, "too few fixtures judged: {judged}");
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
