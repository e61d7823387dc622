//! Best-practice rules: warnings, on by default (preset `recommended`), all
//! off with `--preset api` (flag, config or library option) unless a level
//! names one; what they say about the shipped valid examples.

mod common;
use common::*;
use deploylint::registry::{self, Category};
use deploylint::{lint, lint_bytes, Kind, Lang, Level, Options, Preset, Severity};

fn best_practice_codes() -> Vec<&'static str> {
    registry::all()
        .iter()
        .filter(|e| e.meta.category == Category::BestPractice)
        .map(|e| e.meta.code)
        .collect()
}

#[test]
fn every_best_practice_rule_warns_by_default() {
    let codes = best_practice_codes();
    assert_eq!(codes.len(), 14, "{codes:?}");
    for e in registry::all()
        .iter()
        .filter(|e| e.meta.category == Category::BestPractice)
    {
        assert_eq!(e.meta.severity, Severity::Warning, "{}", e.meta.code);
    }
}

#[test]
fn preset_api_turns_every_best_practice_rule_off() {
    let codes = best_practice_codes();
    let mut fired = 0;
    for code in &codes {
        for f in fixture_files(&fixtures().join("rules").join(code)) {
            let exp = read_expect(&f);
            let bytes = std::fs::read(&f).expect("fixture");
            let base = Options::new()
                .preset(Preset::Recommended)
                .kind_opt(exp.kind)
                .format_opt(
                    f.extension()
                        .and_then(|x| x.to_str())
                        .and_then(deploylint::InputFormat::from_extension),
                );
            let on = lint_bytes(&bytes, &base.clone());
            fired += on[0].diagnostics.iter().filter(|d| codes.contains(&d.code)).count();
            let off = lint_bytes(&bytes, &base.preset(Preset::Api));
            let left: Vec<_> = off[0].diagnostics.iter().filter(|d| codes.contains(&d.code)).collect();
            assert!(left.is_empty(), "{}: {left:?}", f.display());
        }
    }
    // Each `warning <best-practice code>` line of those fixtures' .expect files.
    assert_eq!(fired, 29);
}

#[test]
fn a_level_turns_one_rule_back_on_under_preset_api() {
    let text = r#"{"deployment": {"image_url": "swr.example.com/edge/agent", "configs": {"privileged": true}}}"#;
    let o = Options::new().kind(Kind::IefV2Update).preset(Preset::Api);
    assert!(lint(text, &o).remove(0).diagnostics.is_empty());
    let r = lint(text, &o.level("privileged-container", Level::Error)).remove(0);
    let found: Vec<_> = r.diagnostics.iter().map(|d| (d.code, d.severity)).collect();
    assert_eq!(found, [("privileged-container", Severity::Error)]);
}

#[test]
fn preset_from_the_flag_and_from_the_config() {
    let dir = tmp("preset");
    let body = r#"{"deployment": {"image_url": "swr.example.com/edge/agent:latest"}}"#;
    std::fs::write(dir.join("update.json"), body).expect("write");
    let codes = |c: &mut assert_cmd::Command| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&stdout(c, 0)).expect("json");
        v["files"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| d["code"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let args = ["check", "--format", "json", "--kind", "ief-v2-update", "update.json"];
    // The default is api: a body the API accepts does not fail CI.
    assert!(codes(bin().current_dir(&dir).args(args)).is_empty());
    assert_eq!(
        codes(bin().current_dir(&dir).args(args).args(["--preset", "recommended"])),
        ["image-latest-tag"]
    );
    std::fs::write(dir.join("deploylint.toml"), "preset = \"recommended\"\n").expect("toml");
    assert_eq!(codes(bin().current_dir(&dir).args(args)), ["image-latest-tag"]);
    // The flag wins over the config.
    assert!(codes(bin().current_dir(&dir).args(args).args(["--preset", "api"])).is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

/// The shipped valid examples really do two risky things: they write
/// recordings to a node directory through a writable hostPath volume, and
/// the YAML update has no liveness probe. Nothing else fires.
#[test]
fn what_the_valid_examples_earn() {
    let out = stdout(
        bin().current_dir(root()).args([
            "check",
            "--no-config",
            "--preset",
            "recommended",
            "--format",
            "json",
            "examples/valid",
        ]),
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let found: Vec<(String, String, String)> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| {
            let path = f["path"].as_str().unwrap_or_default().replace('\\', "/");
            f["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |d| {
                    (
                        path.clone(),
                        d["code"].as_str().unwrap_or_default().to_string(),
                        d["pointer"].as_str().unwrap_or_default().to_string(),
                    )
                })
        })
        .collect();
    let expected = [
        (
            "examples/valid/ief-v2-create.json",
            "hostpath-writable",
            "/deployment/app/volumes/2/read_only",
        ),
        (
            "examples/valid/ief-v2-update.json",
            "hostpath-writable",
            "/deployment/volumes/2/read_only",
        ),
        (
            "examples/valid/ief-v3-create.json",
            "hostpath-writable",
            "/deployment/template/containers/0/volumes/1/read_only",
        ),
        (
            "examples/valid/ief-v3-update.json",
            "hostpath-writable",
            "/deployment/template/containers/0/volumes/2/read_only",
        ),
        (
            "examples/valid/ief-v3-update.yaml",
            "no-liveness-probe",
            "/deployment/template/containers/0/liveness_probe",
        ),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn words_in_both_languages() {
    let text = r#"{"deployment": {"image_url": "192.168.1.20:5000/edge/agent:1.0", "envs": [{"name": "DB_PASSWORD", "value": "hunter2"}], "volumes": [{"name": "s", "type": "hostPath", "source": "/var/run/docker.sock", "destination": "/var/run/docker.sock", "read_only": true}]}}"#;
    let o = Options::new().kind(Kind::IefV2Update).preset(Preset::Recommended);
    let r = lint(text, &o).remove(0);
    let en: Vec<_> = r.diagnostics.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert_eq!(
        en,
        [
            (
                "image-registry-ip",
                "image `192.168.1.20:5000/edge/agent:1.0` is pulled from a registry given by IP address (`192.168.1.20:5000`)"
            ),
            ("env-plain-secret", "`DB_PASSWORD` looks like a credential but its value is written in the body"),
            (
                "hostpath-sensitive",
                "hostPath `/var/run/docker.sock` mounts `/var/run/docker.sock` of the node into the container"
            ),
        ]
    );
    let r = lint(text, &o.lang(Lang::Zh)).remove(0);
    let zh: Vec<_> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        zh,
        [
            "镜像 `192.168.1.20:5000/edge/agent:1.0` 从以 IP 地址指定的仓库(`192.168.1.20:5000`)拉取",
            "`DB_PASSWORD` 看起来是凭据,但其取值以明文写在请求体中",
            "hostPath `/var/run/docker.sock` 将节点的 `/var/run/docker.sock` 挂载进容器",
        ]
    );
}
