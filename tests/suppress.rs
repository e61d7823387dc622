//! Suppressions: a YAML comment with a reason silences exactly its finding;
//! without a reason, or silencing nothing, it is reported; `[[ignore]]`
//! entries silence JSON findings below a pointer; silenced findings are
//! listed (JSON, SARIF) and counted, never dropped, and never count against
//! the cap.

mod common;
use common::*;
use deploylint::SuppressionKind;
use deploylint::{lint, Kind, Level, Options, Report};

/// A v3 update (YAML) with a privileged container on line 7 and an image
/// from a registry given by IP address on line 8; `extra` at the end of
/// line 7 and `before` on lines of their own above it.
fn body(before: &str, extra: &str) -> String {
    format!(
        "deployment:
  replicas: 1
  template:
    configs: {{host_network: false, restart_policy: Always}}
    containers:
      - name: agent
{before}        privileged: true{extra}
        image_url: \"192.168.1.20/edge/agent:1.0\"
        resources: {{requests: {{cpu: \"0.5\", memory: \"512\"}}, limits: {{cpu: \"1\", memory: \"1024\"}}}}
        readiness_probe: {{exec: {{command: /bin/ready}}}}
        liveness_probe: {{exec: {{command: /bin/live}}}}
"
    )
}

fn run(text: &str) -> Report {
    lint(
        text,
        &Options::new()
            .kind(Kind::IefV3Update)
            .preset(deploylint::Preset::Recommended),
    )
    .remove(0)
}

/// (code, line, column) of each finding.
fn found(r: &Report) -> Vec<(&'static str, usize, usize)> {
    r.diagnostics.iter().map(|d| (d.code, d.line, d.column)).collect()
}

#[test]
fn without_a_suppression_both_findings_are_reported() {
    let r = run(&body("", ""));
    assert_eq!(
        found(&r),
        [("privileged-container", 7, 21), ("image-registry-ip", 8, 20)]
    );
    assert!(r.suppressed.is_empty());
}

#[test]
fn a_trailing_comment_with_a_reason_silences_exactly_its_finding() {
    let r = run(&body(
        "",
        "  # deploylint-ignore: privileged-container -- drives the GPIO pins",
    ));
    assert_eq!(found(&r), [("image-registry-ip", 8, 20)]);
    let s = &r.suppressed[0];
    assert_eq!((s.diagnostic.code, s.diagnostic.line), ("privileged-container", 7));
    assert_eq!(s.suppression.kind, SuppressionKind::InSource);
    assert_eq!(s.suppression.justification.as_deref(), Some("drives the GPIO pins"));
    assert_eq!(s.suppression.line, Some(7));
    assert_eq!(r.suppressed.len(), 1);
}

#[test]
fn a_comment_on_the_line_before_applies_to_the_next_line_with_content() {
    let before = "        # deploylint-ignore: privileged-container -- drives the GPIO pins\n\n        # (the pins are on the carrier board)\n";
    let r = run(&body(before, ""));
    assert_eq!(found(&r), [("image-registry-ip", 11, 20)]);
    assert_eq!(r.suppressed[0].suppression.line, Some(7));
}

#[test]
fn a_suppression_without_a_reason_still_silences_and_is_reported() {
    let r = run(&body("", "  # deploylint-ignore: privileged-container"));
    assert_eq!(
        found(&r),
        [("suppression-without-reason", 7, 27), ("image-registry-ip", 8, 20)]
    );
    let d = &r.diagnostics[0];
    assert_eq!(d.message, "the suppression of `privileged-container` gives no reason");
    assert_eq!(
        d.help.as_deref(),
        Some("add the reason after `--`: `# deploylint-ignore: CODE -- why`")
    );
    assert_eq!(r.suppressed[0].suppression.justification, None);
}

#[test]
fn a_code_that_silences_nothing_is_reported_where_it_is_written() {
    // `image-registry-ip` is on the next line, not this one.
    let r = run(&body(
        "",
        "  # deploylint-ignore: privileged-container, image-registry-ip -- both",
    ));
    assert_eq!(found(&r), [("unused-suppression", 7, 70), ("image-registry-ip", 8, 20)]);
    assert_eq!(
        r.diagnostics[0].message,
        "`image-registry-ip` is suppressed here but nothing is reported for it"
    );
    let zh = lint(
        &body("", "  # deploylint-ignore: privileged-containr -- typo"),
        &Options::new()
            .kind(Kind::IefV3Update)
            .preset(deploylint::Preset::Recommended)
            .lang(deploylint::Lang::Zh),
    )
    .remove(0);
    let d = zh
        .diagnostics
        .iter()
        .find(|d| d.code == "unused-suppression")
        .expect("unused");
    assert_eq!(d.message, "`privileged-containr` 不是规则代码");
    assert_eq!(d.help.as_deref(), Some("是否想写 `privileged-container`?"));
}

#[test]
fn a_suppression_of_a_rule_turned_off_is_not_stale() {
    let text = body("", "  # deploylint-ignore: privileged-container -- GPIO");
    let r = lint(
        &text,
        &Options::new()
            .kind(Kind::IefV3Update)
            .preset(deploylint::Preset::Recommended)
            .level("privileged-container", Level::Off),
    )
    .remove(0);
    assert_eq!(found(&r), [("image-registry-ip", 8, 20)]);
    let r = lint(&text, &opts(Some(Kind::IefV3Update))).remove(0);
    assert!(r.diagnostics.is_empty(), "{:?}", found(&r));
}

#[test]
fn markers_inside_quoted_and_block_scalars_are_not_comments() {
    let text = body(
        "        args: [\"# deploylint-ignore: privileged-container -- in a string\"]\n        command:\n          - |\n            # deploylint-ignore: privileged-container -- in a block\n",
        "",
    );
    let r = run(&text);
    assert_eq!(
        found(&r),
        [("privileged-container", 11, 21), ("image-registry-ip", 12, 20)]
    );
    assert!(r.suppressed.is_empty());
}

#[test]
fn a_file_comment_counts_only_in_the_first_comment_block() {
    let head = "# deploylint-ignore-file: image-registry-ip, privileged-container -- a lab device\n";
    let r = run(&format!("{head}{}", body("", "")));
    assert!(r.diagnostics.is_empty(), "{:?}", found(&r));
    assert_eq!(r.suppressed.len(), 2);
    let r = run(&format!("{}{head}", body("", "")));
    assert_eq!(
        found(&r),
        [
            ("privileged-container", 7, 21),
            ("image-registry-ip", 8, 20),
            ("unused-suppression", 12, 27),
            ("unused-suppression", 12, 46)
        ]
    );
    assert_eq!(
        r.diagnostics[2].message,
        "`deploylint-ignore-file` for `image-registry-ip` only takes effect in the first comment block"
    );
}

#[test]
fn silenced_findings_do_not_count_against_the_cap() {
    let text = body("", "  # deploylint-ignore: privileged-container -- GPIO");
    let r = lint(
        &text,
        &Options::new()
            .kind(Kind::IefV3Update)
            .preset(deploylint::Preset::Recommended)
            .max_findings(1),
    )
    .remove(0);
    assert_eq!(found(&r), [("image-registry-ip", 8, 20)]);
    assert_eq!(r.suppressed.len(), 1);
}

#[test]
fn ignore_entries_silence_json_findings_below_a_pointer() {
    let text = r#"{"deployment": {"replicas": 1, "template": {"configs": {"host_network": true, "restart_policy": "Always"}, "containers": [
  {"name": "a", "image_url": "swr.example.com/edge/a:1.0", "privileged": true, "resources": {"requests": {"cpu": "0.5", "memory": "512"}, "limits": {"cpu": "1", "memory": "1024"}}, "readiness_probe": {"exec": {"command": "r"}}, "liveness_probe": {"exec": {"command": "l"}}},
  {"name": "b", "image_url": "swr.example.com/edge/b:1.0", "privileged": true, "resources": {"requests": {"cpu": "0.5", "memory": "512"}, "limits": {"cpu": "1", "memory": "1024"}}, "readiness_probe": {"exec": {"command": "r"}}, "liveness_probe": {"exec": {"command": "l"}}}
]}}}"#;
    let ignore = deploylint::Ignore::new(
        vec!["privileged-container".into(), "host-network".into()],
        Some("/deployment/template/containers/0".into()),
        "container a drives the GPIO pins",
        3,
    );
    let r = lint(
        text,
        &Options::new()
            .kind(Kind::IefV3Update)
            .preset(deploylint::Preset::Recommended)
            .ignore(ignore),
    )
    .remove(0);
    let left: Vec<_> = r.diagnostics.iter().map(|d| (d.code, d.pointer.as_str())).collect();
    assert_eq!(
        left,
        [
            ("host-network", "/deployment/template/configs/host_network"),
            ("privileged-container", "/deployment/template/containers/1/privileged")
        ]
    );
    let s = &r.suppressed[0];
    assert_eq!(s.diagnostic.pointer, "/deployment/template/containers/0/privileged");
    assert_eq!(s.suppression.kind, SuppressionKind::External);
    assert_eq!(s.suppression.entry, Some(3));
    assert_eq!(
        s.suppression.justification.as_deref(),
        Some("container a drives the GPIO pins")
    );
}

/// A directory with a deploylint.toml and one JSON body with a privileged container.
fn project(name: &str, toml: &str) -> common::Tmp {
    let dir = tmp(name);
    std::fs::create_dir_all(dir.join("deploy/gpio")).expect("dir");
    std::fs::write(dir.join("deploylint.toml"), toml).expect("toml");
    let body = r#"{"deployment": {"image_url": "swr.example.com/edge/gpio:1.0", "configs": {"privileged": true}}}"#;
    std::fs::write(dir.join("deploy/gpio/update.json"), body).expect("body");
    dir
}

const IGNORE: &str = "[[ignore]]\nfiles = [\"deploy/gpio/*.json\"]\npointer = \"/deployment/configs\"\ncodes = [\"privileged-container\"]\nreason = \"drives the GPIO pins\"\n";

#[test]
fn the_cli_lists_suppressed_findings_in_json_and_sarif_and_counts_them() {
    let dir = project("suppress-cli", IGNORE);
    let out = bin()
        .current_dir(&dir)
        .args(["check", "--preset", "recommended", "--format", "json", "deploy"])
        .assert()
        .code(0)
        .get_output()
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = &v["files"][0];
    assert_eq!(f["diagnostics"].as_array().map(Vec::len), Some(0));
    let s = &f["suppressed"][0];
    assert_eq!(s["code"], "privileged-container");
    assert_eq!(s["pointer"], "/deployment/configs/privileged");
    assert_eq!(s["line"], 1);
    assert_eq!(
        s["suppression"],
        serde_json::json!({"kind": "external", "justification": "drives the GPIO pins", "entry": 0})
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.trim_end().ends_with("0 errors, 0 warnings; 1 suppressed"), "{err}");
    let sarif = stdout(
        bin()
            .current_dir(&dir)
            .args(["check", "--preset", "recommended", "--format", "sarif", "deploy"]),
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&sarif).expect("sarif");
    let result = &v["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "privileged-container");
    assert_eq!(
        result["suppressions"],
        serde_json::json!([{"kind": "external", "status": "accepted", "justification": "drives the GPIO pins"}])
    );
    // JUnit: a skipped testcase with the reason; GitHub: no annotation, the count in the summary.
    let junit = stdout(
        bin()
            .current_dir(&dir)
            .args(["check", "--preset", "recommended", "--format", "junit", "deploy"]),
        0,
    );
    assert_eq!(
        junit,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"deploylint\" tests=\"1\" failures=\"0\" skipped=\"1\">\n  <testsuite name=\"deploy/gpio/update.json\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\">\n    <testcase name=\"privileged-container /deployment/configs/privileged (1:89)\" classname=\"deploy/gpio/update.json\" file=\"deploy/gpio/update.json\" line=\"1\">\n      <skipped message=\"suppressed: drives the GPIO pins\">deploy/gpio/update.json:1:89: the container runs privileged: it has every capability and the node&apos;s devices</skipped>\n    </testcase>\n  </testsuite>\n</testsuites>\n"
    );
    let gh = bin()
        .current_dir(&dir)
        .args(["check", "--preset", "recommended", "--format", "github", "deploy"])
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&gh.stdout), "");
    assert!(String::from_utf8_lossy(&gh.stderr)
        .trim_end()
        .ends_with("; 1 suppressed"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn sarif_marks_comment_suppressions_in_source() {
    let dir = tmp("suppress-sarif");
    std::fs::write(
        dir.join("body.yaml"),
        body("", "  # deploylint-ignore: privileged-container -- GPIO"),
    )
    .expect("write");
    let sarif = stdout(
        bin().current_dir(&dir).args([
            "check",
            "--no-config",
            "--preset",
            "recommended",
            "--format",
            "sarif",
            "body.yaml",
        ]),
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&sarif).expect("sarif");
    assert_eq!(sarif_violations(&v), Vec::<String>::new());
    let results = v["runs"][0]["results"].as_array().expect("results");
    let silenced: Vec<_> = results.iter().filter(|r| r.get("suppressions").is_some()).collect();
    assert_eq!(silenced.len(), 1);
    assert_eq!(silenced[0]["ruleId"], "privileged-container");
    assert_eq!(
        silenced[0]["suppressions"],
        serde_json::json!([{"kind": "inSource", "status": "accepted", "justification": "GPIO"}])
    );
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == "image-registry-ip" && r.get("suppressions").is_none()));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_ignore_entry_needs_a_reason_and_a_stale_one_is_reported() {
    let dir = project(
        "suppress-config",
        &IGNORE.replace("reason = \"drives the GPIO pins\"\n", "reason = \"  \"\n"),
    );
    let err = stderr(
        bin()
            .current_dir(&dir)
            .args(["check", "--preset", "recommended", "deploy"]),
        2,
    );
    assert!(
        err.contains("deploylint.toml:5:10: an [[ignore]] entry needs a reason"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
    let dir = project(
        "suppress-stale",
        &IGNORE.replace("privileged-container", "host-network"),
    );
    // A finding of the config file (`unused-ignore`), at the entry's header.
    let out = stdout(
        bin().current_dir(&dir).args([
            "check",
            "--preset",
            "recommended",
            "--deny-warnings",
            "--format",
            "json",
            "deploy",
        ]),
        1,
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let d = &v["files"][1]["diagnostics"][0];
    assert_eq!(v["files"][1]["path"], "deploylint.toml");
    assert_eq!(
        (d["code"].as_str(), d["line"].as_u64()),
        (Some("unused-ignore"), Some(1))
    );
    assert_eq!(
        d["message"],
        "this [[ignore]] entry for `host-network` in `deploy/gpio/*.json` silenced nothing in the files it applies to"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn thousands_of_comments_and_findings_stay_linear_and_capped() {
    let n = 5000;
    let envs: String = (0..n)
        .map(|i| {
            format!(
                "          - {{name: TOKEN_{i}, value: t{i}}}  # deploylint-ignore: env-plain-secret -- test data\n"
            )
        })
        .collect();
    let text = format!(
        "deployment:\n  replicas: 1\n  template:\n    configs: {{host_network: false, restart_policy: Always}}\n    containers:\n      - name: agent\n        image_url: swr.example.com/edge/agent:1.0\n        envs:\n{envs}"
    );
    let r = lint(
        &text,
        &opts(Some(Kind::IefV3Update)).preset(deploylint::Preset::Recommended),
    )
    .remove(0);
    // Silenced findings are kept up to the cap; the rest are counted in the cap note.
    assert_eq!(r.suppressed.len(), 1000);
    assert!(r.suppressed.iter().all(|s| s.diagnostic.code == "env-plain-secret"));
    let codes: Vec<_> = r.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [
            "limit-exceeded",
            "no-liveness-probe",
            "no-readiness-probe",
            "resource-limits-missing",
            "resource-requests-missing"
        ]
    );
}
