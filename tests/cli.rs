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
    let dir = common::tmp("cli");
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
    let dir = common::tmp("current");
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

/// A project whose config has a used `[[ignore]]` entry (line 4) and a
/// stale one (line 10): the body's privileged container is silenced, its
/// host network is not there to silence.
fn stale_project(name: &str, rules: &str) -> common::Tmp {
    let d = tmp(name);
    std::fs::create_dir_all(d.join("deploy")).expect("dir");
    std::fs::write(
        d.join("deploylint.toml"),
        format!(
            "# suppressions\npreset = \"recommended\"\n\n[[ignore]]\nfiles = [\"deploy/*.json\"]\ncodes = [\"privileged-container\"]\nreason = \"drives the GPIO pins\"\n\n# the gateway moved away\n  [[ignore]]  # stale\nfiles = [\"deploy/*.json\", \"other/*.json\"]\npointer = \"/deployment\"\ncodes = [\"host-network\"]\nreason = \"bridges the camera LAN\"\n{rules}"
        ),
    )
    .expect("config");
    std::fs::write(
        d.join("deploy/gpio.json"),
        r#"{"deployment": {"image_url": "swr.example.com/edge/gpio:1.0", "configs": {"privileged": true}}}"#,
    )
    .expect("body");
    d
}

const STALE_EN: &str = "this [[ignore]] entry for `host-network` in `deploy/*.json`, `other/*.json` silenced nothing in the files it applies to";
const STALE_ZH: &str =
    "该 `[[ignore]]` 条目(`deploy/*.json`、`other/*.json` 的 `host-network`)在其适用的文件中没有抑制任何问题";

#[test]
fn a_stale_ignore_entry_is_a_finding_of_the_config_in_every_format() {
    let d = stale_project("stale-ignore", "");
    let json = |args: &[&str], code: i32| -> Value {
        serde_json::from_str(&stdout(bin().current_dir(&d).args(args), code)).expect("json")
    };
    let v = json(&["check", "--format", "json", "deploy"], 0);
    let files = v["files"].as_array().expect("files");
    assert_eq!(files.len(), 2, "{v}");
    assert_eq!(files[0]["path"], "deploy/gpio.json");
    assert_eq!(files[0]["suppressed"][0]["code"], "privileged-container");
    let cfg = &files[1];
    assert_eq!(cfg["path"], "deploylint.toml");
    assert_eq!((cfg["errors"].as_u64(), cfg["warnings"].as_u64()), (Some(0), Some(1)));
    let s = &cfg["diagnostics"][0];
    assert_eq!(s["code"], "unused-ignore");
    assert_eq!(s["severity"], "warning");
    assert_eq!(
        (
            s["line"].as_u64(),
            s["column"].as_u64(),
            s["end_line"].as_u64(),
            s["end_column"].as_u64()
        ),
        (Some(10), Some(3), Some(10), Some(13))
    );
    assert_eq!(s["message"], STALE_EN);
    assert_eq!(s["help"], "remove the entry, or correct its files, pointer or codes");
    let v = json(&["check", "--lang", "zh", "--format", "json", "deploy"], 0);
    assert_eq!(v["files"][1]["diagnostics"][0]["message"], STALE_ZH);
    assert_eq!(
        v["files"][1]["diagnostics"][0]["help"],
        "删除该条目,或修正其 `files`、`pointer` 或 `codes`"
    );
    // SARIF: a result in deploylint.toml, and the rule in the driver.
    let v = json(&["check", "--format", "sarif", "deploy"], 0);
    let run = &v["runs"][0];
    let r = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "unused-ignore")
        .cloned()
        .unwrap_or_default();
    let at = &r["locations"][0]["physicalLocation"];
    assert_eq!(at["artifactLocation"]["uri"], "deploylint.toml");
    assert_eq!(
        (at["region"]["startLine"].as_u64(), at["region"]["startColumn"].as_u64()),
        (Some(10), Some(3))
    );
    assert_eq!(r["level"], "warning");
    assert_eq!(
        r["message"]["text"].as_str().map(|m| m.starts_with(STALE_EN)),
        Some(true)
    );
    assert!(run["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .any(|rule| rule["id"] == "unused-ignore"));
    // GitHub annotations and JUnit.
    let gh = stdout(bin().current_dir(&d).args(["check", "--format", "github", "deploy"]), 0);
    assert!(
        gh.contains(&format!(
            "::warning file=deploylint.toml,line=10,col=3,endLine=10,endColumn=13,title=deploylint unused-ignore::{STALE_EN}"
        )),
        "{gh}"
    );
    let junit = stdout(bin().current_dir(&d).args(["check", "--format", "junit", "deploy"]), 0);
    assert!(
        junit.contains("deploylint.toml") && junit.contains("unused-ignore"),
        "{junit}"
    );
    // Human: the excerpt of the config, and it is not counted as a file checked.
    let human = stdout(bin().current_dir(&d).args(["check", "deploy"]), 0);
    assert!(
        human.contains(&format!("deploylint.toml:10:3: {}", &STALE_EN[..40])),
        "{human}"
    );
    assert!(human.contains("1 file checked: 0 errors, 1 warning"), "{human}");
    // A warning like any other: --deny-warnings fails the run.
    stdout(bin().current_dir(&d).args(["check", "--deny-warnings", "deploy"]), 1);
    // --diff: the finding goes to stderr with the summary.
    let err = stderr(bin().current_dir(&d).args(["check", "--diff", "deploy"]), 0);
    assert!(
        err.contains("deploylint.toml:10:3:") && err.contains("unused-ignore"),
        "{err}"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_stale_ignore_entry_obeys_its_level_and_is_judged_only_where_it_applies() {
    let d = stale_project("stale-ignore-error", "\n[rules]\nunused-ignore = \"error\"\n");
    let v: Value = serde_json::from_str(&stdout(
        bin().current_dir(&d).args(["check", "--format", "json", "deploy"]),
        1,
    ))
    .expect("json");
    assert_eq!(v["files"][1]["diagnostics"][0]["severity"], "error");
    std::fs::remove_dir_all(&d).ok();
    let d = stale_project("stale-ignore-off", "\n[rules]\nunused-ignore = \"off\"\n");
    let v: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--deny-warnings", "--format", "json", "deploy"]),
        0,
    ))
    .expect("json");
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1), "{v}");
    std::fs::remove_dir_all(&d).ok();
    // Under the API preset `privileged-container` is off: the entry for it
    // silences nothing, but it could not, so it is not judged.
    let d = stale_project("stale-ignore-preset", "\n[rules]\nhost-network = \"off\"\n");
    let v: Value = serde_json::from_str(&stdout(
        bin().current_dir(&d).args([
            "check",
            "--preset",
            "api",
            "--deny-warnings",
            "--format",
            "json",
            "deploy",
        ]),
        0,
    ))
    .expect("json");
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1), "{v}");
    std::fs::remove_dir_all(&d).ok();
    // Linting no file the entry applies to: nothing to judge it by.
    let d = stale_project("stale-ignore-elsewhere", "");
    std::fs::create_dir_all(d.join("elsewhere")).expect("dir");
    std::fs::write(d.join("elsewhere/x.json"), r#"{"description": "x"}"#).expect("body");
    let v: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--kind", "ief-v3-update", "--format", "json", "elsewhere"]),
        0,
    ))
    .expect("json");
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1), "{v}");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_bad_config_is_a_config_error_in_the_run_s_language() {
    let d = tmp("config-error-zh");
    std::fs::write(d.join("deploylint.toml"), "[rules]\ntoleration-node-grup = \"off\"\n").expect("config");
    let err = stderr(bin().current_dir(&d).args(["check", "x.json"]), 2);
    assert!(
        err.contains(
            "deploylint.toml:2:1: unknown rule code `toleration-node-grup`; did you mean `toleration-node-group`? (see `deploylint rules`) (config-error)"
        ),
        "{err}"
    );
    let err = stderr(bin().current_dir(&d).args(["check", "--lang", "zh", "x.json"]), 2);
    assert!(
        err.contains(
            "deploylint.toml:2:1: 未知规则代码 `toleration-node-grup`;是否想写 `toleration-node-group`?(见 `deploylint rules`) (config-error)"
        ),
        "{err}"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn rules_lists_the_codes_of_findings_made_outside_a_body() {
    let out = stdout(bin().args(["rules"]), 0);
    for code in ["config-error", "kind-comment", "unused-ignore"] {
        assert!(out.lines().any(|l| l.starts_with(&format!("{code} "))), "{code}: {out}");
    }
    let doc = stdout(bin().args(["rules", "unused-ignore"]), 0);
    assert!(doc.contains("[[ignore]]"), "{doc}");
}
