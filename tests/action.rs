//! The GitHub Action (`action.yml` at the repository root), run as a runner
//! runs a composite action: its YAML is read with deploylint's own parser,
//! each `run:` step is written to a script and run with
//! `bash --noprofile --norc -eo pipefail` in `GITHUB_WORKSPACE` (a temporary
//! repository of request bodies), with `GITHUB_OUTPUT` (fresh per step),
//! `GITHUB_PATH` (fresh per step, honoured by the later steps),
//! `GITHUB_STEP_SUMMARY`, `GITHUB_ACTION_PATH` (the repository root),
//! `RUNNER_TEMP` and a `PATH` that holds the built binary (so the install
//! step skips `cargo install`; a stand-in `cargo` logs any call). The
//! `${{ }}` expressions of `env:`, `with:` and `outputs:` are evaluated from
//! the inputs (given, else their defaults), `github.action_path` and the
//! outputs of earlier steps; any other expression fails the test, and so
//! does an expression inside a `run:` script (injection).

mod common;
use common::*;
use deploylint::{InputFormat, Node, Value as Yaml};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A parsed YAML node as JSON (scalars as strings, as a runner reads them).
fn to_json(n: &Node) -> Value {
    match &n.value {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => json!(b.to_string()),
        Yaml::Number(s) | Yaml::String(s) => json!(s.to_string()),
        Yaml::Array(a) => Value::Array(a.iter().map(to_json).collect()),
        Yaml::Object(m) => Value::Object(m.iter().map(|m| (m.key.to_string(), to_json(&m.value))).collect()),
    }
}

/// action.yml, parsed.
fn action() -> Value {
    let text = std::fs::read_to_string(root().join("action.yml")).expect("action.yml");
    let docs = deploylint::__private::parse(&text, InputFormat::Yaml);
    assert_eq!(docs.len(), 1, "one YAML document");
    match &docs[0] {
        Ok(node) => to_json(node),
        Err(e) => panic!("action.yml does not parse: {e:?}"),
    }
}

/// What a run of the action gave.
struct Run {
    /// The exit status of the step that failed (0: every step passed).
    status: i32,
    /// The action's outputs.
    outputs: BTreeMap<String, String>,
    /// `uses:` steps that ran, with their evaluated `with:`.
    uploads: Vec<(String, Value)>,
    /// Everything the steps printed.
    log: String,
}

/// `${{ ... }}` in `text` evaluated, or a panic naming the expression.
fn eval(text: &str, inputs: &BTreeMap<String, String>, steps: &BTreeMap<String, BTreeMap<String, String>>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("a closed expression") + start;
        let expr = rest[start + 3..end].trim();
        let value = if let Some(name) = expr.strip_prefix("inputs.") {
            inputs.get(name).cloned().unwrap_or_else(|| panic!("no input `{name}`"))
        } else if expr == "github.action_path" {
            root().display().to_string()
        } else if let Some(tail) = expr.strip_prefix("steps.") {
            let (id, name) = tail
                .split_once(".outputs.")
                .unwrap_or_else(|| panic!("unsupported `{expr}`"));
            steps.get(id).and_then(|o| o.get(name)).cloned().unwrap_or_default()
        } else {
            panic!("an expression the test does not evaluate: `{expr}`")
        };
        out.push_str(&value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// The `name=value` lines of a GITHUB_OUTPUT file.
fn outputs_of(path: &Path) -> BTreeMap<String, String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
        .collect()
}

/// The `if:` of the upload step, as written; the test knows what it means.
const UPLOAD_IF: &str = "${{ !cancelled() && inputs.sarif-file != '' }}";

/// Runs the action in `workspace` with `given` inputs; `bin` is the
/// directory put first on PATH.
fn run_action(workspace: &Path, given: &[(&str, &str)], bin: &Path, temp: &Path) -> Run {
    let action = action();
    assert_eq!(action["runs"]["using"], "composite");
    let mut inputs = BTreeMap::new();
    for (name, spec) in action["inputs"].as_object().expect("inputs") {
        inputs.insert(name.clone(), spec["default"].as_str().unwrap_or_default().to_string());
    }
    for (k, v) in given {
        assert!(inputs.contains_key(*k), "no input `{k}` in action.yml");
        inputs.insert(k.to_string(), v.to_string());
    }
    let summary = temp.join("summary.md");
    let runner_temp = temp.join("runner");
    std::fs::create_dir_all(&runner_temp).expect("runner temp");
    let mut path = format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display());
    let mut steps: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut run = Run {
        status: 0,
        outputs: BTreeMap::new(),
        uploads: Vec::new(),
        log: String::new(),
    };
    for (i, step) in action["runs"]["steps"].as_array().expect("steps").iter().enumerate() {
        if let Some(uses) = step["uses"].as_str() {
            assert_eq!(step["if"].as_str(), Some(UPLOAD_IF), "the upload step's `if:`");
            // !cancelled(): the run is never cancelled here; the previous steps never fail.
            if !inputs["sarif-file"].is_empty() {
                let with: Map<String, Value> = step["with"]
                    .as_object()
                    .expect("with")
                    .iter()
                    .map(|(k, v)| (k.clone(), json!(eval(v.as_str().unwrap_or_default(), &inputs, &steps))))
                    .collect();
                run.uploads.push((uses.to_string(), Value::Object(with)));
            }
            continue;
        }
        let script = step["run"].as_str().expect("a run: or uses: step");
        assert!(!script.contains("${{"), "an expression inside a run: script (step {i})");
        assert_eq!(step["shell"], "bash");
        assert!(step["if"].is_null(), "run steps always run");
        let output = temp.join(format!("output-{i}"));
        std::fs::write(&output, "").expect("GITHUB_OUTPUT");
        let github_path = temp.join(format!("path-{i}"));
        std::fs::write(&github_path, "").expect("GITHUB_PATH");
        let file = temp.join(format!("step-{i}.sh"));
        std::fs::write(&file, script).expect("script");
        let mut cmd = Command::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
            .arg(&file)
            .current_dir(workspace)
            .env_clear()
            .env("PATH", &path)
            .env("HOME", temp)
            .env("GITHUB_WORKSPACE", workspace)
            .env("GITHUB_ACTION_PATH", root())
            .env("GITHUB_OUTPUT", &output)
            .env("GITHUB_PATH", &github_path)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("RUNNER_TEMP", &runner_temp)
            .env("DEPLOYLINT_DOCS_URL", "https://docs.example/deploylint/");
        for (k, v) in step["env"].as_object().into_iter().flatten() {
            cmd.env(k, eval(v.as_str().unwrap_or_default(), &inputs, &steps));
        }
        let out = cmd.output().expect("bash");
        run.log.push_str(&String::from_utf8_lossy(&out.stdout));
        run.log.push_str(&String::from_utf8_lossy(&out.stderr));
        // GITHUB_PATH lines go ahead of PATH for the later steps.
        for dir in std::fs::read_to_string(&github_path).unwrap_or_default().lines() {
            path = format!("{dir}:{path}");
        }
        if let Some(id) = step["id"].as_str() {
            steps.insert(id.to_string(), outputs_of(&output));
        }
        let status = out.status.code().unwrap_or(-1);
        if status != 0 {
            run.status = status;
            break;
        }
    }
    for (name, spec) in action["outputs"].as_object().expect("outputs") {
        let value = eval(spec["value"].as_str().unwrap_or_default(), &inputs, &steps);
        run.outputs.insert(name.clone(), value);
    }
    run
}

/// A workspace with a broken body (4 errors, 1 warning), a body with one
/// warning and a clean one; a bin directory with the built binary and a
/// `cargo` that records its arguments and fails.
fn setup(name: &str) -> (common::Tmp, PathBuf, PathBuf) {
    let d = tmp(name);
    let ws = d.join("repo");
    std::fs::create_dir_all(ws.join("deploy")).expect("workspace");
    std::fs::copy(
        root().join("examples/broken/ief-v3-update.json"),
        ws.join("deploy/update.json"),
    )
    .expect("copy");
    std::fs::write(
        ws.join("deploy/warned.yaml"),
        "# deploylint: kind=ief-v2-create\ndeployment:\n  name: demo\n  node_ids: [node-1]\n  app:\n    name: demo-app\n    image_url: \"nginx:1.25\"\n    arch: arm64\n",
    )
    .expect("body");
    let bin = d.join("bin");
    std::fs::create_dir_all(&bin).expect("bin");
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_deploylint"));
    std::os::unix::fs::symlink(&exe, bin.join("deploylint")).expect("symlink");
    let cargo = bin.join("cargo");
    std::fs::write(&cargo, "#!/bin/sh\necho \"$@\" >> \"$HOME/cargo-calls\"\nexit 101\n").expect("cargo");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&cargo, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    (d, ws, bin)
}

fn summary_of(d: &Path) -> String {
    std::fs::read_to_string(d.join("summary.md")).unwrap_or_default()
}

#[test]
fn defaults_annotate_summarise_count_and_fail_on_errors() {
    let (d, ws, bin) = setup("action-defaults");
    let run = run_action(&ws, &[], &bin, &d);
    assert_eq!(run.status, 1, "{}", run.log);
    assert!(
        !d.join("cargo-calls").exists(),
        "deploylint was on PATH: no cargo install"
    );
    let on_path = format!("deploylint {} is on PATH", env!("CARGO_PKG_VERSION"));
    assert!(run.log.starts_with(&on_path), "{}", run.log);
    assert_eq!(
        run.outputs,
        BTreeMap::from([
            ("errors".to_string(), "4".to_string()),
            ("warnings".to_string(), "2".to_string())
        ])
    );
    assert!(
        run.log.contains("::error file=deploy/update.json,line=4,col=17,"),
        "{}",
        run.log
    );
    assert!(run.uploads.is_empty(), "no sarif-file: no upload");
    let u = "https://docs.example/deploylint/rules.md";
    assert_eq!(
        summary_of(&d),
        format!(
            "### deploylint\n\n\
             | Files | Errors | Warnings |\n| ---: | ---: | ---: |\n| 2 | 4 | 2 |\n\n\
             | Location | Rule | Message |\n| --- | --- | --- |\n\
             | deploy/update.json:4 | [replicas]({u}#replicas) | `replicas` is 2; it must be from 1 to 1 |\n\
             | deploy/update.json:16 | [unknown-field]({u}#unknown-field) | unknown field `imageUrl` in ContainerDef: did you mean `image_url`? |\n\
             | deploy/update.json:30 | [requests-within-limits]({u}#requests-within-limits) | requests.memory (4096) is greater than limits.memory (1024) |\n\
             | deploy/update.json:68 | [probe-handler]({u}#probe-handler) | this probe has both `exec` and `http_get` |\n\
             | deploy/update.json:98 | [disputed-required]({u}#disputed-required) | `read_only` is missing; Huawei's sources disagree on whether it is mandatory |\n\
             | deploy/warned.yaml:8 | [disputed-field]({u}#disputed-field) | `arch` is not on this kind's page; Huawei's sources disagree on whether the API accepts it |\n\n"
        )
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn sarif_file_is_written_and_uploaded_and_fail_on_never_passes() {
    let (d, ws, bin) = setup("action-sarif");
    let run = run_action(
        &ws,
        &[
            ("paths", "deploy/update.json\n deploy/warned.yaml"),
            ("fail-on", "never"),
            ("sarif-file", "out/deploylint.sarif"),
            ("format", "json"),
        ],
        &bin,
        &d,
    );
    // out/ does not exist yet: the action makes it.
    assert_eq!(run.status, 0, "{}", run.log);
    let sarif: Value =
        serde_json::from_str(&std::fs::read_to_string(ws.join("out/deploylint.sarif")).unwrap_or_default())
            .unwrap_or_else(|e| panic!("no SARIF written ({e}):\n{}", run.log));
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"].as_array().map(Vec::len), Some(6));
    assert_eq!(
        run.uploads,
        vec![(
            "github/codeql-action/upload-sarif@v4".to_string(),
            json!({"sarif_file": "out/deploylint.sarif", "category": "deploylint"})
        )]
    );
    assert_eq!(run.outputs["errors"], "4");
    // --format json: the report on stdout, no job summary.
    assert!(run.log.contains("{\"files\":["), "{}", run.log);
    assert_eq!(summary_of(&d), "");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn fail_on_warning_fails_on_warnings_and_error_does_not() {
    let (d, ws, bin) = setup("action-warnings");
    let args = |fail_on| [("paths", "deploy/warned.yaml"), ("fail-on", fail_on)];
    let run = run_action(&ws, &args("warning"), &bin, &d);
    assert_eq!(run.status, 1, "{}", run.log);
    assert_eq!(
        (run.outputs["errors"].as_str(), run.outputs["warnings"].as_str()),
        ("0", "1")
    );
    let run = run_action(&ws, &args("error"), &bin, &d);
    assert_eq!(run.status, 0, "{}", run.log);
    let run = run_action(&ws, &args("sometimes"), &bin, &d);
    assert_eq!(run.status, 2, "{}", run.log);
    assert!(
        run.log
            .contains("fail-on must be error, warning or never, not 'sometimes'"),
        "{}",
        run.log
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn the_config_input_is_used_and_the_summary_follows_its_language() {
    let (d, ws, bin) = setup("action-config");
    std::fs::write(ws.join("team.toml"), "lang = \"zh\"\n").expect("config");
    let run = run_action(
        &ws,
        &[("paths", "deploy/warned.yaml"), ("config", "team.toml")],
        &bin,
        &d,
    );
    assert_eq!(run.status, 0, "{}", run.log);
    let summary = summary_of(&d);
    assert!(
        summary.starts_with("### deploylint\n\n| 文件 | 错误 | 警告 |\n| ---: | ---: | ---: |\n| 1 | 0 | 1 |\n\n| 位置 | 规则 | 消息 |\n"),
        "{summary}"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_deploylint_of_another_version_is_replaced_by_cargo_install_from_the_action() {
    let (d, ws, bin) = setup("action-install");
    std::fs::remove_file(bin.join("deploylint")).expect("rm");
    std::fs::write(bin.join("deploylint"), "#!/bin/sh\necho deploylint 0.0.1\n").expect("old");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(bin.join("deploylint"), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let run = run_action(&ws, &[], &bin, &d);
    // The stand-in cargo fails, and so does the install step.
    assert_eq!(run.status, 101, "{}", run.log);
    assert_eq!(
        std::fs::read_to_string(d.join("cargo-calls")).unwrap_or_default(),
        format!("install --locked --path {}/cli\n", root().display())
    );
    std::fs::remove_dir_all(&d).ok();
}
