//! Every fixture under tests/fixtures/{rules,seeds,syntax} yields exactly the
//! `(severity, code, pointer)` lines of its `.expect` file.
//!
//! `tests/fixtures/rules/<code>/invalid-*.json` must contain `<code>`;
//! `valid-*.json` must not. All failures are reported together, each with
//! the actual lines, so a reviewer can compare them with the seed pages.

mod common;
use common::*;

#[test]
fn every_fixture_matches_its_expect_file() {
    let mut failures = Vec::new();
    let mut count = 0;
    for sub in ["rules", "seeds", "syntax"] {
        for f in fixture_files(&fixtures().join(sub)) {
            count += 1;
            let exp = read_expect(&f);
            let report = lint_fixture(&f, exp.kind);
            let actual = actual_lines(&report);
            let rel = f.strip_prefix(fixtures()).unwrap_or(&f).display().to_string();
            if actual != exp.lines {
                failures.push(format!(
                    "{rel}\n  expected:\n    {}\n  actual:\n    {}",
                    exp.lines.join("\n    "),
                    actual.join("\n    ")
                ));
                continue;
            }
            if sub == "rules" {
                let code = f
                    .parent()
                    .and_then(|p| p.file_name())
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let name = f
                    .file_name()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let has = actual.iter().any(|l| l.split(' ').nth(1) == Some(code.as_str()));
                if name.starts_with("invalid") && !has {
                    failures.push(format!("{rel}: an invalid fixture must produce `{code}`"));
                }
                if name.starts_with("valid") && has {
                    failures.push(format!("{rel}: a valid fixture must not produce `{code}`"));
                }
            }
        }
    }
    assert!(count > 0, "no fixtures found");
    assert!(
        failures.is_empty(),
        "{} of {count} fixtures differ:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_rule_has_failing_and_passing_fixtures() {
    let mut missing = Vec::new();
    for e in deploylint::registry::all() {
        let dir = fixtures().join("rules").join(e.meta.code);
        let names: Vec<String> = fixture_files(&dir)
            .iter()
            .filter_map(|p| p.file_name().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        if !names.iter().any(|n| n.starts_with("invalid")) {
            missing.push(format!("{}: no invalid-*.json", e.meta.code));
        }
        if !names.iter().any(|n| n.starts_with("valid")) {
            missing.push(format!("{}: no valid-*.json", e.meta.code));
        }
    }
    assert!(missing.is_empty(), "rules without fixtures:\n{}", missing.join("\n"));
}
