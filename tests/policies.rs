//! Team policies (issue 20): each target on the kinds it exists in, `pointer`
//! with `*`, a draft-07 chart values schema, the `required` parent, one
//! finding per failing instance, levels and suppressions, and every policy
//! that does not compile, with exact codes, pointers, places and words in
//! English and Chinese.

use deploylint::policy::{no_files, Loader, Place, PolicyError, PolicySpec};
use deploylint::{lint, Diagnostic, Kind, Lang, Level, Options, Severity};
use serde_json::{json, Value};
use std::sync::Arc;

fn spec(id: &str, target: &str, schema: Value) -> PolicySpec {
    PolicySpec {
        id: id.into(),
        target: Some(target.into()),
        pointer: None,
        kinds: None,
        severity: Severity::Error,
        message: format!("{id} says no"),
        message_zh: Some(format!("{id} 不允许")),
        help: None,
        help_zh: None,
        schema,
        schema_file: None,
    }
}

fn opts(specs: &[PolicySpec]) -> Options {
    Options::new().policies(
        specs
            .iter()
            .map(|s| Arc::new(s.compile(&no_files()).expect("compiles"))),
    )
}

/// The policy findings (codes that are no built-in rule) of `body`.
fn found(body: &str, opts: &Options) -> Vec<Diagnostic> {
    lint(body, opts)
        .diagnostics
        .into_iter()
        .filter(|d| deploylint::registry::get(d.code).is_none())
        .collect()
}

/// `(code, pointer, line, column, message, help)` of each.
fn brief(ds: &[Diagnostic]) -> Vec<(&str, &str, usize, usize, &str, &str)> {
    ds.iter()
        .map(|d| {
            (
                d.code,
                d.pointer.as_str(),
                d.line,
                d.column,
                d.message.as_str(),
                d.help.as_deref().unwrap_or(""),
            )
        })
        .collect()
}

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("{}/examples/valid/{name}", env!("CARGO_MANIFEST_DIR"))).expect("example")
}

const KINDS: [&str; 5] = [
    "ief-v2-create.json",
    "ief-v2-update.json",
    "ief-v3-create.json",
    "ief-v3-update.json",
    "cce-release-update.json",
];

fn registry() -> PolicySpec {
    let mut s = spec(
        "acme-registry",
        "container",
        json!({"required": ["image_url"], "properties": {"image_url": {"pattern": "^swr\\.[a-z0-9-]+\\.myhuaweicloud\\.com/acme/"}}}),
    );
    s.message = "images come from the acme organisation of SWR".into();
    s.message_zh = Some("镜像须来自 SWR 的 acme 组织".into());
    s.help = Some("push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first".into());
    s.help_zh = Some("请先将镜像推送到 swr.cn-north-4.myhuaweicloud.com/acme/".into());
    s
}

const PATTERN: &str = r"`^swr\.[a-z0-9-]+\.myhuaweicloud\.com/acme/`";

#[test]
fn container_on_every_kind_in_both_languages() {
    let expected = [
        (
            "ief-v2-create.json",
            "/deployment/app/image_url",
            11,
            20,
            "edge-platform/video-analytics:2.4.1",
        ),
        (
            "ief-v2-update.json",
            "/deployment/image_url",
            4,
            18,
            "edge-platform/video-analytics:2.5.0",
        ),
        (
            "ief-v3-create.json",
            "/deployment/template/containers/0/image_url",
            48,
            24,
            "edge-platform/video-analytics:2.4.1",
        ),
        (
            "ief-v3-update.json",
            "/deployment/template/containers/0/image_url",
            16,
            24,
            "edge-platform/mqtt-bridge:3.1.2",
        ),
    ];
    for (file, pointer, line, column, image) in expected {
        let body = example(file);
        let en = found(&body, &opts(&[registry()]));
        let help = format!(
            "\"swr.cn-north-4.myhuaweicloud.com/{image}\" does not match the pattern {PATTERN}; push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first"
        );
        assert_eq!(
            brief(&en),
            [(
                "acme-registry",
                pointer,
                line,
                column,
                "images come from the acme organisation of SWR",
                help.as_str()
            )],
            "{file}"
        );
        assert_eq!(en[0].severity, Severity::Error);
        let zh = found(&body, &opts(&[registry()]).lang(Lang::Zh));
        let help = format!(
            "\"swr.cn-north-4.myhuaweicloud.com/{image}\" 不匹配模式 {PATTERN};请先将镜像推送到 swr.cn-north-4.myhuaweicloud.com/acme/"
        );
        assert_eq!(
            brief(&zh),
            [(
                "acme-registry",
                pointer,
                line,
                column,
                "镜像须来自 SWR 的 acme 组织",
                help.as_str()
            )],
            "{file}"
        );
    }
    // No container in a release update: nothing to check, nothing found.
    assert!(found(&example("cce-release-update.json"), &opts(&[registry()])).is_empty());
}

#[test]
fn body_on_every_kind() {
    let p = spec("acme-body", "body", json!({"required": ["owner"]}));
    for file in KINDS {
        let en = found(&example(file), &opts(&[p.clone()]));
        assert_eq!(
            brief(&en),
            [(
                "acme-body",
                "",
                1,
                1,
                "acme-body says no",
                "the property `owner` is missing"
            )],
            "{file}"
        );
        let zh = found(&example(file), &opts(&[p.clone()]).lang(Lang::Zh));
        assert_eq!(
            brief(&zh),
            [("acme-body", "", 1, 1, "acme-body 不允许", "缺少属性 `owner`")]
        );
    }
}

/// Every instance of each target in each example body, by `maxProperties: 1` (which each fails).
#[test]
fn every_target_on_every_kind() {
    type Places = &'static [(&'static str, usize, usize)];
    let v2c: [(&str, Places); 9] = [
        ("deployment", &[("/deployment", 2, 17)]),
        ("pod-configs", &[("/deployment/app/configs", 87, 18)]),
        ("init-container", &[]),
        (
            "volume",
            &[
                ("/deployment/app/volumes/0", 48, 9),
                ("/deployment/app/volumes/1", 55, 9),
                ("/deployment/app/volumes/2", 62, 9),
                ("/deployment/app/volumes/3", 69, 9),
            ],
        ),
        ("port", &[("/deployment/app/configs/ports/0", 92, 11)]),
        (
            "env",
            &[
                ("/deployment/app/envs/0", 20, 9),
                ("/deployment/app/envs/1", 24, 9),
                ("/deployment/app/envs/2", 28, 9),
                ("/deployment/app/envs/3", 37, 9),
            ],
        ),
        (
            "probe",
            &[
                ("/deployment/app/liveness_probe", 98, 25),
                ("/deployment/app/readiness_probe", 103, 26),
            ],
        ),
        ("tag", &[]),
        ("release-values", &[]),
    ];
    let v2u: [(&str, Places); 9] = [
        ("deployment", &[("/deployment", 3, 17)]),
        ("pod-configs", &[("/deployment/configs", 81, 16)]),
        ("init-container", &[]),
        (
            "volume",
            &[
                ("/deployment/volumes/0", 42, 7),
                ("/deployment/volumes/1", 49, 7),
                ("/deployment/volumes/2", 56, 7),
                ("/deployment/volumes/3", 63, 7),
            ],
        ),
        ("port", &[("/deployment/configs/ports/0", 86, 9)]),
        (
            "env",
            &[
                ("/deployment/envs/0", 14, 7),
                ("/deployment/envs/1", 18, 7),
                ("/deployment/envs/2", 22, 7),
                ("/deployment/envs/3", 31, 7),
            ],
        ),
        (
            "probe",
            &[
                ("/deployment/liveness_probe", 92, 23),
                ("/deployment/readiness_probe", 97, 24),
            ],
        ),
        ("tag", &[]),
        ("release-values", &[]),
    ];
    let c = "/deployment/template/containers/0";
    let v3c: [(&str, Places); 9] = [
        ("deployment", &[("/deployment", 13, 17)]),
        ("pod-configs", &[("/deployment/template/configs", 16, 18)]),
        ("init-container", &[]),
        (
            "volume",
            &[
                ("/deployment/template/containers/0/volumes/0", 105, 13),
                ("/deployment/template/containers/0/volumes/1", 112, 13),
            ],
        ),
        (
            "port",
            &[
                ("/deployment/template/containers/0/ports/0", 75, 13),
                ("/deployment/template/containers/0/ports/1", 79, 13),
            ],
        ),
        (
            "env",
            &[
                ("/deployment/template/containers/0/envs/0", 60, 13),
                ("/deployment/template/containers/0/envs/1", 64, 13),
            ],
        ),
        (
            "probe",
            &[
                ("/deployment/template/containers/0/readiness_probe", 88, 30),
                ("/deployment/template/containers/0/liveness_probe", 97, 29),
            ],
        ),
        ("tag", &[("/tags/0", 8, 5)]),
        ("release-values", &[]),
    ];
    let v3u: [(&str, Places); 9] = [
        ("deployment", &[("/deployment", 3, 17)]),
        ("pod-configs", &[("/deployment/template/configs", 6, 18)]),
        ("init-container", &[]),
        (
            "volume",
            &[
                ("/deployment/template/containers/0/volumes/0", 81, 13),
                ("/deployment/template/containers/0/volumes/1", 88, 13),
                ("/deployment/template/containers/0/volumes/2", 95, 13),
                ("/deployment/template/containers/0/volumes/3", 102, 13),
            ],
        ),
        ("port", &[("/deployment/template/containers/0/ports/0", 57, 13)]),
        (
            "env",
            &[
                ("/deployment/template/containers/0/envs/0", 38, 13),
                ("/deployment/template/containers/0/envs/1", 42, 13),
                ("/deployment/template/containers/0/envs/2", 46, 13),
            ],
        ),
        (
            "probe",
            &[
                ("/deployment/template/containers/0/readiness_probe", 64, 30),
                ("/deployment/template/containers/0/liveness_probe", 73, 29),
            ],
        ),
        ("tag", &[]),
        ("release-values", &[]),
    ];
    let cce: [(&str, Places); 9] = [
        ("deployment", &[]),
        ("pod-configs", &[]),
        ("init-container", &[]),
        ("volume", &[]),
        ("port", &[]),
        ("env", &[]),
        ("probe", &[]),
        ("tag", &[]),
        ("release-values", &[("/values", 12, 13)]),
    ];
    assert!(c.starts_with("/deployment"));
    for (file, table) in KINDS.iter().zip([v2c, v2u, v3c, v3u, cce]) {
        for (target, places) in table {
            let p = spec("acme-small", target, json!({"maxProperties": 1}));
            let ds = found(&example(file), &opts(&[p]));
            let got: Vec<_> = ds.iter().map(|d| (d.pointer.as_str(), d.line, d.column)).collect();
            assert_eq!(got, places, "{target} in {file}");
            for d in &ds {
                assert_eq!(d.help.as_deref(), Some("more than 1 properties"), "{target} in {file}");
            }
        }
    }
}

/// A v3 create body with an init container (lines numbered for the assertions).
const INIT: &str = r#"{
  "name": "edge-agent",
  "node_ids": ["9ebd8efb-9fdd-44a1-abda-9cdbc287a867"],
  "deployment": {
    "replicas": 1,
    "template": {
      "init_containers": [
        {"name": "fetch", "image_url": "docker.io/library/busybox:1.36"}
      ],
      "containers": [
        {"name": "agent", "image_url": "swr.cn-north-4.myhuaweicloud.com/acme/agent:1.0"}
      ]
    }
  }
}"#;

#[test]
fn init_containers_are_containers_and_their_own_target() {
    let o = |p: PolicySpec| opts(&[p]).kind(Kind::IefV3Create);
    let help = format!("\"docker.io/library/busybox:1.36\" does not match the pattern {PATTERN}; push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first");
    let want = [(
        "acme-registry",
        "/deployment/template/init_containers/0/image_url",
        8,
        40,
        "images come from the acme organisation of SWR",
        help.as_str(),
    )];
    assert_eq!(brief(&found(INIT, &o(registry()))), want);
    let mut init = registry();
    init.target = Some("init-container".into());
    assert_eq!(brief(&found(INIT, &o(init.clone()))), want);
    // The app container is not an init container.
    init.schema = json!({"properties": {"name": {"const": "agent"}}});
    assert_eq!(
        brief(&found(INIT, &o(init))),
        [(
            "acme-registry",
            "/deployment/template/init_containers/0/name",
            8,
            18,
            "images come from the acme organisation of SWR",
            "\"fetch\" is not `\"agent\"`; push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first"
        )]
    );
}

#[test]
fn pointer_with_wildcards() {
    let mut p = registry();
    p.target = None;
    p.pointer = Some("/deployment/template/*/*/image_url".into());
    p.schema = json!({"pattern": "^swr\\.[a-z0-9-]+\\.myhuaweicloud\\.com/acme/"});
    p.help = None;
    let ds = found(INIT, &opts(&[p.clone()]).kind(Kind::IefV3Create));
    assert_eq!(
        brief(&ds),
        [(
            "acme-registry",
            "/deployment/template/init_containers/0/image_url",
            8,
            40,
            "images come from the acme organisation of SWR",
            &*format!("\"docker.io/library/busybox:1.36\" does not match the pattern {PATTERN}")
        )]
    );
    // A pointer that matches nothing passes; so does a body without the target.
    p.pointer = Some("/deployment/template/sidecars/*/image_url".into());
    assert!(found(INIT, &opts(&[p.clone()]).kind(Kind::IefV3Create)).is_empty());
    // `~1` and `~0` are `/` and `~` in a key.
    p.pointer = Some("/values/a~1b".into());
    p.schema = json!({"type": "integer"});
    let body = "{\"chart_id\": \"c\", \"action\": \"upgrade\", \"parameters\": {}, \"values\": {\"a/b\": \"x\"}}";
    let ds = found(body, &opts(&[p]));
    assert_eq!(
        brief(&ds),
        [(
            "acme-registry",
            "/values/a~1b",
            1,
            76,
            "images come from the acme organisation of SWR",
            "\"x\" is not of type integer"
        )]
    );
}

/// A chart's values.schema.json (draft-07, as Helm writes them) on a release update's values.
const CHART: &str = r#"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "required": ["imageTag", "replicaCount"],
  "additionalProperties": false,
  "properties": {
    "imageTag": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"},
    "imagePullPolicy": {"enum": ["Always", "IfNotPresent"]},
    "replicaCount": {"type": "integer", "minimum": 1},
    "extra": true
  }
}"#;

const RELEASE: &str = r#"{
  "chart_id": "af4b699e-018c-11ec-b8b0-0255ac100b05",
  "action": "upgrade",
  "parameters": {},
  "values": {
    "imagePullPolicy": "Sometimes",
    "imageTag": "latest",
    "debug": true
  }
}"#;

#[test]
fn chart_values_with_a_draft_07_schema() {
    let mut p = spec(
        "magento-values",
        "release-values",
        serde_json::from_str(CHART).expect("JSON"),
    );
    p.message = "the values do not match the magento chart's values.schema.json".into();
    p.message_zh = Some("values 不符合 magento chart 的 values.schema.json".into());
    let ds = found(RELEASE, &opts(&[p.clone()]));
    let m = "the values do not match the magento chart's values.schema.json";
    // One finding per failing instance: the values object (a missing property and one not allowed), then two values.
    assert_eq!(
        brief(&ds),
        [
            (
                "magento-values",
                "/values",
                5,
                13,
                m,
                "the property `replicaCount` is missing; the properties `debug` are not allowed"
            ),
            (
                "magento-values",
                "/values/imagePullPolicy",
                6,
                24,
                m,
                "\"Sometimes\" is not one of `\"Always\"`, `\"IfNotPresent\"`"
            ),
            (
                "magento-values",
                "/values/imageTag",
                7,
                17,
                m,
                r#""latest" does not match the pattern `^[0-9]+\.[0-9]+\.[0-9]+$`"#
            ),
        ]
    );
    let zh = found(RELEASE, &opts(&[p]).lang(Lang::Zh));
    assert_eq!(
        brief(&zh)[0],
        (
            "magento-values",
            "/values",
            5,
            13,
            "values 不符合 magento chart 的 values.schema.json",
            "缺少属性 `replicaCount`;不允许属性 `debug`"
        )
    );
    assert_eq!(
        zh[2].help.as_deref(),
        Some(r#""latest" 不匹配模式 `^[0-9]+\.[0-9]+\.[0-9]+$`"#)
    );
}

#[test]
fn every_draft_by_its_schema_keyword() {
    // `exclusiveMinimum` is a boolean in draft 4 and a number after it.
    let drafts = [
        (
            "http://json-schema.org/draft-04/schema#",
            json!({"minimum": 2, "exclusiveMinimum": true}),
        ),
        (
            "http://json-schema.org/draft-06/schema#",
            json!({"exclusiveMinimum": 2}),
        ),
        (
            "http://json-schema.org/draft-07/schema#",
            json!({"exclusiveMinimum": 2}),
        ),
        (
            "https://json-schema.org/draft/2019-09/schema",
            json!({"exclusiveMinimum": 2}),
        ),
        (
            "https://json-schema.org/draft/2020-12/schema",
            json!({"exclusiveMinimum": 2}),
        ),
    ];
    let body = "{\"chart_id\": \"c\", \"action\": \"upgrade\", \"parameters\": {}, \"values\": {\"replicas\": 2}}";
    for (uri, replicas) in drafts {
        let schema = json!({"$schema": uri, "properties": {"replicas": replicas}});
        let ds = found(body, &opts(&[spec("acme-replicas", "release-values", schema)]));
        assert_eq!(ds.len(), 1, "{uri}");
        assert_eq!(ds[0].pointer, "/values/replicas", "{uri}");
        assert_eq!(ds[0].column, 81, "{uri}");
    }
    // Draft 4's boolean `exclusiveMinimum` is not a draft 2020-12 schema.
    let bad = spec(
        "acme-replicas",
        "release-values",
        json!({"properties": {"replicas": {"exclusiveMinimum": true}}}),
    );
    assert_eq!(
        bad.compile(&no_files()).map(|_| ()).unwrap_err().place,
        Place::Schema("/properties/replicas/exclusiveMinimum".into())
    );
}

#[test]
fn a_body_without_the_target_passes() {
    let p = spec("acme-values", "release-values", json!({"required": ["imageTag"]}));
    for file in &KINDS[..4] {
        assert!(found(&example(file), &opts(&[p.clone()])).is_empty(), "{file}");
    }
    // A `kinds` list narrows where a policy applies.
    let mut narrow = registry();
    narrow.kinds = Some(vec![Kind::IefV3Create]);
    assert!(found(&example("ief-v3-update.json"), &opts(&[narrow.clone()])).is_empty());
    assert_eq!(found(&example("ief-v3-create.json"), &opts(&[narrow])).len(), 1);
}

#[test]
fn levels_ignores_and_suppression_comments() {
    let body = example("ief-v3-update.json");
    let warn = found(&body, &opts(&[registry()]).level("acme-registry", Level::Warning));
    assert_eq!(warn.len(), 1);
    assert_eq!(warn[0].severity, Severity::Warning);
    let mut info = registry();
    info.severity = Severity::Info;
    assert_eq!(
        found(&body, &opts(&[info])).first().map(|d| d.severity),
        Some(Severity::Info)
    );
    assert!(found(&body, &opts(&[registry()]).level("acme-registry", Level::Off)).is_empty());
    // `[[ignore]]`: silenced, and kept as such.
    let ignore = deploylint::suppress::Ignore {
        codes: vec!["acme-registry".into()],
        pointer: Some("/deployment/template/containers/0".into()),
        reason: "the bridge is mirrored later".into(),
        entry: 0,
    };
    let report = lint(&body, &opts(&[registry()]).ignore(ignore));
    assert!(report.diagnostics.iter().all(|d| d.code != "acme-registry"));
    assert_eq!(report.suppressed[0].diagnostic.code, "acme-registry");
    // A YAML suppression comment on the line of the finding.
    let yaml = "\
deployment:
  replicas: 1
  template:
    configs: {host_network: false, restart_policy: Always}
    containers:
      - name: agent
        image_url: docker.io/edge/agent:1.0  # deploylint-ignore: acme-registry -- mirrored by the edge proxy
";
    let report = lint(yaml, &opts(&[registry()]).kind(Kind::IefV3Update));
    assert!(
        report.diagnostics.iter().all(|d| d.code != "acme-registry"),
        "{:#?}",
        report.diagnostics
    );
    assert_eq!(
        report.suppressed[0].diagnostic.pointer,
        "/deployment/template/containers/0/image_url"
    );
    // Without the comment it is found, at its line and column.
    let bare = yaml.split("  #").next().unwrap_or(yaml).to_string() + "\n";
    let ds = found(&bare, &opts(&[registry()]).kind(Kind::IefV3Update));
    assert_eq!((ds[0].line, ds[0].column), (7, 20));
}

#[test]
fn one_finding_per_failing_instance_even_with_many_keywords() {
    let p = spec(
        "acme-name",
        "container",
        json!({"required": ["name", "version", "image_url"], "properties": {"name": {"minLength": 10, "pattern": "^acme-"}}}),
    );
    let ds = found(INIT, &opts(&[p]).kind(Kind::IefV3Create));
    assert_eq!(
        brief(&ds),
        [
            (
                "acme-name",
                "/deployment/template/init_containers/0",
                8,
                9,
                "acme-name says no",
                "the property `version` is missing"
            ),
            (
                "acme-name",
                "/deployment/template/init_containers/0/name",
                8,
                18,
                "acme-name says no",
                "\"fetch\" is shorter than 10 characters; \"fetch\" does not match the pattern `^acme-`"
            ),
            (
                "acme-name",
                "/deployment/template/containers/0",
                11,
                9,
                "acme-name says no",
                "the property `version` is missing"
            ),
            (
                "acme-name",
                "/deployment/template/containers/0/name",
                11,
                18,
                "acme-name says no",
                "\"agent\" is shorter than 10 characters; \"agent\" does not match the pattern `^acme-`"
            ),
        ]
    );
}

fn bad(p: &PolicySpec) -> PolicyError {
    p.compile(&no_files()).map(|_| ()).unwrap_err()
}

fn words(e: &PolicyError) -> (String, String) {
    use deploylint::diagnostics::Words;
    (e.problem.words(Lang::En).message, e.problem.words(Lang::Zh).message)
}

#[test]
fn bad_policies_are_located_errors() {
    let ok = || spec("acme-ok", "container", json!({"required": ["name"]}));
    let with = |f: &dyn Fn(&mut PolicySpec)| {
        let mut p = ok();
        f(&mut p);
        bad(&p)
    };
    let cases: Vec<(PolicyError, Place, &str, &str)> = vec![
        (
            with(&|p| p.id = "Acme_Registry".into()),
            Place::Field("id"),
            "policy id `Acme_Registry` is not kebab-case (lowercase letters, digits and single hyphens, such as `acme-registry`)",
            "策略 id `Acme_Registry` 不是 kebab-case(小写字母、数字和单个连字符,例如 `acme-registry`)",
        ),
        (
            with(&|p| p.id = "host-network".into()),
            Place::Field("id"),
            "policy id `host-network` is a built-in rule code; choose another id (see `deploylint rules`)",
            "策略 id `host-network` 与内置规则代码相同;请换一个 id(见 `deploylint rules`)",
        ),
        (
            with(&|p| p.target = Some("containers".into())),
            Place::Field("target"),
            "unknown policy target `containers`; did you mean `container`? (the targets are `body`, `deployment`, `pod-configs`, `container`, `init-container`, `volume`, `port`, `env`, `probe`, `tag`, `release-values`)",
            "未知的策略目标 `containers`;是否想写 `container`?(目标有 `body`、`deployment`、`pod-configs`、`container`、`init-container`、`volume`、`port`、`env`、`probe`、`tag`、`release-values`)",
        ),
        (
            with(&|p| p.kinds = Some(vec![Kind::CceReleaseUpdate])),
            Place::Field("kinds"),
            "target `container` does not exist in kind `cce-release-update`",
            "目标 `container` 在类型 `cce-release-update` 中不存在",
        ),
        (
            with(&|p| p.pointer = Some("/deployment".into())),
            Place::Field("pointer"),
            "a policy needs exactly one of `target` and `pointer`",
            "策略须且只能给出 `target` 与 `pointer` 之一",
        ),
        (
            with(&|p| {
                p.target = None;
                p.pointer = Some("deployment/*".into());
            }),
            Place::Field("pointer"),
            "`deployment/*` is not a JSON Pointer: it starts with `/`, and `~` is written `~0`",
            "`deployment/*` 不是 JSON Pointer:应以 `/` 开头,`~` 写作 `~0`",
        ),
        (
            with(&|p| p.schema = json!({"properties": {"image_url": {"type": "strng"}}})),
            Place::Schema("/properties/image_url/type".into()),
            "not a valid JSON Schema: \"strng\" is not valid under any of the schemas listed in the 'anyOf' keyword",
            "不是有效的 JSON Schema(校验器原文:`\"strng\" is not valid under any of the schemas listed in the 'anyOf' keyword`)",
        ),
        (
            with(&|p| p.schema = json!({"properties": {"image_url": {"pattern": "^swr\\.(["}}})),
            Place::Schema("/properties/image_url/pattern".into()),
            "pattern `^swr\\.([` does not compile: \"^swr\\\\.([\" is not a \"regex\"",
            "模式 `^swr\\.([` 无法编译(校验器原文:`\"^swr\\\\.([\" is not a \"regex\"`)",
        ),
        (
            with(&|p| p.schema = json!({"properties": {"image_url": {"$ref": "https://schemas.example.com/image.json"}}})),
            Place::Schema("/properties/image_url/$ref".into()),
            "`$ref` to the remote URL `https://schemas.example.com/image.json` is refused: deploylint never fetches schemas; copy it next to the schema file and refer to it by a relative path",
            "拒绝指向远程 URL `https://schemas.example.com/image.json` 的 `$ref`:deploylint 从不下载 schema;请将其复制到 schema 文件旁并以相对路径引用",
        ),
        (
            with(&|p| p.schema = json!({"$schema": "http://json-schema.org/draft-03/schema#"})),
            Place::Schema("/$schema".into()),
            "unknown `$schema` `http://json-schema.org/draft-03/schema#`; deploylint reads drafts 4, 6, 7, 2019-09 and 2020-12 (such as `http://json-schema.org/draft-07/schema#`)",
            "未知的 `$schema` `http://json-schema.org/draft-03/schema#`;deploylint 支持 draft 4、6、7、2019-09 和 2020-12(例如 `http://json-schema.org/draft-07/schema#`)",
        ),
        (
            with(&|p| p.schema = json!({"$ref": "image.json"})),
            Place::Schema("/$ref".into()),
            "`$ref` `image.json` cannot be resolved: file `image.json` not found",
            "无法解析 `$ref` `image.json`(校验器原文:`file 'image.json' not found`)",
        ),
        (
            with(&|p| p.schema = json!("image_url")),
            Place::Schema("".into()),
            "not a valid JSON Schema: a schema is an object or a boolean",
            "不是有效的 JSON Schema(校验器原文:`a schema is an object or a boolean`)",
        ),
    ];
    for (e, place, en, zh) in cases {
        assert_eq!(e.place, place, "{e:?}");
        assert_eq!(words(&e), (en.to_string(), zh.to_string()), "{e:?}");
    }
}

#[test]
fn a_relative_ref_resolves_through_the_loader() {
    let defs = r#"{"definitions": {"semver": {"pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"}}}"#;
    let asked = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let log = asked.clone();
    let loader: Loader = Arc::new(move |p: &str| {
        log.lock().expect("lock").push(p.to_string());
        (p == "charts/magento/defs.json").then(|| defs.to_string())
    });
    let mut p = spec(
        "magento-tag",
        "release-values",
        json!({"properties": {"imageTag": {"$ref": "defs.json#/definitions/semver"}}}),
    );
    p.schema_file = Some("charts/magento/values.schema.json".into());
    let policy = Arc::new(p.compile(&loader).expect("compiles"));
    let ds = found(RELEASE, &Options::new().policy(policy));
    assert_eq!(
        brief(&ds),
        [(
            "magento-tag",
            "/values/imageTag",
            7,
            17,
            "magento-tag says no",
            r#""latest" does not match the pattern `^[0-9]+\.[0-9]+\.[0-9]+$`"#
        )]
    );
    assert_eq!(*asked.lock().expect("lock"), ["charts/magento/defs.json"]);
}
