//! The CLI contract: exit codes 0/1/2, the JSON document, stdin, directories.

mod common;
use common::*;
use serde_json::Value;

fn json_of(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("stdout is one JSON document")
}

#[test]
fn valid_examples_exit_zero() {
    bin()
        .current_dir(root())
        .args(["check", "examples/valid"])
        .assert()
        .code(0);
}

#[test]
fn broken_examples_exit_one_with_json_contract() {
    let out = bin()
        .current_dir(root())
        .args(["check", "--format", "json", "examples/broken"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let files = v["files"].as_array().expect("files");
    // Five JSON bodies and the two documents of releases.yaml.
    assert_eq!(files.len(), 7);
    // Sorted paths, each with a kind and diagnostics carrying the contract fields.
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap_or_default()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    let v3 = files
        .iter()
        .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with("ief-v3-create.json")))
        .expect("v3 create");
    assert_eq!(v3["kind"], "ief-v3-create");
    let d = v3["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "port-number")
        .expect("port-number");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["pointer"], "/deployment/template/containers/0/ports/0/host_port");
    assert!(d["line"].as_u64().is_some_and(|l| l > 1));
    assert!(d["column"].as_u64().is_some_and(|c| c > 1));
    assert!(d["message"].as_str().is_some_and(|m| m.contains("80800")));
}

#[test]
fn stdin_and_kind_flag() {
    let body = r#"{"description": "only a description"}"#;
    // Ambiguous without --kind: kind null, exit 1, the candidates named.
    let out = bin()
        .args(["check", "--format", "json", "-"])
        .write_stdin(body)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["files"][0]["path"], "-");
    assert_eq!(v["files"][0]["kind"], Value::Null);
    assert_eq!(v["files"][0]["diagnostics"][0]["code"], "ambiguous-kind");
    let msg = v["files"][0]["diagnostics"][0]["message"].as_str().unwrap_or_default();
    assert!(msg.contains("ief-v2-update") && msg.contains("ief-v3-update"), "{msg}");
    // With --kind it is a valid update.
    let out = bin()
        .args(["check", "--format", "json", "--kind", "ief-v3-update", "-"])
        .write_stdin(body)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_of(&out)["files"][0]["kind"], "ief-v3-update");
}

#[test]
fn parse_errors_have_empty_pointer_and_position() {
    let out = bin()
        .args(["check", "--format", "json", "-"])
        .write_stdin("{\n  \"chart_id\": \"x\",\n}\n")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let d = &json_of(&out)["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "parse-error");
    assert_eq!(d["pointer"], "");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(2), Some(18)));
}

#[test]
fn usage_and_io_errors_exit_two() {
    bin().args(["check", "--kind", "nope", "x.json"]).assert().code(2);
    bin().args(["check", "--format", "xml", "x.json"]).assert().code(2);
    bin().args(["check", "definitely/missing.json"]).assert().code(2);
    bin().args(["frobnicate"]).assert().code(2);
}

#[test]
fn human_output_shows_code_location_and_help() {
    let out = bin()
        .current_dir(root())
        .args(["check", "examples/broken/cce-release-update.json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8_lossy(&out);
    assert!(s.contains("release-action"), "{s}");
    assert!(s.contains("examples/broken/cce-release-update.json:3:13"), "{s}");
    assert!(s.contains("did you mean `upgrade`?"), "{s}");
    assert!(s.contains("\"upgrad\""), "source excerpt shown: {s}");
    assert!(s.contains("5 errors"), "{s}");
}

#[test]
fn chinese_messages() {
    let out = bin()
        .current_dir(root())
        .args([
            "check",
            "--lang",
            "zh",
            "--format",
            "json",
            "examples/broken/cce-release-update.json",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let m = v["files"][0]["diagnostics"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(m.contains("是否想写 `upgrade`"), "{m}");
    let out = bin()
        .env("LANG", "zh_CN.UTF-8")
        .current_dir(root())
        .args(["check", "--format", "json", "examples/broken/cce-release-update.json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        json_of(&out)["files"][0]["diagnostics"][0]["message"]
            .as_str()
            .unwrap_or_default(),
        m
    );
}

#[test]
fn schema_and_rules_commands() {
    let out = bin()
        .args(["schema", "ief-v3-create"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["$id"], "ief-v3-create.json");
    let out = bin().args(["rules"]).assert().code(0).get_output().stdout.clone();
    let s = String::from_utf8_lossy(&out);
    for code in [
        "container-name",
        "env-source-exclusive",
        "dns-policy-host-network",
        "unknown-field",
    ] {
        assert!(s.contains(code), "{code} missing from rules");
    }
    bin().args(["schema", "ief-v9"]).assert().code(2);
}

#[test]
fn yaml_files_stdin_and_documents() {
    let dir = std::env::temp_dir().join(format!("deploylint-cli-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).expect("tmp");
    std::fs::write(dir.join("sub/a.yaml"), "chart_id: a\naction: upgrade\nparameters: {}\nvalues: {}\n---\nchart_id: b\naction: Upgrade\nparameters: {}\nvalues: {}\n").expect("write");
    std::fs::write(dir.join("b.yml"), "description: x\ndeployment:\n  image_url: nginx\n").expect("write");
    std::fs::write(dir.join("notes.txt"), "ignored").expect("write");
    let out = bin()
        .args(["check", "--format", "json"])
        .arg(&dir)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let files = v["files"].as_array().expect("files");
    // b.yml (one document), then sub/a.yaml's two documents, in path order.
    assert_eq!(files.len(), 3);
    assert!(files[0]["path"].as_str().is_some_and(|p| p.ends_with("b.yml")));
    assert_eq!(files[0]["kind"], "ief-v2-update");
    assert_eq!(
        (files[1]["document"].as_u64(), files[2]["document"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(files[1]["diagnostics"].as_array().map(Vec::len), Some(0));
    let d = &files[2]["diagnostics"][0];
    assert_eq!(
        (
            d["code"].as_str(),
            d["pointer"].as_str(),
            d["line"].as_u64(),
            d["column"].as_u64()
        ),
        (Some("release-action"), Some("/action"), Some(7), Some(9))
    );
    assert_eq!(d["fix"]["edits"][0]["replacement"], "upgrade");
    let human = bin()
        .arg("check")
        .arg(dir.join("sub/a.yaml"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&human).contains("a.yaml:7:9 (document 2)"));
    // YAML on stdin is detected; --input forces a format.
    bin()
        .args(["check", "-"])
        .write_stdin("description: x\ndeployment:\n  image_url: nginx\n")
        .assert()
        .code(0);
    let out = bin()
        .args(["check", "--format", "json", "--input", "json", "-"])
        .write_stdin("description: x\n")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_of(&out)["files"][0]["diagnostics"][0]["code"], "parse-error");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn current_deployment_makes_restart_policy_immutable() {
    let dir = std::env::temp_dir().join(format!("deploylint-current-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let update = "deployment:\n  replicas: 1\n  template:\n    configs:\n      host_network: false\n      restart_policy: Never\n    containers:\n      - name: web\n        image_url: nginx\n";
    std::fs::write(dir.join("update.yaml"), update).expect("write");
    std::fs::write(
        dir.join("current.json"),
        r#"{"name": "web", "template": {"configs": {"restart_policy": "Always"}, "containers": []}}"#,
    )
    .expect("write");
    // Without --current: clean.
    bin().arg("check").arg(dir.join("update.yaml")).assert().code(0);
    let out = bin()
        .args(["check", "--format", "json", "--current"])
        .arg(dir.join("current.json"))
        .arg(dir.join("update.yaml"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let d = &json_of(&out)["files"][0]["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["pointer"].as_str(), d["line"].as_u64()),
        (
            Some("restart-policy-immutable"),
            Some("/deployment/template/configs/restart_policy"),
            Some(6)
        )
    );
    bin()
        .args(["check", "--current", "missing.json"])
        .arg(dir.join("update.yaml"))
        .assert()
        .code(2);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_closed_stdout_is_not_a_crash() {
    use std::process::{Command as Std, Stdio};
    let bin = assert_cmd::cargo::cargo_bin("deploylint");
    let mut child = Std::new(bin)
        .current_dir(root())
        .args(["rules", "--format", "markdown"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take()); // the reader goes away at once, like `| head -0`
    let status = child.wait().expect("wait");
    assert_ne!(status.code(), Some(101), "panicked on a broken pipe");
}

/// `deploylint --help` summarises `check` with every extension a directory
/// walk lints: YAML is linted too.
#[test]
fn help_summarises_check_with_the_json_and_yaml_extensions() {
    let out = bin().arg("--help").output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    let check = help
        .lines()
        .find(|l| l.trim_start().starts_with("check "))
        .unwrap_or_default();
    assert_eq!(
        check.split_whitespace().collect::<Vec<_>>().join(" "),
        "check Lint request bodies: files, directories (recursively: *.json, *.yaml, *.yml) or - for stdin"
    );
}
