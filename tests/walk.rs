//! Directory walks lint request bodies only: a team's repository as it is
//! (issue 21), the shipped examples, `include` and `--fail-if-no-bodies`.

mod common;
use common::*;
use serde_json::{json, Value};
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("dir");
    std::fs::write(p, text).expect("write");
}

/// Files that are no request bodies, as a repository holds them.
fn others(d: &Path) {
    write(
        d,
        "package.json",
        "{\n  \"name\": \"web\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\"left-pad\": \"1.3.0\"}\n}\n",
    );
    write(
        d,
        "k8s.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n",
    );
    write(
        d,
        ".github/workflows/ci.yml",
        "name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n",
    );
    write(
        d,
        "tsconfig.json",
        "{\n  // the compiler's options\n  \"compilerOptions\": {\"strict\": true},\n}\n",
    );
    write(
        d,
        "renovate.json",
        "{\"$schema\": \"https://docs.renovatebot.com/renovate-schema.json\", \"extends\": [\"config:recommended\"]}\n",
    );
    write(
        d,
        "docker-compose.yml",
        "services:\n  web:\n    image: nginx:1.25\n    ports:\n      - \"8080:80\"\n",
    );
    write(d, "chart/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
    write(
        d,
        "chart/values.yaml",
        "replicaCount: 1\nimage:\n  repository: nginx\n  tag: \"1.25\"\n",
    );
}

/// The repository of issue 21: three bodies under deploy/ (one clean) beside the others.
fn team_repo(name: &str) -> Tmp {
    let d = tmp(name);
    others(&d);
    write(
        &d,
        "deploy/release.json",
        "{\"chart_id\": \"af4b699e\", \"action\": \"upgrad\", \"parameters\": {}, \"values\": {}}\n",
    );
    write(
        &d,
        "deploy/broken.json",
        "{\n  \"deployment\": {\n    \"template\": \n}\n",
    );
    write(
        &d,
        "deploy/clean.json",
        "{\"chart_id\": \"af4b699e\", \"action\": \"upgrade\", \"parameters\": {}, \"values\": {}}\n",
    );
    d
}

/// (path, code, line, column) of every finding of a JSON report.
fn findings(v: &Value) -> Vec<(String, String, u64, u64)> {
    let mut out = Vec::new();
    for f in v["files"].as_array().expect("files") {
        for d in f["diagnostics"].as_array().expect("diagnostics") {
            out.push((
                f["path"].as_str().unwrap_or_default().to_string(),
                d["code"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or_default(),
                d["column"].as_u64().unwrap_or_default(),
            ));
        }
    }
    out
}

fn f(path: &str, code: &str, line: u64, column: u64) -> (String, String, u64, u64) {
    (path.to_string(), code.to_string(), line, column)
}

#[test]
fn a_team_repository_lints_its_bodies_and_skips_the_rest() {
    let d = team_repo("walk-team");
    let out = stdout(bin().current_dir(&d).args(["check", "--format", "json", "."]), 1);
    let v: Value = serde_json::from_str(&out).expect("json");
    // .github/ is hidden, so not walked at all (as ripgrep does).
    assert_eq!(
        findings(&v),
        [
            f("./deploy/broken.json", "parse-error", 4, 1),
            f("./deploy/release.json", "release-action", 1, 36),
        ]
    );
    let files: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        files,
        ["./deploy/broken.json", "./deploy/clean.json", "./deploy/release.json"]
    );
    let skip = |path: &str, reason: &str, message: &str| json!({"path": path, "reason": reason, "message": message});
    let not_a_body = "not a request body";
    assert_eq!(
        v["skipped"],
        json!([
            skip("./chart/Chart.yaml", "not-a-request-body", not_a_body),
            skip("./chart/values.yaml", "not-a-request-body", not_a_body),
            skip("./docker-compose.yml", "not-a-request-body", not_a_body),
            skip("./k8s.yaml", "not-a-request-body", not_a_body),
            skip("./package.json", "not-a-request-body", not_a_body),
            skip("./renovate.json", "not-a-request-body", not_a_body),
            skip(
                "./tsconfig.json",
                "does-not-parse",
                "does not parse and names no request-body key"
            ),
        ])
    );
    // The human summary counts what was skipped; --verbose lists it.
    let err = stderr(bin().current_dir(&d).args(["check", "--format", "github", "."]), 1);
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with("deploylint: 3 files checked in "), "{err}");
    assert!(
        last.ends_with("s: 2 errors, 0 warnings; 7 skipped (not request bodies; --verbose lists them)"),
        "{err}"
    );
    let human = stdout(bin().current_dir(&d).args(["check", "."]), 1);
    assert!(
        human
            .ends_with("3 files checked: 2 errors, 0 warnings\n7 skipped (not request bodies; --verbose lists them)\n"),
        "{human}"
    );
    let verbose = stderr(
        bin().current_dir(&d).args(["check", "--verbose", "--lang", "zh", "."]),
        1,
    );
    assert!(
        verbose.contains("deploylint:已跳过 ./k8s.yaml:不是请求体\n"),
        "{verbose}"
    );
    assert!(
        verbose.contains("deploylint:已跳过 ./tsconfig.json:无法解析,且未出现请求体的键\n"),
        "{verbose}"
    );
    // A file named on the command line is linted whatever it is.
    let named = stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--format", "json", "package.json"]),
        1,
    );
    let named: Value = serde_json::from_str(&named).expect("json");
    assert_eq!(named["skipped"], json!([]));
    assert_eq!(named["files"][0]["kind"], "ief-v3-create");
    // So is every walked file under --kind.
    let kind = stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--format", "json", "--kind", "cce-release-update", "chart"]),
        1,
    );
    let kind: Value = serde_json::from_str(&kind).expect("json");
    assert_eq!(
        (kind["files"].as_array().map(Vec::len), &kind["skipped"]),
        (Some(2), &json!([]))
    );
}

#[test]
fn sarif_lists_skipped_files_as_notifications() {
    let d = team_repo("walk-sarif");
    let out = stdout(bin().current_dir(&d).args(["check", "--format", "sarif", "."]), 1);
    let v: Value = serde_json::from_str(&out).expect("sarif");
    let run = &v["runs"][0];
    assert_eq!(run["results"].as_array().map(Vec::len), Some(2));
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .expect("notifications");
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    assert_eq!(notes.len(), 7);
    assert_eq!(
        notes[6],
        json!({
            "level": "note",
            "message": {"text": "does not parse and names no request-body key"},
            "descriptor": {"id": "does-not-parse"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tsconfig.json", "uriBaseId": "%SRCROOT%"}}}],
        })
    );
}

#[test]
fn a_walk_without_bodies_says_so() {
    let d = tmp("walk-none");
    others(&d);
    let err = stderr(bin().current_dir(&d).args(["check", "--format", "json", "."]), 0);
    assert!(
        err.ends_with("deploylint: no request bodies found under . (7 files skipped)\n"),
        "{err}"
    );
    let err = stderr(
        bin()
            .current_dir(&d)
            .args(["check", "--fail-if-no-bodies", "--lang", "zh", "."]),
        1,
    );
    assert!(
        err.ends_with("deploylint:在 . 下未找到请求体(已跳过 7 个文件)\n"),
        "{err}"
    );
    // A file named on the command line is not a walk.
    stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--fail-if-no-bodies", "renovate.json"]),
        1,
    );
}

#[test]
fn include_forces_a_file_the_shape_does_not_recognise() {
    let d = tmp("walk-include");
    others(&d);
    write(&d, "deploylint.toml", "include = [\"k8s.yaml\"]\n");
    let out = stdout(bin().current_dir(&d).args(["check", "--format", "json", "."]), 1);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(findings(&v), [f("./k8s.yaml", "unknown-kind", 1, 1)]);
    assert_eq!(v["skipped"], json!([]));
}

/// Every example body a test or the README lints is linted from a walk of
/// examples/ too, and none is skipped.
#[test]
fn every_shipped_example_is_still_linted_from_a_walk() {
    let out = stdout(
        bin()
            .current_dir(root())
            .args(["check", "--format", "json", "examples"]),
        1,
    );
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["skipped"], json!([]));
    let mut linted: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default())
        .collect();
    linted.dedup();
    let mut shipped = Vec::new();
    for dir in ["examples/valid", "examples/broken", "examples/policies"] {
        let walker = ignore::WalkBuilder::new(root().join(dir)).require_git(false).build();
        for e in walker.flatten() {
            let p = e.path().strip_prefix(root()).expect("under root").display().to_string();
            if [".json", ".yaml", ".yml"].iter().any(|x| p.ends_with(x)) {
                shipped.push(p);
            }
        }
    }
    shipped.sort();
    assert_eq!(shipped.len(), 27);
    assert_eq!(linted, shipped);
}
