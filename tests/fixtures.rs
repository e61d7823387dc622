//! Every fixture of the rules and of the API pages' request examples (the
//! folders in `FOLDERS`) yields exactly the `(severity, code, pointer)`
//! lines of its `.expect` file.
//!
//! `tests/fixtures/rules/<code>/invalid-*.json` must contain `<code>`;
//! `valid-*.json` must not.
//!
//! Each fixture is its own test, named by its path below tests/fixtures, so
//! a failure names its file and a run can be narrowed to some of them:
//! `cargo test --test fixtures -- rules/container-name`. A failure shows the
//! expected and the actual lines. (This file runs without the standard test
//! harness: see `[[test]] name = "fixtures"` in Cargo.toml.)

mod common;
use common::*;
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;

/// The fixture folders, each linted against its `.expect` files.
const FOLDERS: [&str; 2] = ["rules", "page-examples"];

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for sub in FOLDERS {
        let found = fixture_files(&fixtures().join(sub));
        let count = found.len();
        // A folder that lost its fixtures fails instead of testing nothing.
        trials.push(Trial::test(format!("{sub}/ has fixtures"), move || {
            if count == 0 {
                return Err(format!("no fixtures below tests/fixtures/{sub}").into());
            }
            Ok(())
        }));
        for f in found {
            trials.push(Trial::test(relative(&f), move || check(&f)));
        }
    }
    trials.push(Trial::test(
        "every_rule_has_failing_and_passing_fixtures",
        every_rule_has_failing_and_passing_fixtures,
    ));
    libtest_mimic::run(&args, trials).exit();
}

/// `f`'s path below tests/fixtures, with `/` between its parts.
fn relative(f: &Path) -> String {
    let rel = f.strip_prefix(fixtures()).unwrap_or(f);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The file name of `f`, and the name of its folder.
fn names(f: &Path) -> (String, String) {
    let name = |p: Option<&Path>| {
        p.and_then(Path::file_name)
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    (name(Some(f)), name(f.parent()))
}

/// One fixture: its findings are its `.expect` lines; below rules/, an
/// `invalid-*` file produces its folder's code and a `valid-*` file does not.
fn check(f: &Path) -> Result<(), Failed> {
    let exp = read_expect(f);
    let actual = actual_lines(&lint_fixture(f, exp.kind));
    if actual != exp.lines {
        return Err(format!(
            "expected:\n    {}\nactual:\n    {}",
            exp.lines.join("\n    "),
            actual.join("\n    ")
        )
        .into());
    }
    if relative(f).starts_with("rules/") {
        let (name, code) = names(f);
        let has = actual.iter().any(|l| l.split(' ').nth(1) == Some(code.as_str()));
        if name.starts_with("invalid") && !has {
            return Err(format!("an invalid fixture must produce `{code}`").into());
        }
        if name.starts_with("valid") && has {
            return Err(format!("a valid fixture must not produce `{code}`").into());
        }
    }
    Ok(())
}

/// Every rule of the registry has an `invalid-*` and a `valid-*` fixture.
/// Codes found outside a request body, tested where they are found: a bad
/// deploylint.toml and a stale `[[ignore]]` entry in tests/cli.rs, a policy
/// that does not compile in tests/policies.rs, a bad
/// `# deploylint: kind=` comment in tests/lsp.rs.
const OUTSIDE_A_BODY: [&str; 4] = ["config-error", "invalid-policy", "kind-comment", "unused-ignore"];

fn every_rule_has_failing_and_passing_fixtures() -> Result<(), Failed> {
    let mut missing = Vec::new();
    for e in deploylint::registry::all()
        .iter()
        .filter(|e| !OUTSIDE_A_BODY.contains(&e.meta.code))
    {
        let dir = fixtures().join("rules").join(e.meta.code);
        let names: Vec<String> = fixture_files(&dir).iter().map(|p| names(p).0).collect();
        if !names.iter().any(|n| n.starts_with("invalid")) {
            missing.push(format!("{}: no invalid-*.json", e.meta.code));
        }
        if !names.iter().any(|n| n.starts_with("valid")) {
            missing.push(format!("{}: no valid-*.json", e.meta.code));
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("rules without fixtures:\n{}", missing.join("\n")).into())
    }
}
