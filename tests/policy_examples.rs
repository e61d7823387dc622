//! The five team policies of docs/policies.md, shipped in examples/policies/:
//! `deploylint check .` there finds exactly what examples/policies/expected.txt
//! lists (code, file, line, column, pointer), nothing in the passing bodies,
//! each policy at its level, in its own words in English and Chinese.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// `file:line:col code pointer`, as expected.txt writes a finding.
type Finding = (String, u64, u64, String, String);

fn dir() -> PathBuf {
    root().join("examples/policies")
}

/// The findings expected.txt lists.
fn expected() -> BTreeSet<Finding> {
    let text = std::fs::read_to_string(dir().join("expected.txt")).expect("expected.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (at, rest) = l.split_once(' ').expect("`file:line:col code pointer`");
            let (code, pointer) = rest.split_once(' ').expect("`code pointer`");
            // The body itself: the empty pointer, written `""`.
            let pointer = if pointer == "\"\"" { "" } else { pointer };
            let mut parts = at.rsplitn(3, ':');
            let col = parts.next().and_then(|c| c.parse().ok()).expect("column");
            let line = parts.next().and_then(|c| c.parse().ok()).expect("line");
            let file = parts.next().expect("file").to_string();
            (file, line, col, code.to_string(), pointer.to_string())
        })
        .collect()
}

/// The JSON report of `deploylint check --format json [extra] .` in examples/policies (exit 1: the failing bodies).
fn report(extra: &[&str]) -> Value {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(".");
    let out = stdout(bin().current_dir(dir()).args(&args), 1);
    serde_json::from_str(&out).expect("stdout is one JSON document")
}

/// `./prod/x.json` → `prod/x.json`.
fn path_of(file: &Value) -> String {
    let p = file["path"].as_str().unwrap_or_default();
    p.strip_prefix("./").unwrap_or(p).to_string()
}

/// Every diagnostic of `report`, with its file.
fn diagnostics(report: &Value) -> Vec<(String, Value)> {
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| {
            let path = path_of(f);
            f["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |d| (path.clone(), d))
        })
        .collect()
}

/// The policies' ids, levels, and an English and Chinese message each (as in deploylint.toml).
const POLICIES: &[(&str, &str, &str, &str)] = &[
    (
        "acme-registry",
        "error",
        "images come from the acme organisation of SWR",
        "镜像须来自 SWR 的 acme 组织",
    ),
    (
        "mandatory-tags",
        "warning",
        "every deployment carries the tags `team` and `cost_center`",
        "每个应用部署都须带 `team` 和 `cost_center` 标签",
    ),
    (
        "memory-ceiling",
        "error",
        "a container's memory limit is at most 2 GiB (2048 MB)",
        "容器的内存上限不超过 2 GiB(2048 MB)",
    ),
    (
        "no-latest-outside-dev",
        "error",
        "outside dev/, images name a fixed tag, not `latest`",
        "dev/ 以外的镜像须指定固定标签,不得使用 `latest`",
    ),
    (
        "magento-values",
        "error",
        "the values do not match the magento chart's values.schema.json",
        "values 不符合 magento chart 的 values.schema.json",
    ),
];

/// The help each policy adds to what its schema said, in English and Chinese (as in deploylint.toml).
const HELP: &[(&str, &str, &str)] = &[
    (
        "acme-registry",
        "push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first",
        "请先将镜像推送到 swr.cn-north-4.myhuaweicloud.com/acme/",
    ),
    (
        "mandatory-tags",
        "add {\"key\": \"team\", \"value\": …} and {\"key\": \"cost_center\", \"value\": …} to `tags`",
        "在 `tags` 中加入 {\"key\": \"team\", \"value\": …} 和 {\"key\": \"cost_center\", \"value\": …}",
    ),
    (
        "memory-ceiling",
        "lower `resources.limits.memory` to 2048 or less (MB, without unit), or split the workload",
        "将 `resources.limits.memory` 降到 2048 及以下(MB,不带单位),或拆分工作负载",
    ),
    (
        "no-latest-outside-dev",
        "tag the image with its version (acme/web:1.4.2) or pin its digest (@sha256:…)",
        "为镜像指定版本标签(acme/web:1.4.2)或固定摘要(@sha256:…)",
    ),
    (
        "magento-values",
        "charts/magento/values.schema.json describes every value the chart takes",
        "charts/magento/values.schema.json 描述了该 chart 接受的每个值",
    ),
];

/// The bodies of examples/policies (the policies' schemas under charts/ and policies/ are not).
const BODIES: &[&str] = &[
    "dev/no-tags.yaml",
    "dev/web-latest.yaml",
    "prod/docker-hub-image.json",
    "prod/edge-analytics.json",
    "prod/latest-tag.yaml",
    "prod/memory-4-gib.json",
    "prod/missing-cost-center.json",
    "releases/magento/scale-out.yaml",
    "releases/magento/upgrade-bad-values.json",
    "releases/magento/upgrade.yaml",
    "releases/wordpress/upgrade.json",
    "staging/inference.yaml",
    "staging/init-from-docker-hub.yaml",
    "staging/v2-analytics.json",
    "staging/v2-memory-3-gib.yaml",
];

#[test]
fn the_shipped_policies_find_exactly_what_expected_txt_lists() {
    let report = report(&[]);
    let found: BTreeSet<Finding> = diagnostics(&report)
        .into_iter()
        .map(|(path, d)| {
            (
                path,
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["code"].as_str().unwrap_or_default().to_string(),
                d["pointer"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let expected = expected();
    let missing: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nnot expected: {extra:#?}"
    );
    // Each finding once (the sets above would hide a duplicate).
    assert_eq!(diagnostics(&report).len(), expected.len());
    // Every policy fails somewhere, and each body in the folder was checked (the schemas were not).
    let codes: BTreeSet<&str> = expected.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(codes, POLICIES.iter().map(|p| p.0).collect());
    let paths: Vec<String> = report["files"].as_array().expect("files").iter().map(path_of).collect();
    assert_eq!(paths, BODIES);
}

#[test]
fn the_passing_bodies_have_no_finding() {
    let report = report(&[]);
    let failing: BTreeSet<String> = expected().into_iter().map(|f| f.0).collect();
    let passing: Vec<&Value> = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter(|f| !failing.contains(&path_of(f)))
        .collect();
    // Each policy passes on a body it applies to: a v3 create with both tags, an acme image and
    // 2048 MB; a v3 update with "2048.0"; a v2 create with 2048; a `latest` image under dev/; a
    // magento release; and another chart's release, outside the magento policy's files.
    let names: Vec<String> = passing.iter().map(|f| path_of(f)).collect();
    assert_eq!(
        names,
        [
            "dev/web-latest.yaml",
            "prod/edge-analytics.json",
            "releases/magento/upgrade.yaml",
            "releases/wordpress/upgrade.json",
            "staging/inference.yaml",
            "staging/v2-analytics.json",
        ]
    );
    for f in passing {
        assert_eq!(f["diagnostics"], Value::Array(vec![]), "{}", path_of(f));
        assert_eq!(f["suppressed"], Value::Array(vec![]), "{}", path_of(f));
    }
}

#[test]
fn each_policy_speaks_at_its_level_in_english_and_chinese() {
    for (lang, en) in [("en", true), ("zh", false)] {
        let report = report(&["--lang", lang]);
        let all = diagnostics(&report);
        for (id, level, message, message_zh) in POLICIES {
            let ds: Vec<_> = all.iter().filter(|(_, d)| d["code"] == *id).collect();
            assert!(!ds.is_empty(), "{id}: no finding under --lang {lang}");
            let help = HELP.iter().find(|h| h.0 == *id).expect("help");
            for (path, d) in ds {
                assert_eq!(d["severity"], *level, "{id} in {path}");
                assert_eq!(d["message"], if en { *message } else { *message_zh }, "{id} in {path}");
                let h = d["help"].as_str().unwrap_or_default();
                let want = if en { help.1 } else { help.2 };
                assert!(h.contains(want), "{id} in {path} under --lang {lang}: help {h:?}");
            }
        }
    }
}

#[test]
fn the_human_output_shows_the_policy_finding_where_it_is() {
    let out = stdout(
        bin().current_dir(dir()).args(["check", "prod/docker-hub-image.json"]),
        1,
    );
    assert!(
        out.contains("prod/docker-hub-image.json:28:24: images come from the acme organisation of SWR"),
        "{out}"
    );
    assert!(
        out.contains("push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first"),
        "{out}"
    );
}

#[test]
fn expected_txt_names_only_shipped_bodies_of_policies_that_exist() {
    let toml = std::fs::read_to_string(dir().join("deploylint.toml")).expect("deploylint.toml");
    for (file, line, col, code, pointer) in expected() {
        assert!(BODIES.contains(&file.as_str()), "{file} is not a shipped body");
        assert!(toml.contains(&format!("id = \"{code}\"")), "{code} is not a policy");
        assert!(line >= 1 && col >= 1, "{file}:{line}:{col}");
        assert!(pointer.is_empty() || pointer.starts_with('/'), "{pointer}");
    }
    for body in BODIES {
        assert!(dir().join(body).is_file(), "{body} is missing");
    }
    for (id, _, message, message_zh) in POLICIES {
        assert!(toml.contains(&format!("id = \"{id}\"")), "{id}");
        assert!(
            toml.contains(&format!("message = {}", toml_string(message))),
            "{id}: {message}"
        );
        assert!(
            toml.contains(&format!("message-zh = {}", toml_string(message_zh))),
            "{id}: {message_zh}"
        );
    }
}

/// `s` as a TOML basic string.
fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A copy of examples/policies in a fresh temporary directory.
fn copy_of_examples(name: &str) -> common::Tmp {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).expect("dir");
        for e in std::fs::read_dir(from).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                copy(&p, &to.join(e.file_name()));
            } else {
                std::fs::copy(&p, to.join(e.file_name())).expect("copy");
            }
        }
    }
    let d = tmp(name);
    copy(&dir(), &d);
    d
}

#[test]
fn a_suppression_comment_names_a_policy_like_a_rule() {
    let d = copy_of_examples("policy-suppression");
    let file = d.join("staging/init-from-docker-hub.yaml");
    let text = std::fs::read_to_string(&file).expect("body");
    let line = "        image_url: busybox:1.36\n";
    assert!(text.contains(line));
    let text = text.replace(
        line,
        "        image_url: busybox:1.36  # deploylint-ignore: acme-registry -- mirrored nightly from Docker Hub\n",
    );
    std::fs::write(&file, text).expect("write");
    let out = stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--format", "json", "staging/init-from-docker-hub.yaml"]),
        0,
    );
    let v: Value = serde_json::from_str(&out).expect("json");
    let f = &v["files"][0];
    assert_eq!(f["diagnostics"], Value::Array(vec![]), "{f}");
    assert_eq!(f["suppressed"][0]["code"], "acme-registry", "{f}");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn an_ignore_entry_and_a_level_apply_to_a_policy_like_a_rule() {
    let d = copy_of_examples("policy-ignore");
    let config = d.join("deploylint.toml");
    let toml = std::fs::read_to_string(&config).expect("config");
    let toml = toml.replacen(
        "[[policies]]",
        "[rules]\nmandatory-tags = \"error\"\n\n[[ignore]]\nfiles = [\"prod/docker-hub-image.json\"]\ncodes = [\"acme-registry\"]\nreason = \"the proxy runs the vendor's signed image\"\n\n[[policies]]",
        1,
    );
    std::fs::write(&config, toml).expect("write");
    let v: Value = serde_json::from_str(&stdout(
        bin().current_dir(&d).args([
            "check",
            "--format",
            "json",
            "prod/docker-hub-image.json",
            "prod/missing-cost-center.json",
        ]),
        1,
    ))
    .expect("json");
    let files = v["files"].as_array().expect("files");
    let proxy = files
        .iter()
        .find(|f| path_of(f) == "prod/docker-hub-image.json")
        .expect("proxy");
    assert_eq!(proxy["diagnostics"], Value::Array(vec![]), "{proxy}");
    assert_eq!(proxy["suppressed"][0]["code"], "acme-registry", "{proxy}");
    let archive = files
        .iter()
        .find(|f| path_of(f) == "prod/missing-cost-center.json")
        .expect("archive");
    assert_eq!(archive["diagnostics"][0]["code"], "mandatory-tags");
    assert_eq!(
        archive["diagnostics"][0]["severity"], "error",
        "[rules] raised the policy's warning"
    );
    std::fs::remove_dir_all(&d).ok();
}
