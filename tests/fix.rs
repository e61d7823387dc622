//! `--fix` and `fix_all`: every safe fix of `examples/broken/` applied, the
//! rest left alone, the results byte for byte as in `tests/fixtures/fix/`,
//! and a second run changing nothing; `--diff` shows without writing;
//! `--unsafe-fixes` opts into the others; comments and formatting survive.

mod common;
use common::*;
use deploylint::registry::Applicability;
use deploylint::{fix_all, lint_all, Options};
use std::path::{Path, PathBuf};

/// The broken examples, each with its expected fixed text.
fn broken() -> Vec<(PathBuf, PathBuf)> {
    let mut v: Vec<_> = std::fs::read_dir(root().join("examples/broken"))
        .expect("examples/broken")
        .flatten()
        .map(|e| e.path())
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (p, fixtures().join("fix").join(format!("{name}.fixed")))
        })
        .collect();
    v.sort();
    v
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn safe_fixes(text: &str, opts: &Options) -> Vec<(&'static str, String)> {
    lint_all(text, opts)
        .into_iter()
        .flat_map(|r| r.diagnostics)
        .filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == Applicability::Safe))
        .map(|d| (d.code, d.pointer))
        .collect()
}

#[test]
fn fix_all_repairs_every_safe_finding_of_the_broken_examples_and_nothing_else() {
    let opts = Options::new();
    let mut total = 0;
    for (file, expected) in broken() {
        let text = read(&file);
        let fixed = fix_all(&text, &opts, false);
        assert_eq!(fixed.text, read(&expected), "{}", file.display());
        assert!(safe_fixes(&fixed.text, &opts).is_empty(), "{}", file.display());
        // A second run changes nothing.
        let again = fix_all(&fixed.text, &opts, false);
        assert_eq!((again.applied, again.text.as_str()), (0, fixed.text.as_str()));
        assert_eq!(again.remaining, fixed.remaining);
        total += fixed.applied;
    }
    // action, dry_run, resetValues, release_version; restart_policy; cpu,
    // readinessProbe; cpu; imageUrl; the YAML stream's action and releaseVersion.
    assert_eq!(total, 11);
}

#[test]
fn unfixable_findings_are_left_where_they_were() {
    let text = read(&root().join("examples/broken/ief-v2-create.json"));
    let opts = Options::new();
    let before: Vec<_> = lint_all(&text, &opts)
        .into_iter()
        .flat_map(|r| r.diagnostics)
        .filter(|d| d.fix.as_ref().is_none_or(|f| f.applicability != Applicability::Safe))
        .map(|d| (d.code, d.pointer, d.line))
        .collect();
    let fixed = fix_all(&text, &opts, false);
    let after: Vec<_> = fixed
        .reports
        .into_iter()
        .flat_map(|r| r.diagnostics)
        .map(|d| (d.code, d.pointer, d.line))
        .collect();
    assert_eq!(after, before);
    assert_eq!((fixed.applied, fixed.remaining), (1, before.len()));
}

#[test]
fn comments_key_order_and_quoting_elsewhere_survive() {
    let text = "# release 42\nchart_id: af4b   # the chart\naction: Upgrade # wrong case\nparameters:\n  dryRun: false  # camelCase\n  'replace': false\nvalues: {imageTag: \"5.0.7\"}\n";
    let fixed = fix_all(text, &Options::new(), false);
    assert_eq!(
        fixed.text,
        "# release 42\nchart_id: af4b   # the chart\naction: upgrade # wrong case\nparameters:\n  dry_run: false  # camelCase\n  'replace': false\nvalues: {imageTag: \"5.0.7\"}\n"
    );
    assert_eq!((fixed.applied, fixed.remaining), (2, 0));
}

#[test]
fn unsafe_fixes_only_when_asked() {
    let text = r#"{"deployment": {"image_url": "swr.example.com/edge/agent:1.0", "volumes": [{"name": "v", "type": "hostPath", "source": "/var/lib/agent", "destination": "/data", "read_only": false}], "configs": {"privileged": true}}}"#;
    let opts = Options::new().preset(deploylint::Preset::Recommended);
    let safe = fix_all(text, &opts, false);
    assert_eq!((safe.applied, safe.text.as_str()), (0, text));
    let all = fix_all(text, &opts, true);
    assert_eq!(all.applied, 2);
    assert_eq!(
        all.text,
        text.replace("\"read_only\": false", "\"read_only\": true")
            .replace("\"privileged\": true", "\"privileged\": false")
    );
    assert_eq!(all.remaining, 0);
}

/// A copy of examples/broken in a fresh directory.
fn broken_copy(name: &str) -> PathBuf {
    let dir = tmp(name);
    for (file, _) in broken() {
        let name = file.file_name().expect("name");
        std::fs::copy(&file, dir.join(name)).expect("copy");
    }
    dir
}

#[test]
fn check_fix_writes_the_fixed_files_and_a_second_run_changes_nothing() {
    let dir = broken_copy("fix-cli");
    let err = stderr(
        bin().current_dir(&dir).args([
            "check",
            "--no-config",
            "--preset",
            "recommended",
            "--fix",
            "--format",
            "json",
            ".",
        ]),
        1,
    );
    assert!(err.contains("; 11 fixed, 25 remaining"), "{err}");
    for (file, expected) in broken() {
        let name = file.file_name().expect("name");
        assert_eq!(read(&dir.join(name)), read(&expected), "{}", name.to_string_lossy());
    }
    let err = stderr(
        bin().current_dir(&dir).args([
            "check",
            "--no-config",
            "--preset",
            "recommended",
            "--fix",
            "--format",
            "json",
            ".",
        ]),
        1,
    );
    assert!(err.contains("; 0 fixed, 25 remaining"), "{err}");
    for (file, expected) in broken() {
        let name = file.file_name().expect("name");
        assert_eq!(read(&dir.join(name)), read(&expected));
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_diff_prints_a_unified_diff_and_writes_nothing() {
    let dir = broken_copy("fix-diff");
    let out = stdout(
        bin()
            .current_dir(&dir)
            .args(["check", "--no-config", "--diff", "cce-release-update.json"]),
        1,
    );
    assert!(
        out.starts_with("--- a/cce-release-update.json\n+++ b/cce-release-update.json\n@@ "),
        "{out}"
    );
    assert!(
        out.contains("\n-  \"action\": \"upgrad\",\n+  \"action\": \"upgrade\",\n"),
        "{out}"
    );
    assert!(out.contains("\n-    \"resetValues\": false,\n"), "{out}");
    assert_eq!(
        read(&dir.join("cce-release-update.json")),
        read(&root().join("examples/broken/cce-release-update.json"))
    );
    // Nothing to fix: no diff, exit 0, and the summary says so.
    let mut c = bin();
    c.current_dir(root()).args([
        "check",
        "--no-config",
        "--diff",
        "--lang",
        "en",
        "examples/valid/cce-release-update.json",
    ]);
    let out = c.assert().code(0).get_output().clone();
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("deploylint: 0 files would change; 0 would be fixed"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_fix_on_stdin_prints_the_fixed_text() {
    let body = r#"{"chart_id": "af4b", "action": "upgrad", "parameters": {}, "values": {}}"#;
    let out = stdout(bin().args(["check", "--no-config", "--fix", "-"]).write_stdin(body), 0);
    assert_eq!(out, body.replace("upgrad", "upgrade"));
}
