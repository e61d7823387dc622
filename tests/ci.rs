//! Linting in CI: SARIF (validated against the official 2.1.0 schema),
//! GitHub annotations, JUnit, GitLab Code Quality (field by field; no JSON
//! Schema of it is published on npm or PyPI, so the fields are checked
//! here), --output, the config file, exit policy,
//! .gitignore, and thousands of manifests linted on all cores with
//! byte-identical output.

mod common;
use common::*;
use serde_json::Value;

/// The official SARIF 2.1.0 schema, from the npm package @microsoft/jest-sarif
/// (installed by scripts/test.sh: `npm ci --prefix tests/sarif`).
fn sarif_schema() -> Value {
    let path = root().join("tests/sarif/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run `npm ci --prefix tests/sarif` (scripts/test.sh does)",
            path.display()
        )
    });
    // The schema's `language` pattern has a stray `]` (a literal under ECMAScript
    // Annex B, an error for Rust's regex); escaping it keeps its meaning.
    let text = text.replace(r#"[a-zA-Z]{2}]?$"#, r#"[a-zA-Z]{2}\\]?$"#);
    serde_json::from_str(&text).expect("schema JSON")
}

#[test]
fn sarif_is_valid_2_1_0_and_regions_point_at_the_offending_values() {
    let sarif: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(root())
            .args(["check", "--format", "sarif", "examples"]),
        1,
    ))
    .expect("json");
    let schema = sarif_schema();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF schema violations:\n{}", errors.join("\n"));
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), deploylint::registry::all().len());
    for r in rules {
        for k in [
            "id",
            "name",
            "shortDescription",
            "fullDescription",
            "helpUri",
            "defaultConfiguration",
        ] {
            assert!(!r[k].is_null(), "rule lacks {k}: {r}");
        }
    }
    // Each result's region is the diagnostic's, and the text there is the offending key or value.
    let json: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(root())
            .args(["check", "--format", "json", "examples"]),
        1,
    ))
    .expect("json");
    let expected: Vec<(String, String, u64, u64)> = json["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| {
            f["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |d| (f["path"].as_str().unwrap_or_default().to_string(), d))
        })
        .map(|(p, d)| {
            (
                p,
                d["code"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), expected.len());
    assert!(results.len() > 20);
    for (r, (path, code, line, col)) in results.iter().zip(&expected) {
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"].as_str(), Some(path.as_str()));
        assert_eq!(r["ruleId"].as_str(), Some(code.as_str()));
        assert_eq!(
            (
                loc["region"]["startLine"].as_u64(),
                loc["region"]["startColumn"].as_u64()
            ),
            (Some(*line), Some(*col))
        );
        let text = std::fs::read_to_string(root().join(path)).expect("file");
        let at: String = text
            .lines()
            .nth(*line as usize - 1)
            .unwrap_or_default()
            .chars()
            .skip(*col as usize - 1)
            .take(1)
            .collect();
        assert!(
            !at.trim().is_empty(),
            "{path}:{line}:{col} ({code}) points at white space"
        );
        let start = r["locations"][0]["physicalLocation"]["region"]["byteOffset"]
            .as_u64()
            .unwrap_or(0) as usize;
        assert!(text.is_char_boundary(start));
    }
}

#[test]
fn github_annotations() {
    let out = stdout(
        bin()
            .current_dir(root())
            .args(["check", "--format", "github", "examples/broken/ief-v3-update.json"]),
        1,
    );
    let first = out.lines().next().expect("a line");
    assert!(
        first.starts_with("::error file=examples/broken/ief-v3-update.json,line=4,col=17,"),
        "{first}"
    );
    assert!(first.contains("title=deploylint replicas::"), "{first}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("::warning file=") && l.contains("disputed-required")),
        "{out}"
    );
    assert!(
        out.lines()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning ")),
        "{out}"
    );
}

#[test]
fn junit_report() {
    let out = stdout(
        bin().current_dir(root()).args([
            "check",
            "--format",
            "junit",
            "examples/valid",
            "examples/broken/cce-release-update.json",
        ]),
        1,
    );
    assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"deploylint\""));
    assert_eq!(out.matches("<testsuite ").count(), 7);
    assert_eq!(out.matches("<failure ").count(), 5);
    assert!(
        out.contains("<testsuite name=\"examples/broken/cce-release-update.json\" tests=\"5\" failures=\"5\""),
        "{out}"
    );
    assert!(
        out.contains("<testcase name=\"release-action /action (3:13)\""),
        "{out}"
    );
    assert_eq!(out.matches("<testsuite ").count(), out.matches("</testsuite>").count());
    // Markup in messages is escaped.
    let out = stdout(
        bin()
            .args(["check", "--format", "junit", "--kind", "ief-v2-update", "-"])
            .write_stdin("{\"description\": \"a <b> & 'c'\"}"),
        1,
    );
    assert!(out.contains("contains `&lt;`"), "{out}");
    assert!(!out.contains("a <b>"), "{out}");
}

#[test]
fn output_file_and_summary() {
    let d = tmp("output");
    let report = d.join("report.sarif");
    let out = stdout(
        bin()
            .current_dir(root())
            .args(["check", "--format", "sarif", "--output"])
            .arg(&report)
            .arg("examples/broken"),
        1,
    );
    assert_eq!(out.lines().count(), 1, "one summary line: {out}");
    assert!(
        out.contains("6 files (7 documents) checked") && out.contains("errors"),
        "{out}"
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    assert_eq!(written["version"], "2.1.0");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn config_file_changes_severities_kinds_edition_and_language() {
    let d = tmp("config");
    std::fs::create_dir_all(d.join("updates")).expect("dir");
    std::fs::write(
        d.join("deploylint.toml"),
        "edition = \"professional\"\nlang = \"zh\"\nexclude = [\"skip/**\"]\n\n[rules]\ntoleration-node-group = \"off\"\nduplicate-key = \"error\"\n\n[[kinds]]\nfiles = [\"updates/**\"]\nkind = \"ief-v3-update\"\n",
    )
    .expect("config");
    // v3 create with a toleration on a node (warning, turned off) and affinity (professional: error).
    std::fs::write(d.join("create.yaml"), "name: web\nnode_ids: [n]\ndeployment:\n  replicas: 1\n  template:\n    configs: {host_network: false, restart_policy: Always, toleration_seconds: 30}\n    affinity: {}\n    containers: [{name: web, image_url: nginx}]\n").expect("create");
    // Only a description: ambiguous by shape, a v3 update by the config's glob; a duplicate key made an error.
    std::fs::write(
        d.join("updates/desc.json"),
        "{\"description\": \"a\", \"description\": \"b\"}",
    )
    .expect("update");
    std::fs::create_dir_all(d.join("skip")).expect("dir");
    std::fs::write(d.join("skip/bad.json"), "{").expect("skip");
    let v: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--preset", "api", "--format", "json", "."]),
        1,
    ))
    .expect("json");
    let files = v["files"].as_array().expect("files");
    assert_eq!(files.len(), 2, "skip/ is excluded: {v}");
    let create = &files[0];
    let codes: Vec<&str> = create["diagnostics"]
        .as_array()
        .expect("d")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(codes, vec!["platinum-feature"]);
    assert!(create["diagnostics"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("仅铂金版支持"));
    let upd = &files[1];
    assert_eq!(upd["kind"], "ief-v3-update");
    assert_eq!(upd["diagnostics"][0]["code"], "duplicate-key");
    assert_eq!(upd["diagnostics"][0]["severity"], "error");
    // --no-config restores the defaults.
    let v: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--no-config", "--format", "json", "create.yaml"]),
        0,
    ))
    .expect("json");
    assert_eq!(v["files"][0]["diagnostics"][0]["code"], "toleration-node-group");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn config_typos_are_errors_with_their_line() {
    let d = tmp("typo");
    std::fs::write(
        d.join("deploylint.toml"),
        "edition = \"platinum\"\n\n[rules]\ntoleration-node-grup = \"off\"\n",
    )
    .expect("config");
    let err = stderr(bin().current_dir(&d).args(["check", "x.json"]), 2);
    assert!(
        err.contains(
            "deploylint.toml:4:1: unknown rule code `toleration-node-grup`; did you mean `toleration-node-group`?"
        ),
        "{err}"
    );
    std::fs::write(d.join("deploylint.toml"), "edition = \"platinum\"\nseverity = 1\n").expect("config");
    let err = stderr(bin().current_dir(&d).args(["check", "x.json"]), 2);
    assert!(
        err.contains("deploylint.toml:2:1:") && err.contains("unknown field `severity`"),
        "{err}"
    );
    std::fs::write(d.join("deploylint.toml"), "[rules]\nduplicate-key = \"fatal\"\n").expect("config");
    let err = stderr(bin().current_dir(&d).args(["check", "x.json"]), 2);
    assert!(err.contains("deploylint.toml:2:17:"), "{}", err);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn init_writes_a_config_that_loads() {
    let d = tmp("init");
    bin().current_dir(&d).arg("init").assert().code(0);
    let text = std::fs::read_to_string(d.join("deploylint.toml")).expect("written");
    assert!(text.starts_with("# deploylint configuration"));
    bin().current_dir(&d).arg("init").assert().code(2);
    bin().current_dir(&d).args(["init", "--force"]).assert().code(0);
    std::fs::write(d.join("ok.json"), "{\"description\": \"x\"}").expect("write");
    bin()
        .current_dir(&d)
        .args(["check", "--kind", "ief-v2-update", "ok.json"])
        .assert()
        .code(0);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn exit_policy_for_warnings() {
    // One warning (disputed-required for the missing read_only), no errors.
    let body = "{\"deployment\": {\"replicas\": 1, \"template\": {\"configs\": {\"host_network\": false, \"restart_policy\": \"Always\"}, \"containers\": [{\"name\": \"w\", \"image_url\": \"x\", \"volumes\": [{\"name\": \"v\", \"type\": \"emptyDir\", \"source\": \"disk\", \"destination\": \"/d\"}]}]}}}";
    bin()
        .args(["check", "--preset", "api", "-"])
        .write_stdin(body)
        .assert()
        .code(0);
    bin()
        .args(["check", "--preset", "api", "--deny-warnings", "-"])
        .write_stdin(body)
        .assert()
        .code(1);
    bin()
        .args(["check", "--preset", "api", "--max-warnings", "1", "-"])
        .write_stdin(body)
        .assert()
        .code(0);
    bin()
        .args(["check", "--preset", "api", "--max-warnings", "0", "-"])
        .write_stdin(body)
        .assert()
        .code(1);
}

#[test]
fn force_exclude_applies_exclude_to_named_files() {
    let d = tmp("force-exclude");
    std::fs::write(d.join("deploylint.toml"), "exclude = [\"vendor/**\"]\n").expect("config");
    std::fs::create_dir_all(d.join("vendor")).expect("dir");
    std::fs::write(d.join("vendor/bad.json"), "{").expect("bad");
    bin()
        .current_dir(&d)
        .args(["check", "vendor/bad.json"])
        .assert()
        .code(1);
    let out = stderr(
        bin()
            .current_dir(&d)
            .args(["check", "--force-exclude", "--format", "json", "vendor/bad.json"]),
        0,
    );
    assert!(out.contains("0 files checked"), "{}", out);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn gitignore_is_respected() {
    let d = tmp("gitignore");
    std::fs::write(d.join(".gitignore"), "generated/\n").expect("ignore");
    std::fs::create_dir_all(d.join("generated")).expect("dir");
    std::fs::write(d.join("generated/bad.json"), "{").expect("bad");
    std::fs::write(d.join("good.json"), "{\"description\": \"x\"}").expect("good");
    let v: Value = serde_json::from_str(&stdout(
        bin()
            .args(["check", "--kind", "ief-v2-update", "--format", "json"])
            .arg(&d),
        0,
    ))
    .expect("json");
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn thousands_of_manifests_on_all_cores_give_byte_identical_output() {
    let d = tmp("scale");
    let examples: Vec<(String, String)> = ["valid", "broken"]
        .iter()
        .flat_map(|k| {
            std::fs::read_dir(root().join("examples").join(k))
                .expect("examples")
                .flatten()
                .map(move |e| (k.to_string(), e.path()))
        })
        .map(|(k, p)| {
            (
                format!("{k}-{}", p.file_name().unwrap_or_default().to_string_lossy()),
                std::fs::read_to_string(&p).expect("read"),
            )
        })
        .collect();
    for i in 0..3000 {
        let (name, text) = &examples[i % examples.len()];
        let dir = d.join(format!("team{}", i % 37));
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join(format!("{i:04}-{name}")), text).expect("write");
    }
    let run = |threads: &str| {
        let mut c = bin();
        c.env("RAYON_NUM_THREADS", threads)
            .args(["check", "--format", "json"])
            .arg(&d);
        c.assert().code(1).get_output().stdout.clone()
    };
    let all_cores = run("0");
    assert_eq!(all_cores, run("0"), "two runs differ");
    assert_eq!(all_cores, run("1"), "parallel and sequential runs differ");
    let v: Value = serde_json::from_slice(&all_cores).expect("json");
    let paths: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(paths.len() >= 3000);
    std::fs::remove_dir_all(&d).ok();
}

/// Microsoft's SARIF Multitool (from npm, tests/sarif) finds no error in our
/// SARIF, for absolute paths (written as `file://` URIs) and relative ones
/// (relative to `%SRCROOT%`), and for paths with `..` segments (SARIF1002),
/// which are normalised lexically: `a/../b` stays relative, a relative path
/// that climbs above the working directory becomes a `file://` URI.
#[test]
fn sarif_passes_the_multitool_for_absolute_and_relative_paths() {
    let tool = root().join("tests/sarif/node_modules/.bin/sarif-multitool");
    assert!(
        tool.exists(),
        "run `npm ci --prefix tests/sarif` (scripts/test.sh does)"
    );
    let dir = tmp("multitool");
    let absolute = root().join("examples/broken/ief-v3-create.json").display().to_string();
    let dotted = root()
        .join("tests/../examples/broken/ief-v3-create.json")
        .display()
        .to_string();
    let file_uri = format!("file://{absolute}");
    let relative = "examples/broken/ief-v3-create.json";
    let tests = root().join("tests");
    for (name, cwd, path, want) in [
        ("abs.sarif", root().to_path_buf(), absolute.as_str(), file_uri.as_str()),
        ("rel.sarif", root().to_path_buf(), relative, relative),
        (
            "abs-dotdot.sarif",
            root().to_path_buf(),
            dotted.as_str(),
            file_uri.as_str(),
        ),
        (
            "rel-dotdot.sarif",
            root().to_path_buf(),
            "tests/../examples/./broken/ief-v3-create.json",
            relative,
        ),
        (
            "up.sarif",
            tests,
            "../examples/broken/ief-v3-create.json",
            file_uri.as_str(),
        ),
    ] {
        let out = stdout(
            bin()
                .current_dir(&cwd)
                .args(["check", "--no-config", "--format", "sarif", path]),
            1,
        );
        let sarif: Value = serde_json::from_str(&out).expect("json");
        let location = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
        let uri = location["uri"].as_str().unwrap_or_default().to_string();
        assert_eq!(uri, want, "{name}");
        assert_eq!(sarif["runs"][0]["artifacts"][0]["location"]["uri"], want, "{name}");
        if want.starts_with("file:") {
            assert!(location.get("uriBaseId").is_none(), "{name}");
        } else {
            assert_eq!(location["uriBaseId"], "%SRCROOT%", "{name}");
            assert!(sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
                .as_str()
                .is_some_and(|u| u.starts_with("file:///") && u.ends_with('/')));
        }
        assert!(
            !out.contains("/../") && !out.contains("/./"),
            "{name}: a dot segment is left\n{out}"
        );
        let file = dir.join(name);
        std::fs::write(&file, out).expect("write");
        let run = std::process::Command::new(&tool)
            .arg("validate")
            .arg(&file)
            .output()
            .expect("run the multitool");
        let text = String::from_utf8_lossy(&run.stdout);
        assert!(text.contains("Analysis completed successfully"), "{text}");
        let errors: Vec<_> = text.lines().filter(|l| l.contains(": error ")).collect();
        assert!(errors.is_empty(), "{name}: {}", errors.join("\n"));
    }
}

#[test]
fn docs_links_follow_the_flag_the_config_and_the_environment() {
    let d = tmp("docs-url");
    std::fs::write(d.join("bad.json"), "{\"name\": \"x\"}").expect("body");
    let help_uri = |v: &Value| {
        let run = &v["runs"][0];
        (
            run["tool"]["driver"]["informationUri"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            run["tool"]["driver"]["rules"][0]["helpUri"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            run["tool"]["driver"]["rules"][0]["id"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        )
    };
    let sarif = |args: &[&str], env: Option<&str>| -> Value {
        let mut cmd = bin();
        cmd.current_dir(&d).env_remove("DEPLOYLINT_DOCS_URL");
        if let Some(e) = env {
            cmd.env("DEPLOYLINT_DOCS_URL", e);
        }
        cmd.args(["check", "--format", "sarif"]).args(args).arg("bad.json");
        serde_json::from_str(&stdout(&mut cmd, 1)).expect("sarif")
    };
    // Built in: the docs/ folder of this source tree, as a file:// URL.
    let (info, help, code) = help_uri(&sarif(&[], None));
    assert_eq!(
        info,
        format!("{}rules.md", deploylint::__private::links::builtin_docs_url())
    );
    assert!(
        info.starts_with("file:///") && info.ends_with("/docs/rules.md"),
        "{info}"
    );
    assert_eq!(
        help,
        format!("{}rules.md#{code}", deploylint::__private::links::builtin_docs_url())
    );
    // The environment.
    let (info, _, _) = help_uri(&sarif(&[], Some("https://env.example/docs")));
    assert_eq!(info, "https://env.example/docs/rules.md");
    // The config beats the environment.
    std::fs::write(d.join("deploylint.toml"), "docs-url = \"https://cfg.example/d/\"\n").expect("config");
    let (info, help, code) = help_uri(&sarif(&[], Some("https://env.example/docs")));
    assert_eq!(info, "https://cfg.example/d/rules.md");
    assert_eq!(help, format!("https://cfg.example/d/rules.md#{code}"));
    // The flag beats both.
    let (info, _, _) = help_uri(&sarif(
        &["--docs-url", "https://flag.example/x"],
        Some("https://env.example/docs"),
    ));
    assert_eq!(info, "https://flag.example/x/rules.md");
    // Not a URL: a usage error (flag) or a config error with its line.
    let out = bin()
        .current_dir(&d)
        .args(["check", "--docs-url", "docs/", "bad.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("`docs/` is not an absolute URL"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(d.join("deploylint.toml"), "\ndocs-url = \"not a url\"\n").expect("config");
    let out = bin()
        .current_dir(&d)
        .args(["check", "bad.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("deploylint.toml:2:") && err.contains("`not a url` is not an absolute URL"),
        "{err}"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn rules_code_prints_one_rule_and_unknown_codes_get_a_suggestion() {
    let out = bin().args(["rules", "restart-policy"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("## restart-policy\n\n**error** · api · fix: safe · "),
        "{text}"
    );
    assert!(
        text.contains("restart_policy is Always, OnFailure or Never\n"),
        "{text}"
    );
    assert!(
        text.contains("> restart_policy 取值为 Always、OnFailure、Never\n"),
        "{text}"
    );
    // The same section as docs/rules.md's.
    let doc = std::fs::read_to_string(root().join("docs/rules.md")).expect("rules.md");
    assert!(
        doc.contains(text.trim_end()),
        "rules CODE prints docs/rules.md's section"
    );
    let out = bin()
        .args(["rules", "restart-policy", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["code"], "restart-policy");
    assert_eq!(v["category"], "api");
    let out = bin().args(["rules", "restart-polcy"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(out.stdout, b"");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "deploylint: error: no rule `restart-polcy`; did you mean `restart-policy`? (`deploylint rules` lists them)\n"
    );
}

#[test]
fn schema_id_is_relative_unless_a_base_is_given() {
    let v: Value = serde_json::from_str(&stdout(bin().args(["schema", "ief-v3-create"]), 0)).expect("json");
    assert_eq!(v["$id"], "ief-v3-create.json");
    let v: Value = serde_json::from_str(&stdout(
        bin().args([
            "schema",
            "cce-release-update",
            "--id-base",
            "https://schemas.example/deploylint",
        ]),
        0,
    ))
    .expect("json");
    assert_eq!(v["$id"], "https://schemas.example/deploylint/cce-release-update.json");
}

/// The fingerprint of a GitLab Code Quality issue, computed here from its
/// documented parts: SHA-256 of path, code, pointer (NUL after each) and
/// the occurrence of that triple in the file.
fn gitlab_fingerprint(path: &str, code: &str, pointer: &str, occurrence: usize) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(format!("{path}\0{code}\0{pointer}\0{occurrence}"));
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The GitLab report of `args` (run in `dir`) checked field by field against
/// the JSON report of the same run: one issue per finding, in order.
fn gitlab_matches_json(dir: &std::path::Path, args: &[&str], code: i32) -> Vec<Value> {
    let run = |format: &str| -> Value {
        let mut all = vec!["check", "--format", format];
        all.extend_from_slice(args);
        serde_json::from_str(&stdout(bin().current_dir(dir).args(&all), code)).expect("json")
    };
    let report = run("gitlab");
    let json = run("json");
    let issues = report.as_array().expect("a JSON array").clone();
    let mut expected = Vec::new();
    for f in json["files"].as_array().expect("files") {
        let path = f["path"].as_str().expect("path");
        for d in f["diagnostics"].as_array().expect("diagnostics") {
            expected.push((path.to_string(), d.clone()));
        }
    }
    assert_eq!(issues.len(), expected.len());
    let mut seen: std::collections::HashMap<(String, String, String), usize> = Default::default();
    for (issue, (path, d)) in issues.iter().zip(&expected) {
        let obj = issue.as_object().expect("an object");
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            ["check_name", "description", "fingerprint", "location", "severity"]
        );
        let code = d["code"].as_str().expect("code");
        let pointer = d["pointer"].as_str().expect("pointer");
        let message = d["message"].as_str().expect("message");
        let path = path.trim_start_matches("./");
        assert_eq!(issue["check_name"], code);
        let description = if pointer.is_empty() {
            format!("{code}: {message}")
        } else {
            format!("{code}: {message} ({pointer})")
        };
        assert_eq!(issue["description"], description.as_str());
        let severity = match d["severity"].as_str() {
            Some("error") => "major",
            Some("warning") => "minor",
            Some("info") => "info",
            other => panic!("severity {other:?}"),
        };
        assert_eq!(issue["severity"], severity, "{issue}");
        assert_eq!(issue["location"]["path"], path);
        assert_eq!(issue["location"]["lines"]["begin"], d["line"]);
        assert_eq!(issue["location"]["lines"]["end"], d["end_line"]);
        let n = seen
            .entry((path.to_string(), code.to_string(), pointer.to_string()))
            .or_default();
        assert_eq!(
            issue["fingerprint"],
            gitlab_fingerprint(path, code, pointer, *n).as_str()
        );
        *n += 1;
    }
    // Stable across runs, and no two findings share a fingerprint.
    assert_eq!(run("gitlab"), report, "a second run gives the same report");
    let mut prints: Vec<&str> = issues.iter().filter_map(|i| i["fingerprint"].as_str()).collect();
    prints.sort_unstable();
    prints.dedup();
    assert_eq!(prints.len(), issues.len(), "fingerprints differ between findings");
    issues
}

#[test]
fn gitlab_code_quality_of_the_blind_corpus_field_by_field() {
    let issues = gitlab_matches_json(root(), &["tests/fixtures/blind"], 1);
    assert!(issues.len() > 40, "{}", issues.len());
    // Every severity GitLab gets is one of its own.
    assert!(issues.iter().any(|i| i["severity"] == "major"));
    assert!(issues.iter().any(|i| i["severity"] == "minor"));
    // The run's language: the descriptions are Chinese with --lang zh.
    let zh = gitlab_matches_json(root(), &["--lang", "zh", "tests/fixtures/blind"], 1);
    assert_eq!(zh.len(), issues.len());
    assert_ne!(zh[0]["description"], issues[0]["description"]);
    assert_eq!(
        zh[0]["fingerprint"], issues[0]["fingerprint"],
        "the language is not in the fingerprint"
    );
}

#[test]
fn gitlab_fingerprints_survive_edits_above_and_count_repeats() {
    let d = tmp("gitlab-edits");
    let body = "# deploylint: kind=ief-v2-create\ndeployment:\n  name: demo\n  node_ids: [node-1]\n  app:\n    name: demo-app\n    image_url: \"nginx:1.25\"\n    arch: arm64\n";
    std::fs::write(d.join("a.yaml"), body).expect("body");
    let before = gitlab_matches_json(&d, &["a.yaml"], 0);
    std::fs::write(
        d.join("a.yaml"),
        body.replace("deployment:\n", "# a comment\n\ndeployment:\n"),
    )
    .expect("edit");
    let after = gitlab_matches_json(&d, &["a.yaml"], 0);
    assert_eq!(before.len(), 1);
    assert_eq!(after[0]["location"]["lines"]["begin"], 10);
    assert_eq!(before[0]["fingerprint"], after[0]["fingerprint"]);
    // Two documents with the same finding at the same pointer: two fingerprints.
    let twice = format!(
        "{}---\n{}",
        body.replace("# deploylint: kind=ief-v2-create\n", ""),
        body.replace("# deploylint: kind=ief-v2-create\n", "")
    );
    std::fs::write(d.join("b.yaml"), format!("# deploylint: kind=ief-v2-create\n{twice}")).expect("two");
    let two = gitlab_matches_json(&d, &["--kind", "ief-v2-create", "b.yaml"], 0);
    assert_eq!(two.len(), 2);
    assert_eq!(
        two[1]["fingerprint"],
        gitlab_fingerprint("b.yaml", "disputed-field", "/deployment/app/arch", 1).as_str()
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn gitlab_code_quality_has_the_configs_and_the_policies_findings() {
    let d = tmp("gitlab-config");
    std::fs::create_dir_all(d.join("deploy")).expect("dir");
    std::fs::write(
        d.join("deploylint.toml"),
        "preset = \"recommended\"\n\n[[ignore]]\nfiles = [\"deploy/*.json\"]\ncodes = [\"host-network\"]\nreason = \"stale\"\n\n[[policies]]\nid = \"acme-registry\"\ntarget = \"container\"\nlevel = \"error\"\nmessage = \"images come from acme\"\nschema = { properties = { image_url = { pattern = \"^acme/\" } } }\n",
    )
    .expect("config");
    std::fs::copy(
        root().join("examples/valid/ief-v3-update.json"),
        d.join("deploy/a.json"),
    )
    .expect("body");
    let issues = gitlab_matches_json(&d, &["deploy"], 1);
    let codes: Vec<(&str, &str, &str)> = issues
        .iter()
        .map(|i| {
            (
                i["check_name"].as_str().unwrap_or_default(),
                i["location"]["path"].as_str().unwrap_or_default(),
                i["severity"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            ("acme-registry", "deploy/a.json", "major"),
            ("hostpath-writable", "deploy/a.json", "minor"),
            ("unused-ignore", "deploylint.toml", "minor")
        ]
    );
    assert_eq!(issues[2]["location"]["lines"]["begin"], 3);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn the_job_summary_lists_twenty_findings_and_only_when_asked() {
    let d = tmp("step-summary");
    let summary = d.join("summary.md");
    std::fs::write(&summary, "earlier step\n").expect("summary");
    let args = [
        "check",
        "--format",
        "github",
        "--docs-url",
        "https://d.example/",
        "examples/broken",
    ];
    let with = stdout(
        bin()
            .current_dir(root())
            .env("GITHUB_STEP_SUMMARY", &summary)
            .args(args),
        1,
    );
    let without = stdout(
        bin().current_dir(root()).env_remove("GITHUB_STEP_SUMMARY").args(args),
        1,
    );
    assert_eq!(with, without, "the annotations do not change");
    let total = with.lines().count();
    assert!(total > 20, "{total}");
    let text = std::fs::read_to_string(&summary).expect("summary");
    // Appended, not overwritten.
    assert!(
        text.starts_with("earlier step\n### deploylint\n\n| Files | Errors | Warnings |\n"),
        "{text}"
    );
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| examples/broken/")).collect();
    assert_eq!(rows.len(), 20, "{text}");
    assert!(
        rows[0].starts_with("| examples/broken/cce-release-update.json:3 | [release-action](https://d.example/rules.md#release-action) | "),
        "{}",
        rows[0]
    );
    assert!(
        text.ends_with(&format!("\n{} more in the step log.\n\n", total - 20)),
        "{text}"
    );
    // Another format leaves the summary alone.
    let before = std::fs::read_to_string(&summary).expect("summary");
    stdout(
        bin().current_dir(root()).env("GITHUB_STEP_SUMMARY", &summary).args([
            "check",
            "--format",
            "json",
            "examples/broken",
        ]),
        1,
    );
    assert_eq!(std::fs::read_to_string(&summary).expect("summary"), before);
    std::fs::remove_dir_all(&d).ok();
}
