//! `--fix` and `fix_all`: every safe fix of `examples/broken/` applied, the
//! rest left alone, the results byte for byte as in `tests/fixtures/fix/`,
//! and a second run changing nothing; `--diff` shows without writing;
//! `--unsafe-fixes` opts into the others; comments and formatting survive.

mod common;
use common::*;
use deploylint::registry::Applicability;
use deploylint::{fix_all, lint, Options};
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
    lint(text, opts)
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
    let before: Vec<_> = lint(&text, &opts)
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
fn broken_copy(name: &str) -> Tmp {
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

// ---------------------------------------------------------------- every offered fix holds

/// Options for a fixture file: the kind, edition and current deployment its
/// `.expect` and `.current` give, its format, every rule on.
fn every_rule(file: &Path) -> Options {
    let (kind, edition) = if file.with_extension("expect").exists() {
        let e = read_expect(file);
        (e.kind, e.edition)
    } else {
        (None, deploylint::Edition::Platinum)
    };
    let format = file
        .extension()
        .and_then(|x| x.to_str())
        .and_then(deploylint::InputFormat::from_extension);
    fixture_opts(kind, format, current_of(file), edition).preset(deploylint::Preset::Recommended)
}

#[test]
fn every_offered_fix_of_every_fixture_and_example_parses_and_removes_its_finding() {
    let mut files = fixture_files(&fixtures());
    files.extend(fixture_files(&root().join("examples")));
    let (mut checked, mut failures) = (0, Vec::new());
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        match check_offered_fixes(&text, &every_rule(file)) {
            Ok(n) => checked += n,
            Err(e) => failures.push(format!("{}: {e}", file.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // Not vacuous: the fixtures offer hundreds of fixes.
    assert!(checked > 90, "only {checked} fixes checked");
}

/// The one finding at `pointer` of the lint of `text`.
fn finding(text: &str, opts: &Options, pointer: &str) -> deploylint::Diagnostic {
    let found: Vec<_> = lint(text, opts)
        .into_iter()
        .flat_map(|r| r.diagnostics)
        .filter(|d| d.pointer == pointer)
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().expect("one")
}

const MODE_JSON: &str = r#"{"name": "web", "node_ids": ["n1"], "deployment": {"replicas": 1, "template": {"configs": {"host_network": false, "restart_policy": "Always"},
  "containers": [{"name": "c0", "image_url": "nginx:1.25",
    "volumes": [{"name": "cfg", "type": "configMap", "source": "cfg", "destination": "/etc/cfg", "read_only": true, "default_mode": "0644"}]}]}}}"#;

const MODE_YAML: &str = "name: web\nnode_ids: [n1]\ndeployment:\n  replicas: 1\n  template:\n    configs:\n      host_network: false\n      restart_policy: Always\n    containers:\n      - name: c0\n        image_url: nginx:1.25\n        volumes:\n          - name: cfg\n            type: configMap\n            source: cfg\n            destination: /etc/cfg\n            read_only: true\n            default_mode: \"0644\"\n";

const MODE: &str = "/deployment/template/containers/0/volumes/0/default_mode";

#[test]
fn a_quoted_octal_mode_is_fixed_to_its_decimal_value_in_json_and_yaml() {
    for (text, format) in [
        (MODE_JSON, deploylint::InputFormat::Json),
        (MODE_YAML, deploylint::InputFormat::Yaml),
    ] {
        let o = opts_in(Some(deploylint::Kind::IefV3Create), format);
        for (lang, title) in [
            (deploylint::Lang::En, "write it as the decimal `420`"),
            (deploylint::Lang::Zh, "改写为十进制 `420`"),
        ] {
            let d = finding(text, &in_lang(o.clone(), lang), MODE);
            assert_eq!(d.code, "invalid-type");
            let fix = d.fix.expect("a fix");
            assert_eq!(fix.title, title);
            assert_eq!(fix.applicability, Applicability::Safe);
            assert_eq!(fix.edits.len(), 1);
            assert_eq!(fix.edits[0].replacement, "420");
        }
        let fixed = fix_all(text, &o, false);
        assert_eq!(fixed.text, text.replace("\"0644\"", "420"));
        assert_eq!((fixed.applied, fixed.remaining), (1, 0));
    }
}

#[test]
fn an_unquoted_octal_looking_mode_gets_its_octal_reading_as_an_unsafe_fix() {
    let text = MODE_JSON.replace("\"0644\"", "644");
    let o = opts(Some(deploylint::Kind::IefV3Create));
    let d = finding(&text, &o, MODE);
    assert_eq!((d.code, d.severity.as_str()), ("volume-default-mode", "warning"));
    let fix = d.fix.expect("a fix");
    assert_eq!(
        (fix.title.as_str(), fix.applicability, fix.edits[0].replacement.as_str()),
        ("write it as the decimal `420`", Applicability::Unsafe, "420")
    );
    let zh = finding(&text, &in_lang(o.clone(), deploylint::Lang::Zh), MODE);
    assert_eq!(zh.fix.expect("a fix").title, "改写为十进制 `420`");
    assert_eq!(fix_all(&text, &o, false).applied, 0);
    assert_eq!(fix_all(&text, &o, true).text, MODE_JSON.replace("\"0644\"", "420"));
}

#[test]
fn a_quoted_integer_with_leading_zeros_gets_an_unsafe_decimal_fix() {
    let text = MODE_JSON.replace(r#""replicas": 1"#, r#""replicas": "01""#);
    let o = opts(Some(deploylint::Kind::IefV3Create));
    let d = finding(&text, &o, "/deployment/replicas");
    assert_eq!(d.code, "invalid-type");
    let fix = d.fix.expect("a fix");
    assert_eq!(
        (fix.title.as_str(), fix.applicability, fix.edits[0].replacement.as_str()),
        ("write it as `1`", Applicability::Unsafe, "1")
    );
    // The canonical digits stay a safe unquote.
    let plain = MODE_JSON.replace(r#""replicas": 1"#, r#""replicas": "1""#);
    let fix = finding(&plain, &o, "/deployment/replicas").fix.expect("a fix");
    assert_eq!(
        (fix.title.as_str(), fix.applicability),
        ("remove the quotes", Applicability::Safe)
    );
}

#[test]
fn source_userdefine_from_a_response_is_a_disputed_warning_with_an_unsafe_fix() {
    let text = r#"{"name": "web", "node_ids": ["n1"], "source": "userdefine",
  "deployment": {"replicas": 1, "template": {"configs": {"host_network": false, "restart_policy": "Always"}, "containers": [{"name": "c0", "image_url": "nginx:1.25"}]}}}"#;
    let o = opts(Some(deploylint::Kind::IefV3Create));
    let en = finding(text, &o, "/source");
    assert_eq!(
        (en.code, en.severity.as_str(), en.line),
        ("disputed-value", "warning", 1)
    );
    assert_eq!(
        en.message,
        "`source` value `userdefine` is disputed between Huawei's sources"
    );
    assert_eq!(
        en.help.as_deref(),
        Some("IEF v3 CreateDeployments, table 35 and IEF v3 UpdateDeployment, table 20 spell the custom source `userdefined`; Huawei's own 200 response examples (IEF v3 ListDeployments, IEF v3 UpdateDeployment, IEF v3 UpdateDeployment (Chinese)) print `userdefine`\n`source`: Deployment source: edge market (iem) or custom (userdefined).")
    );
    let fix = en.fix.expect("a fix");
    assert_eq!(
        (fix.title.as_str(), fix.applicability, fix.edits[0].replacement.as_str()),
        (
            "replace with `userdefined`, the spelling the kind lists",
            Applicability::Unsafe,
            "\"userdefined\""
        )
    );
    let zh = finding(text, &in_lang(o.clone(), deploylint::Lang::Zh), "/source");
    assert_eq!(zh.message, "`source` 取值 `userdefine` 在华为各来源间存在分歧");
    assert_eq!(
        zh.help.as_deref(),
        Some("IEF v3 CreateDeployments 表35 与 IEF v3 UpdateDeployment 表20 将自定义来源写作 `userdefined`;华为自己的 200 响应示例(IEF v3 ListDeployments、IEF v3 UpdateDeployment、IEF v3 UpdateDeployment (Chinese))打印的是 `userdefine`\n`source`:应用部署来源:边缘市场(iem)或自定义")
    );
    assert_eq!(zh.fix.expect("a fix").title, "替换为该类型列出的写法 `userdefined`");
    assert_eq!(fix_all(text, &o, false).applied, 0);
    let fixed = fix_all(text, &o, true);
    assert_eq!(fixed.text, text.replace("userdefine\"", "userdefined\""));
    assert_eq!(fixed.remaining, 0);
}
