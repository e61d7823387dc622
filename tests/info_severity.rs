//! The info severity: a field that has no effect where it stands is reported
//! as information, which never fails a run (`--deny-warnings` included) and
//! maps to SARIF `note`, a GitHub `::notice` and a JUnit pass.

mod common;
use common::*;

const FIXTURE: &str = "tests/fixtures/rules/toleration-node-group/invalid-v3-node.json";

fn run(args: &[&str], code: i32) -> String {
    let mut c = bin();
    c.current_dir(root())
        .args(["check", "--no-config", "--preset", "api", "--kind", "ief-v3-create"])
        .args(args)
        .arg(FIXTURE);
    stdout(&mut c, code)
}

#[test]
fn info_never_fails_a_run_even_with_deny_warnings() {
    let out = run(&["--deny-warnings", "--format", "json"], 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let f = &v["files"][0];
    assert_eq!(
        (f["errors"].as_u64(), f["warnings"].as_u64(), f["infos"].as_u64()),
        (Some(0), Some(0), Some(1))
    );
    let d = &f["diagnostics"][0];
    assert_eq!(d["code"], "toleration-node-group");
    assert_eq!(d["severity"], "info");
    assert_eq!(d["pointer"], "/deployment/template/configs/toleration_seconds");
}

#[test]
fn info_is_a_sarif_note_a_github_notice_and_a_junit_pass() {
    let sarif: serde_json::Value = serde_json::from_str(&run(&["--format", "sarif"], 0)).expect("sarif");
    assert_eq!(sarif["runs"][0]["results"][0]["level"], "note");
    let github = run(&["--format", "github"], 0);
    assert!(github.starts_with("::notice file="), "{github}");
    let junit = run(&["--format", "junit"], 0);
    assert!(junit.contains("failures=\"0\""), "{junit}");
    assert!(junit.contains("<system-out>info: "), "{junit}");
}

#[test]
fn the_human_summary_counts_infos() {
    let out = run(&[], 0);
    assert!(out.ends_with("1 file checked: 0 errors, 0 warnings, 1 info\n"), "{out}");
    let out = run(&["--lang", "zh"], 0);
    assert!(out.ends_with("已检查 1 个文件:0 个错误,0 个警告,1 条提示\n"), "{out}");
}

#[test]
fn a_level_can_raise_an_info_to_an_error() {
    let dir = tmp("info-level");
    std::fs::write(
        dir.join("deploylint.toml"),
        "[rules]\ntoleration-node-group = \"error\"\n",
    )
    .expect("write");
    let mut c = bin();
    c.current_dir(&dir)
        .args(["check", "--preset", "api", "--format", "json"])
        .arg(root().join(FIXTURE));
    let v: serde_json::Value = serde_json::from_str(&stdout(&mut c, 1)).expect("json");
    assert_eq!(v["files"][0]["diagnostics"][0]["severity"], "error");
}

/// deploylint.toml reads levels with the core's `Level::parse`, as the WASM
/// `rules` option does: `info` lowers a rule to information, and a name that
/// is not a level is refused with the core's list of levels, located.
#[test]
fn the_config_reads_levels_as_the_core_parses_them() {
    let dir = tmp("info-config-level");
    let body = root().join("tests/fixtures/rules/container-name/invalid-uppercase.json");
    std::fs::write(dir.join("deploylint.toml"), "[rules]\ncontainer-name = \"info\"\n").expect("write");
    let mut c = bin();
    c.current_dir(&dir)
        .args(["check", "--kind", "ief-v3-update", "--format", "json"])
        .arg(&body);
    let v: serde_json::Value = serde_json::from_str(&stdout(&mut c, 0)).expect("json");
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["severity"].as_str()),
        (Some("container-name"), Some("info"))
    );

    std::fs::write(dir.join("deploylint.toml"), "[rules]\ncontainer-name = \"loud\"\n").expect("write");
    let out = bin()
        .current_dir(&dir)
        .args(["check", "--kind", "ief-v3-update"])
        .arg(&body)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(r#"deploylint.toml:2:18: unknown level `loud`; expected "off", "info", "warning" or "error""#),
        "{err}"
    );
}

#[test]
fn levels_parse_in_one_place() {
    use deploylint::Level;
    for l in Level::ALL {
        assert_eq!(Level::parse(l.name()), Some(l));
    }
    assert_eq!(Level::parse("info"), Some(Level::Info));
    assert_eq!((Level::parse("Info"), Level::parse("warn")), (None, None));
    assert_eq!(Level::expected(), r#""off", "info", "warning" or "error""#);
}
