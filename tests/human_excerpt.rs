//! The human report's source excerpts: a bounded window on long lines (an
//! ellipsis where text was cut), exact alignment with tabs, CRLF, Chinese and
//! combining marks, and secret env values masked.

mod common;
use common::*;

/// Writes `text` to `name` in a fresh directory and runs `check` there in
/// `format`; returns stdout after asserting exit code `code`.
fn check(test: &str, name: &str, text: &str, format: &str, code: i32) -> String {
    check_with(test, name, text, format, code, &[])
}

/// [`check`] with more arguments.
fn check_with(test: &str, name: &str, text: &str, format: &str, code: i32, args: &[&str]) -> String {
    let dir = tmp(test);
    std::fs::write(dir.join(name), text).expect("write");
    stdout(
        bin()
            .current_dir(&dir)
            .args(["check", "--preset", "api", "--format", format])
            .args(args)
            .arg(name),
        code,
    )
}

/// The excerpt drawn under the header `╭─[at]`: that line through `╰────`.
fn excerpt(out: &str, at: &str) -> String {
    let header = format!("╭─[{at}]");
    let start = out
        .find(&header)
        .unwrap_or_else(|| panic!("no excerpt {header} in:\n{out}"));
    let start = out[..start].rfind('\n').map_or(0, |i| i + 1);
    let end = start
        + out[start..]
            .find("╰────")
            .unwrap_or_else(|| panic!("unclosed excerpt in:\n{out}"));
    out[start..end + "╰────".len()].to_string()
}

/// An underline or label row of an excerpt: `gutter` wide (the line
/// number's width plus two), then `text` at display column `col` (0-based).
fn row(gutter: usize, col: usize, text: &str) -> String {
    format!("{}· {}{text}", " ".repeat(gutter), " ".repeat(col))
}

/// A valid padding container.
fn pad(i: usize) -> String {
    format!(
        r#"{{"name":"pad-{i}","image_url":"swr.cn-north-4.myhuaweicloud.com/edge-platform/pad:1.0","resources":{{"requests":{{"cpu":"0.1","memory":"64"}},"limits":{{"cpu":"0.2","memory":"128"}}}}}}"#
    )
}

/// The valid v3 create example, minified (`jq -c`), with `containers` set to
/// `before` padding containers, then `middle`, then two more.
fn v3_minified(before: usize, middle: &str) -> String {
    let path = root().join("examples/valid/ief-v3-create.json");
    let text = std::fs::read_to_string(&path).expect("example");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("example is JSON");
    v["deployment"]["template"]["containers"] = serde_json::json!([]);
    let min = serde_json::to_string(&v).expect("serialise");
    let mut containers: Vec<String> = (0..before).map(pad).collect();
    containers.push(middle.to_string());
    containers.extend((before..before + 2).map(pad));
    let body = min.replacen(
        r#""containers":[]"#,
        &format!(r#""containers":[{}]"#, containers.join(",")),
        1,
    );
    assert_ne!(body, min);
    body
}

/// The container with the one error: `host_port` 80800.
const BAD_PORT: &str = r#"{"name":"video-analytics","image_url":"swr.cn-north-4.myhuaweicloud.com/edge-platform/video-analytics:2.4.1","ports":[{"container_port":8080,"host_port":80800}],"resources":{"requests":{"cpu":"0.5","memory":"512"},"limits":{"cpu":"2","memory":"2048"}}}"#;

#[test]
fn minified_body_past_column_65535_shows_a_window() {
    let body = v3_minified(640, BAD_PORT);
    assert!((110_000..120_000).contains(&body.len()), "{}", body.len());
    assert!(!body.contains('\n'));
    let col = body.find("80800").map(|i| i + 1).unwrap_or_default();
    assert!(col > 65_535, "{col}");
    let out = check("h-minified", "body.json", &body, "human", 1);
    assert!(
        out.contains(&format!("× body.json:1:{col}: `host_port` is 80800")),
        "{out}"
    );
    assert_eq!(
        excerpt(&out, &format!("body.json:1:{col}")),
        format!(
            "   ╭─[body.json:1:{col}]\n \
             1 │ …ts\":[{{\"container_port\":8080,\"host_port\":80800}}],\"resources\":{{\"requests\":{{\"cpu\":\"0.5\",\"memory\":\"512\"}},\"limits\":{{\"cpu\":\"2\"…\n   \
             ·                                          ──┬──\n   \
             ·                                            ╰── /deployment/template/containers/640/ports/0/host_port\n   \
             ╰────"
        )
    );
    assert!(out.ends_with("1 file checked: 1 error, 0 warnings\n"), "{out}");
    assert!(out.len() < 1_000, "{} bytes:\n{out}", out.len());
    // Every other format reports the same finding.
    for format in ["json", "sarif", "github", "junit", "gitlab"] {
        let out = check("h-minified-formats", "body.json", &body, format, 1);
        assert!(out.contains("port-number"), "{format}: {out}");
    }
}

#[test]
fn two_megabyte_line_is_cut_on_both_sides_of_each_finding() {
    let path = root().join("examples/valid/ief-v3-create.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("example")).expect("example is JSON");
    for k in ["name", "description", "node_ids", "tags"] {
        v.as_object_mut().map(|o| o.remove(k));
    }
    let rest = serde_json::to_string(&v).expect("serialise");
    let body = format!(
        r#"{{"description":"{}","node_ids":["9ebd8efb-9fdd-44a1-abda-9cdbc287a867"],"name":"Edge_Bad","tags":[{{"key":"team","value":"edge-platform"}},{{"key":"site","value":"shenzhen-warehouse"}}],{}"#,
        "a".repeat(2_000_000),
        &rest[1..]
    );
    let col = body.find("\"Edge_Bad\"").map(|i| i + 1).unwrap_or_default();
    // A 2 MB string is past the default string length limit (1 MiB).
    let out = check_with(
        "h-two-mb",
        "two.json",
        &body,
        "human",
        1,
        &["--max-string-length=2000000"],
    );
    // The description: from the line start, the span cut at the window's
    // end (its opening quote and 104 letters underlined).
    assert_eq!(
        excerpt(&out, "two.json:1:16"),
        [
            "   ╭─[two.json:1:16]".to_string(),
            format!(" 1 │ {{\"description\":\"{}…", "a".repeat(104)),
            row(3, 15, &format!("{}┬{}", "─".repeat(52), "─".repeat(52))),
            row(3, 15 + 52, "╰── /description"),
            "   ╰────".to_string(),
        ]
        .join("\n")
    );
    // The name, two million columns in: cut on both sides.
    assert_eq!(
        excerpt(&out, &format!("two.json:1:{col}")),
        format!(
            "   ╭─[two.json:1:{col}]\n \
             1 │ …fb-9fdd-44a1-abda-9cdbc287a867\"],\"name\":\"Edge_Bad\",\"tags\":[{{\"key\":\"team\",\"value\":\"edge-platform\"}},{{\"key\":\"site\",\"value\":…\n   \
             ·                                          ─────┬────\n   \
             ·                                               ╰── /name\n   \
             ╰────"
        )
    );
    assert!(out.len() < 2_000, "{} bytes:\n{out}", out.len());
}

#[test]
fn tabs_crlf_and_chinese_keep_the_underline_under_the_value() {
    let body = "{\r\n\t\"chart_id\": \"af4b699e-018c-11ec-b8b0-0255ac100b05\",\r\n\t\"values\": {\"描述\": \"视频分析\"},\t\"action\": \"upgrad\",\r\n\t\"parameters\": {}\r\n}\r\n";
    let out = check("h-layout", "r.json", body, "human", 1);
    // Column 38 in characters; on screen the first tab is 4 columns, each
    // Chinese character 2, and the tab after `},` stops at column 36, so
    // `"upgrad"` starts at display column 4 + 31 + 1 + 10 = 46.
    assert_eq!(
        excerpt(&out, "r.json:3:38"),
        [
            "   ╭─[r.json:3:38]",
            " 2 │     \"chart_id\": \"af4b699e-018c-11ec-b8b0-0255ac100b05\",",
            " 3 │     \"values\": {\"描述\": \"视频分析\"}, \"action\": \"upgrad\",",
            &row(3, 46, "────┬───"),
            &row(3, 50, "╰── /action"),
            " 4 │     \"parameters\": {}",
            "   ╰────",
        ]
        .join("\n")
    );
}

#[test]
fn combining_marks_take_no_column_and_are_never_cut_from_their_letter() {
    // Short line: `é` written as `e` + U+0301 is two characters (column 45)
    // but one column on screen, so `"upgrad"` is at display column 42.
    let body = "{\n  \"chart_id\": \"af4b699e\",\n  \"values\": {\"x\": \"cafe\u{301} cafe\u{301}\"}, \"action\": \"upgrad\",\n  \"parameters\": {}\n}\n";
    let out = check("h-marks", "r.json", body, "human", 1);
    assert_eq!(
        excerpt(&out, "r.json:3:45"),
        [
            "   ╭─[r.json:3:45]",
            " 2 │   \"chart_id\": \"af4b699e\",",
            " 3 │   \"values\": {\"x\": \"cafe\u{301} cafe\u{301}\"}, \"action\": \"upgrad\",",
            &row(3, 42, "────┬───"),
            &row(3, 46, "╰── /action"),
            " 4 │   \"parameters\": {}",
            "   ╰────",
        ]
        .join("\n")
    );
    // Long line (column 434): 120 columns are budgeted, 9 for `"upgrad",`
    // and 14 for `"}, "action": `, leaving 97 letters with their marks; the
    // mark of the 98th letter back is not shown without it.
    let marks = "e\u{301}".repeat(200);
    let body = format!(
        "{{\n  \"chart_id\": \"af4b699e\",\n  \"values\": {{\"x\": \"{marks}\"}}, \"action\": \"upgrad\",\n  \"parameters\": {{}}\n}}\n"
    );
    let out = check("h-marks-long", "r.json", &body, "human", 1);
    assert_eq!(
        excerpt(&out, "r.json:3:434"),
        [
            "   ╭─[r.json:3:434]".to_string(),
            " 2 │   \"chart_id\": \"af4b699e\",".to_string(),
            format!(" 3 │ …{}\"}}, \"action\": \"upgrad\",", "e\u{301}".repeat(97)),
            row(3, 1 + 97 + 14, "────┬───"),
            row(3, 1 + 97 + 14 + 4, "╰── /action"),
            " 4 │   \"parameters\": {}".to_string(),
            "   ╰────".to_string(),
        ]
        .join("\n")
    );
}

/// The valid pretty v3 example with its first env replaced by `env`.
fn v3_with_env(env: &str) -> String {
    let text = std::fs::read_to_string(root().join("examples/valid/ief-v3-create.json")).expect("example");
    let node_ip = "            {\n              \"name\": \"NODE_IP\",\n              \"field_path\": \"status.hostIP\"\n            },\n";
    assert!(text.contains(node_ip));
    text.replacen(node_ip, env, 1)
}

#[test]
fn secret_env_values_are_masked() {
    // The name two lines above the excerpt's last line, out of its view:
    // found in the tree.
    let body = v3_with_env(
        "            {\n              \"name\": \"API_TOKEN\",\n\n              \"field_path\": \"status.hostIP\",\n              \"value\": \"hunter2\"\n            },\n",
    );
    let out = check("h-secret", "body.json", &body, "human", 1);
    assert!(!out.contains("hunter2"), "{out}");
    assert_eq!(
        excerpt(&out, "body.json:63:15"),
        [
            "    ╭─[body.json:63:15]",
            " 62 │ ",
            " 63 │               \"field_path\": \"status.hostIP\",",
            &row(4, 14, "──────┬─────"),
            &row(4, 20, "╰── /deployment/template/containers/0/envs/0/field_path"),
            " 64 │               \"value\": \"****\"",
            "    ╰────",
        ]
        .join("\n")
    );
    // Any secret-looking name; a plain one is shown.
    let body = v3_with_env(
        "            {\"name\": \"NODE_NAME\", \"value\": \"edge-1\", \"field_path\": \"status.hostIP\"},\n            {\"name\": \"ACCESS_KEY\", \"value\": \"AKIA123\", \"field_path\": \"status.hostIP\"},\n",
    );
    let out = check("h-secret-2", "body.json", &body, "human", 1);
    assert!(!out.contains("AKIA123"), "{out}");
    assert_eq!(
        excerpt(&out, "body.json:60:54"),
        [
            "    ╭─[body.json:60:54]",
            " 59 │           \"envs\": [",
            " 60 │             {\"name\": \"NODE_NAME\", \"value\": \"edge-1\", \"field_path\": \"status.hostIP\"},",
            &row(4, 53, "──────┬─────"),
            &row(4, 59, "╰── /deployment/template/containers/0/envs/0/field_path"),
            " 61 │             {\"name\": \"ACCESS_KEY\", \"value\": \"****\", \"field_path\": \"status.hostIP\"},",
            "    ╰────",
        ]
        .join("\n")
    );
    // The JSON report carries no source text at all.
    let json = check("h-secret-json", "body.json", &body, "json", 1);
    assert!(!json.contains("AKIA123"), "{json}");
}

#[test]
fn secret_beside_a_syntax_error_is_masked() {
    // No tree: the excerpt's lines, and two either side, are scanned for
    // `name`/`value` pairs.
    let body =
        "{\n  \"envs\": [\n    {\"name\": \"DB_PASSWORD\", \"value\": \"hunter2\"}\n    {\"name\": \"B\"}\n  ]\n}\n";
    let out = check("h-secret-syntax", "body.json", body, "human", 1);
    assert!(!out.contains("hunter2"), "{out}");
    assert_eq!(
        excerpt(&out, "body.json:4:5"),
        [
            "   ╭─[body.json:4:5]",
            " 3 │     {\"name\": \"DB_PASSWORD\", \"value\": \"****\"}",
            " 4 │     {\"name\": \"B\"}",
            &row(3, 4, "┬"),
            &row(3, 4, "╰── here"),
            " 5 │   ]",
            "   ╰────",
        ]
        .join("\n")
    );
    // The name on the line above the excerpt.
    let yaml = "envs:\n  - name: SK\n    value: hunter2\n   - name: B\n";
    let out = check("h-secret-yaml", "a.yaml", yaml, "human", 1);
    assert!(!out.contains("hunter2"), "{out}");
    assert_eq!(
        excerpt(&out, "a.yaml:4:4"),
        [
            "   ╭─[a.yaml:4:4]",
            " 3 │     value: ****",
            " 4 │    - name: B",
            &row(3, 3, "▲"),
            &row(3, 3, "╰── here"),
            "   ╰────",
        ]
        .join("\n")
    );
}

#[test]
fn control_characters_are_shown_not_sent_to_the_terminal() {
    // A raw ESC in a string is itself a syntax error (strict JSON), located at it.
    let body = "{\"chart_id\": \"a\u{1b}[2J\", \"action\": \"upgrad\", \"parameters\": {}, \"values\": {}}";
    let out = check("h-control", "r.json", body, "human", 1);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert_eq!(
        excerpt(&out, "r.json:1:16"),
        [
            "   ╭─[r.json:1:16]",
            " 1 │ {\"chart_id\": \"a\u{241b}[2J\", \"action\": \"upgrad\", \"parameters\": {}, \"values\": {}}",
            &row(3, 15, "┬"),
            &row(3, 15, "╰── here"),
            "   ╰────",
        ]
        .join("\n")
    );
}
