//! The report stage: levels apply before the cap, the cap note, positions in
//! characters and UTF-16, a broken `--current` reported, not ignored.

mod common;
use common::*;
use deploylint::{lint, Current, Kind, Lang, Level, Options, Severity};

/// A v3 create body whose first container has `n` envs with
/// `"field_path": null` (one `null-value` warning each) and whose second
/// container is named `Bad_Name` (one `container-name` error).
fn flood(n: usize) -> String {
    let envs: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"name": "E{i}", "value": "x", "field_path": null}}"#))
        .collect();
    format!(
        r#"{{"name": "flood", "node_ids": ["9ebd8efb-9fdd-44a1-abda-9cdbc287a867"], "deployment": {{"replicas": 1, "template": {{
  "configs": {{"host_network": false, "restart_policy": "Always"}},
  "containers": [
    {{"name": "first", "image_url": "nginx:1.25", "envs": [{}]}},
    {{"name": "Bad_Name", "image_url": "nginx:1.25"}}
  ]}}}}}}"#,
        envs.join(", ")
    )
}

#[test]
fn a_rule_turned_off_does_not_hide_a_real_error_behind_the_cap() {
    let text = flood(1100);
    // Default levels: the cap keeps 1,000 findings and notes the rest.
    let r = lint(&text, &opts(Some(Kind::IefV3Create))).remove(0);
    assert_eq!(r.diagnostics.len(), 1001);
    let note = r
        .diagnostics
        .iter()
        .find(|d| d.code == "limit-exceeded")
        .expect("cap note");
    assert_eq!(
        note.message,
        "101 more findings not reported: at most 1000 are reported per document (the `findings` limit)"
    );
    assert_eq!((note.line, note.column, note.severity), (1, 1, Severity::Warning));
    // null-value off: what survives is the one real error, and no cap note.
    let r = lint(&text, &opts(Some(Kind::IefV3Create)).level("null-value", Level::Off)).remove(0);
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| (d.code, d.pointer.as_str(), d.line))
        .collect();
    assert_eq!(found, [("container-name", "/deployment/template/containers/1/name", 5)]);
    assert_eq!(r.errors(), 1);
}

#[test]
fn the_cap_counts_what_survives_the_levels_and_is_configurable() {
    let text = flood(10);
    let opts = opts(Some(Kind::IefV3Create)).max_findings(4);
    let r = lint(&text, &opts).remove(0);
    let codes: Vec<_> = r.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        ["limit-exceeded", "null-value", "null-value", "null-value", "null-value"]
    );
    assert_eq!(
        r.diagnostics[0].message,
        "7 more findings not reported: at most 4 are reported per document (the `findings` limit)"
    );
    // Levels turn warnings into errors before the cap.
    let r = lint(
        &text,
        &opts
            .clone()
            .level("null-value", Level::Error)
            .level("limit-exceeded", Level::Off),
    )
    .remove(0);
    assert_eq!(r.diagnostics.len(), 4);
    assert!(r.diagnostics.iter().all(|d| d.severity == Severity::Error));
    // Chinese cap note.
    let r = lint(&text, &opts.lang(Lang::Zh)).remove(0);
    assert_eq!(
        r.diagnostics[0].message,
        "另有 7 个问题未报告:每个文档最多报告 4 个(`findings` 上限)"
    );
    assert!(r.diagnostics[0]
        .help
        .as_deref()
        .is_some_and(|h| h.starts_with("请先修正这些问题再重新检查;此上限可通过 `--max-findings`")));
}

#[test]
fn positions_count_characters_and_utf16_units() {
    // `😀` is one character and two UTF-16 units; `名` one of each.
    let text =
        "{\"description\": \"😀名\", \"chart_id\": \"\", \"action\": \"upgrade\", \"parameters\": {}, \"values\": {}}";
    let r = lint(text, &Options::new()).remove(0);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "unknown-field")
        .expect("unknown-field");
    assert_eq!(d.pointer, "/description");
    assert_eq!((d.line, d.column, d.end_column), (1, 2, 15));
    let d = r.diagnostics.iter().find(|d| d.code == "chart-id").expect("chart-id");
    // 34 characters precede the value; UTF-16 counts the emoji twice.
    assert_eq!((d.column, d.end_column), (35, 37));
    assert_eq!((d.column_utf16, d.end_column_utf16), (36, 38));
}

#[test]
fn a_broken_current_is_reported_where_it_is_broken() {
    let e = Current::parse("{\"deployment\": {\"template\": ", Lang::En).expect_err("broken");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].code, "parse-error");
    assert_eq!(e[0].line, 1);
    let e = Current::parse("[1, 2]", Lang::Zh).expect_err("not an object");
    assert_eq!(e[0].code, "invalid-type");
    assert_eq!(e[0].message, "请求体必须是对象,而不是数组");
}

#[test]
fn the_cli_exits_2_on_a_broken_current_file_and_names_the_place() {
    let dir = tmp("broken-current");
    std::fs::write(dir.join("current.json"), "{\n  \"deployment\": {\n    \"template\": {").expect("write");
    let out = bin()
        .current_dir(&dir)
        .args([
            "check",
            "--no-config",
            "--current",
            "current.json",
            &root().join("examples/valid/ief-v3-update.json").display().to_string(),
        ])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.starts_with("deploylint: error: current.json:3:"), "{err}");
}

#[test]
fn the_cli_honours_off_before_the_cap() {
    let dir = tmp("off-before-cap");
    std::fs::write(dir.join("body.json"), flood(1100)).expect("write");
    std::fs::write(
        dir.join("deploylint.toml"),
        "preset = \"api\"\n[rules]\nnull-value = \"off\"\n",
    )
    .expect("write");
    let out = bin()
        .current_dir(&dir)
        .args(["check", "--format", "json", "body.json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
    let codes: Vec<_> = v["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(codes, ["container-name"]);
}

#[test]
fn the_summary_line_speaks_chinese() {
    let out = bin()
        .current_dir(root())
        .args([
            "check",
            "--no-config",
            "--preset",
            "api",
            "--lang",
            "zh",
            "--format",
            "json",
            "examples/valid/ief-v3-create.json",
        ])
        .assert()
        .code(0)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.starts_with("deploylint:已检查 1 个文件(1 个文档),用时 "), "{err}");
    assert!(err.trim_end().ends_with("秒:0 个错误,0 个警告"), "{err}");
}
