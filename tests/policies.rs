//! Team policies (issue 20): each target on the kinds it exists in, `pointer`
//! with `*`, a draft-07 chart values schema, the `required` parent, one
//! finding per failing instance, levels and suppressions, and every policy
//! that does not compile, with exact codes, pointers, places and words in
//! English and Chinese.

use deploylint::policy::{no_files, Loader, Place, PolicyError, PolicySpec};
use deploylint::{lint, Diagnostic, Kind, Lang, Level, Options, Severity};
use serde_json::{json, Value};

mod common;
use common::{bin, sarif_violations, stderr, stdout, tmp};
use std::sync::Arc;

fn spec(id: &str, target: &str, schema: Value) -> PolicySpec {
    let mut spec = PolicySpec::new(id, Severity::Error, format!("{id} says no"), schema);
    spec.target = Some(target.into());
    spec.message_zh = Some(format!("{id} 不允许"));
    spec
}

fn compiled(specs: &[PolicySpec]) -> Options {
    Options::new().policies(
        specs
            .iter()
            .map(|s| Arc::new(s.compile(&no_files()).expect("compiles"))),
    )
}

/// The policy findings (codes that are no built-in rule) of `body`.
fn found(body: &str, opts: &Options) -> Vec<Diagnostic> {
    lint(body, opts)
        .remove(0)
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
    std::fs::read_to_string(format!("{}/../examples/valid/{name}", env!("CARGO_MANIFEST_DIR"))).expect("example")
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
        let en = found(&body, &compiled(&[registry()]));
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
        let zh = found(&body, &compiled(&[registry()]).lang(Lang::Zh));
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
    assert!(found(&example("cce-release-update.json"), &compiled(&[registry()])).is_empty());
}

#[test]
fn body_on_every_kind() {
    let p = spec("acme-body", "body", json!({"required": ["owner"]}));
    for file in KINDS {
        let en = found(&example(file), &compiled(std::slice::from_ref(&p)));
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
        let zh = found(&example(file), &compiled(std::slice::from_ref(&p)).lang(Lang::Zh));
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
            let ds = found(&example(file), &compiled(&[p]));
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
    let o = |p: PolicySpec| compiled(&[p]).kind(Kind::IefV3Create);
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
    let ds = found(INIT, &compiled(std::slice::from_ref(&p)).kind(Kind::IefV3Create));
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
    assert!(found(INIT, &compiled(std::slice::from_ref(&p)).kind(Kind::IefV3Create)).is_empty());
    // `~1` and `~0` are `/` and `~` in a key.
    p.pointer = Some("/values/a~1b".into());
    p.schema = json!({"type": "integer"});
    let body = "{\"chart_id\": \"c\", \"action\": \"upgrade\", \"parameters\": {}, \"values\": {\"a/b\": \"x\"}}";
    let ds = found(body, &compiled(&[p]));
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
    let ds = found(RELEASE, &compiled(std::slice::from_ref(&p)));
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
    let zh = found(RELEASE, &compiled(&[p]).lang(Lang::Zh));
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
        let ds = found(body, &compiled(&[spec("acme-replicas", "release-values", schema)]));
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
        assert!(
            found(&example(file), &compiled(std::slice::from_ref(&p))).is_empty(),
            "{file}"
        );
    }
    // A `kinds` list narrows where a policy applies.
    let mut narrow = registry();
    narrow.kinds = Some(vec![Kind::IefV3Create]);
    assert!(found(&example("ief-v3-update.json"), &compiled(&[narrow.clone()])).is_empty());
    assert_eq!(found(&example("ief-v3-create.json"), &compiled(&[narrow])).len(), 1);
}

#[test]
fn levels_ignores_and_suppression_comments() {
    let body = example("ief-v3-update.json");
    let warn = found(&body, &compiled(&[registry()]).level("acme-registry", Level::Warning));
    assert_eq!(warn.len(), 1);
    assert_eq!(warn[0].severity, Severity::Warning);
    let mut info = registry();
    info.severity = Severity::Info;
    assert_eq!(
        found(&body, &compiled(&[info])).first().map(|d| d.severity),
        Some(Severity::Info)
    );
    assert!(found(&body, &compiled(&[registry()]).level("acme-registry", Level::Off)).is_empty());
    // `[[ignore]]`: silenced, and kept as such.
    let ignore = deploylint::Ignore::new(
        vec!["acme-registry".into()],
        Some("/deployment/template/containers/0".into()),
        "the bridge is mirrored later",
        0,
    );
    let report = lint(&body, &compiled(&[registry()]).ignore(ignore)).remove(0);
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
    let report = lint(yaml, &compiled(&[registry()]).kind(Kind::IefV3Update)).remove(0);
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
    let ds = found(&bare, &compiled(&[registry()]).kind(Kind::IefV3Update));
    assert_eq!((ds[0].line, ds[0].column), (7, 20));
}

#[test]
fn one_finding_per_failing_instance_even_with_many_keywords() {
    let p = spec(
        "acme-name",
        "container",
        json!({"required": ["name", "version", "image_url"], "properties": {"name": {"minLength": 10, "pattern": "^acme-"}}}),
    );
    let ds = found(INIT, &compiled(&[p]).kind(Kind::IefV3Create));
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
    use deploylint::__private::Words;
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
            "拒绝指向远程 URL `https://schemas.example.com/image.json` 的 `$ref`:deploylint 从不下载 JSON Schema;请将其复制到 JSON Schema 文件旁并以相对路径引用",
        ),
        (
            with(&|p| p.schema = json!({"$schema": "http://json-schema.org/draft-03/schema#"})),
            Place::Schema("/$schema".into()),
            "unknown `$schema` `http://json-schema.org/draft-03/schema#`; deploylint reads drafts 4, 6, 7, 2019-09 and 2020-12 (such as `http://json-schema.org/draft-07/schema#`)",
            "未知的 `$schema` `http://json-schema.org/draft-03/schema#`;deploylint 支持 JSON Schema 草案 4、6、7、2019-09 和 2020-12(例如 `http://json-schema.org/draft-07/schema#`)",
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

// --- Through deploylint.toml and the binary ---

const CONFIG: &str = r#"[[policies]]
id = "acme-registry"
target = "container"
kinds = ["ief-v3-create", "ief-v3-update"]
files = ["deploy/**"]
level = "error"
message = "images come from the acme organisation of SWR"
message-zh = "镜像须来自 SWR 的 acme 组织"
help = "push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first"
help-zh = "请先将镜像推送到 swr.cn-north-4.myhuaweicloud.com/acme/"
schema = { required = ["image_url"], properties = { image_url = { pattern = "^swr\\.[a-z0-9-]+\\.myhuaweicloud\\.com/acme/" } } }

[[policies]]
id = "magento-values"
target = "release-values"
files = ["releases/magento/**"]
message = "the values do not match the magento chart's values.schema.json"
schema-file = "charts/magento/values.schema.json"
"#;

/// A project with the two policies, a v3 update under deploy/ and one elsewhere, and a release.
fn project(name: &str) -> common::Tmp {
    let d = tmp(name);
    for sub in ["deploy", "other", "charts/magento", "releases/magento"] {
        std::fs::create_dir_all(d.join(sub)).expect("dir");
    }
    std::fs::write(d.join("deploylint.toml"), CONFIG).expect("config");
    std::fs::write(d.join("deploy/bridge.json"), example("ief-v3-update.json")).expect("body");
    std::fs::write(d.join("other/bridge.json"), example("ief-v3-update.json")).expect("body");
    std::fs::write(d.join("releases/magento/upgrade.json"), RELEASE).expect("release");
    let schema = CHART.replace(
        r#""imageTag": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"}"#,
        r#""imageTag": {"$ref": "defs.yaml#/semver"}"#,
    );
    std::fs::write(d.join("charts/magento/values.schema.json"), schema).expect("schema");
    std::fs::write(
        d.join("charts/magento/defs.yaml"),
        "semver:\n  type: string\n  pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$'\n",
    )
    .expect("defs");
    d
}

fn json_findings(v: &Value, file: &str) -> Vec<(String, String, u64, u64, String, String)> {
    let files = v["files"].as_array().expect("files");
    let f = files
        .iter()
        .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(file)))
        .expect(file);
    f["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| deploylint::registry::get(d["code"].as_str().unwrap_or_default()).is_none())
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_string(),
                d["pointer"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or_default(),
                d["column"].as_u64().unwrap_or_default(),
                d["message"].as_str().unwrap_or_default().to_string(),
                d["help"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_cli_reports_policies_from_deploylint_toml() {
    let d = project("policies-cli");
    let out = stdout(bin().current_dir(&d).args(["check", "--format", "json", "."]), 1);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let s = |x: &str| x.to_string();
    assert_eq!(
        json_findings(&v, "deploy/bridge.json"),
        [(
            s("acme-registry"),
            s("/deployment/template/containers/0/image_url"),
            16,
            24,
            s("images come from the acme organisation of SWR"),
            format!("\"swr.cn-north-4.myhuaweicloud.com/edge-platform/mqtt-bridge:3.1.2\" does not match the pattern {PATTERN}; push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first")
        )]
    );
    // `files` limits the policy to deploy/.
    assert_eq!(json_findings(&v, "other/bridge.json"), []);
    // The chart's schema file, with a relative `$ref` to a YAML file beside it.
    let m = s("the values do not match the magento chart's values.schema.json");
    assert_eq!(
        json_findings(&v, "releases/magento/upgrade.json"),
        [
            (
                s("magento-values"),
                s("/values"),
                5,
                13,
                m.clone(),
                s("the property `replicaCount` is missing; the properties `debug` are not allowed")
            ),
            (
                s("magento-values"),
                s("/values/imagePullPolicy"),
                6,
                24,
                m.clone(),
                s("\"Sometimes\" is not one of `\"Always\"`, `\"IfNotPresent\"`")
            ),
            (
                s("magento-values"),
                s("/values/imageTag"),
                7,
                17,
                m,
                s(r#""latest" does not match the pattern `^[0-9]+\.[0-9]+\.[0-9]+$`"#)
            ),
        ]
    );
    let out = stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--format", "json", "--lang", "zh", "deploy"]),
        1,
    );
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        json_findings(&v, "deploy/bridge.json")[0].4,
        "镜像须来自 SWR 的 acme 组织"
    );
    assert_eq!(
        json_findings(&v, "deploy/bridge.json")[0].5,
        format!("\"swr.cn-north-4.myhuaweicloud.com/edge-platform/mqtt-bridge:3.1.2\" 不匹配模式 {PATTERN};请先将镜像推送到 swr.cn-north-4.myhuaweicloud.com/acme/")
    );
    // `[rules]` levels name policies like rules; `--deny-warnings` fails on them.
    let mut cfg = CONFIG.to_string();
    cfg.push_str("\n[rules]\nacme-registry = \"warning\"\nmagento-values = \"off\"\n");
    std::fs::write(d.join("deploylint.toml"), &cfg).expect("config");
    let out = stdout(bin().current_dir(&d).args(["check", "--format", "json", "."]), 0);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json_findings(&v, "releases/magento/upgrade.json"), []);
    assert_eq!(json_findings(&v, "deploy/bridge.json").len(), 1);
    stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--deny-warnings", "--format", "json", "."]),
        1,
    );
    // `[[ignore]]` takes a policy id.
    cfg.push_str("\n[[ignore]]\nfiles = [\"deploy/**\"]\ncodes = [\"acme-registry\"]\nreason = \"the bridge is mirrored by the edge proxy\"\n");
    std::fs::write(d.join("deploylint.toml"), &cfg).expect("config");
    let out = stdout(
        bin()
            .current_dir(&d)
            .args(["check", "--deny-warnings", "--format", "json", "."]),
        0,
    );
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json_findings(&v, "deploy/bridge.json"), []);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn sarif_lists_each_policy_as_a_rule() {
    let d = project("policies-sarif");
    let out = stdout(bin().current_dir(&d).args(["check", "--format", "sarif", "deploy"]), 1);
    let v: Value = serde_json::from_str(&out).expect("SARIF");
    assert_eq!(sarif_violations(&v), Vec::<String>::new(), "valid SARIF 2.1.0");
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules");
    let at = rules
        .iter()
        .position(|r| r["id"] == "acme-registry")
        .expect("the policy is a rule");
    assert_eq!(at, deploylint::registry::all().len());
    assert_eq!(
        rules[at]["shortDescription"]["text"],
        "images come from the acme organisation of SWR"
    );
    assert_eq!(rules[at]["properties"]["source"], "deploylint.toml");
    assert_eq!(
        rules[at + 1]["properties"]["source"],
        "charts/magento/values.schema.json"
    );
    let result = v["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "acme-registry")
        .expect("a result");
    assert_eq!(result["ruleIndex"], at);
    assert_eq!(result["locations"][0]["physicalLocation"]["region"]["startLine"], 16);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn rules_lists_the_loaded_policies_with_their_source() {
    let d = project("policies-rules");
    let out = stdout(bin().current_dir(&d).args(["rules"]), 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), deploylint::registry::all().len() + 2);
    assert_eq!(
        lines[lines.len() - 2],
        "acme-registry                policy        error   none   images come from the acme organisation of SWR  [ief-v3-create, ief-v3-update]  (deploylint.toml)"
    );
    assert_eq!(
        lines[lines.len() - 1],
        "magento-values               policy        error   none   the values do not match the magento chart's values.schema.json  [cce-release-update]  (charts/magento/values.schema.json)"
    );
    let v: Value =
        serde_json::from_str(&stdout(bin().current_dir(&d).args(["rules", "--format", "json"]), 0)).expect("JSON");
    assert_eq!(
        v["rules"].as_array().map(Vec::len),
        Some(deploylint::registry::all().len())
    );
    assert_eq!(v["policies"], json!([ACME_JSON.clone(), MAGENTO_JSON.clone()]));
    std::fs::remove_dir_all(&d).ok();
}

/// The JSON object of the project's `acme-registry` policy (inline schema).
static ACME_JSON: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
    json!({"code": "acme-registry", "policy": true, "severity": "error", "kinds": ["ief-v3-create", "ief-v3-update"],
     "target": "container", "files": ["deploy/**"],
     "message": {"en": "images come from the acme organisation of SWR", "zh": "镜像须来自 SWR 的 acme 组织"},
     "help": {"en": "push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first", "zh": "请先将镜像推送到 swr.cn-north-4.myhuaweicloud.com/acme/"},
     "source": "deploylint.toml"})
});

/// The JSON object of the project's `magento-values` policy (schema file, no Chinese, no help).
static MAGENTO_JSON: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
    json!({"code": "magento-values", "policy": true, "severity": "error", "kinds": ["cce-release-update"],
     "target": "release-values", "files": ["releases/magento/**"],
     "message": {"en": "the values do not match the magento chart's values.schema.json", "zh": "the values do not match the magento chart's values.schema.json"},
     "help": null, "source": "charts/magento/values.schema.json"})
});

#[test]
fn rules_prints_one_loaded_policy_s_entry() {
    let d = project("policies-rule");
    // Text and Markdown: the entry.
    let acme = "## acme-registry\n\n**error** · policy · `ief-v3-create`, `ief-v3-update` · target `container`\n\nimages come from the acme organisation of SWR\n\n> 镜像须来自 SWR 的 acme 组织\n\nHelp: push the image to swr.cn-north-4.myhuaweicloud.com/acme/ first\n\n> 请先将镜像推送到 swr.cn-north-4.myhuaweicloud.com/acme/\n\nFiles: `deploy/**`\n\nSource: deploylint.toml\n";
    assert_eq!(stdout(bin().current_dir(&d).args(["rules", "acme-registry"]), 0), acme);
    assert_eq!(
        stdout(
            bin()
                .current_dir(&d)
                .args(["rules", "acme-registry", "--format", "markdown"]),
            0
        ),
        acme
    );
    assert_eq!(
        stdout(bin().current_dir(&d).args(["rules", "magento-values"]), 0),
        "## magento-values\n\n**error** · policy · `cce-release-update` · target `release-values`\n\nthe values do not match the magento chart's values.schema.json\n\nFiles: `releases/magento/**`\n\nSource: charts/magento/values.schema.json\n"
    );
    // JSON: the object the listing has under "policies".
    let v: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(&d)
            .args(["rules", "magento-values", "--format", "json"]),
        0,
    ))
    .expect("JSON");
    assert_eq!(v, *MAGENTO_JSON);
    // `--config` names the config; a pointer policy, every kind and every file.
    let other = tmp("policies-rule-config");
    std::fs::create_dir_all(&other).expect("dir");
    std::fs::write(
        other.join("team.toml"),
        "[[policies]]\nid = \"no-latest\"\npointer = \"/deployment/template/containers/*/image_url\"\nlevel = \"warning\"\nmessage = \"no :latest\"\nschema = { not = { pattern = \":latest$\" } }\n",
    )
    .expect("config");
    let config = other.join("team.toml");
    let cfg = config.to_str().expect("utf-8 path");
    assert_eq!(
        stdout(bin().current_dir(&d).args(["rules", "no-latest", "--config", cfg]), 0),
        "## no-latest\n\n**warning** · policy · all kinds · pointer `/deployment/template/containers/*/image_url`\n\nno :latest\n\nFiles: every file\n\nSource: deploylint.toml\n"
    );
    let v: Value = serde_json::from_str(&stdout(
        bin()
            .current_dir(&d)
            .args(["rules", "no-latest", "--config", cfg, "--format", "json"]),
        0,
    ))
    .expect("JSON");
    assert_eq!(
        v,
        json!({"code": "no-latest", "policy": true, "severity": "warning",
               "kinds": ["ief-v2-create", "ief-v2-update", "ief-v3-create", "ief-v3-update", "cce-release-update"],
               "pointer": "/deployment/template/containers/*/image_url", "files": [],
               "message": {"en": "no :latest", "zh": "no :latest"}, "help": null, "source": "deploylint.toml"})
    );
    // Did-you-mean names policy ids too; a built-in rule needs no config.
    assert_eq!(
        stderr(bin().current_dir(&d).args(["rules", "acme-registy"]), 2),
        "deploylint: error: no rule `acme-registy`; did you mean `acme-registry`? (`deploylint rules` lists them)\n"
    );
    std::fs::write(d.join("deploylint.toml"), "[rules]\nnope = \"off\"\n").expect("config");
    assert!(stdout(bin().current_dir(&d).args(["rules", "host-network"]), 0).starts_with("## host-network\n"));
    std::fs::remove_dir_all(&d).ok();
    std::fs::remove_dir_all(&other).ok();
}

/// Each bad policy: exit 2 and the located message, in English (and one in Chinese).
#[test]
fn bad_policies_exit_2_with_a_located_message() {
    let d = tmp("policies-bad");
    std::fs::create_dir_all(d.join("policies")).expect("dir");
    let head = "[[policies]]\nid = \"acme-registry\"\ntarget = \"container\"\nmessage = \"m\"\n";
    let cases: Vec<(String, &str, &str)> = vec![
        (
            "[[policies]]\nid = \"acme-registry\"\ntarget = \"containers\"\nmessage = \"m\"\nschema = {}\n".into(),
            "",
            "deploylint.toml:3:10: unknown policy target `containers`; did you mean `container`? (the targets are `body`, `deployment`, `pod-configs`, `container`, `init-container`, `volume`, `port`, `env`, `probe`, `tag`, `release-values`) (invalid-policy)",
        ),
        (
            format!("{head}schema = {{ properties = {{ image_url = {{ type = \"strng\" }} }} }}\n"),
            "",
            "deploylint.toml:5:10: not a valid JSON Schema: \"strng\" is not valid under any of the schemas listed in the 'anyOf' keyword (invalid-policy)",
        ),
        (
            format!("{head}schema-file = \"policies/registry.schema.json\"\n"),
            "",
            "deploylint.toml:5:15: schema file `policies/registry.schema.json` not found (paths are relative to deploylint.toml) (invalid-policy)",
        ),
        (
            "[[policies]]\nid = \"host-network\"\ntarget = \"container\"\nmessage = \"m\"\nschema = {}\n".into(),
            "",
            "deploylint.toml:2:6: policy id `host-network` is a built-in rule code; choose another id (see `deploylint rules`) (invalid-policy)",
        ),
        (
            format!("{head}schema = {{}}\n\n{head}schema = {{}}\n"),
            "",
            "deploylint.toml:8:6: policy id `acme-registry` is used by an earlier policy (invalid-policy)",
        ),
        (
            "[[policies]]\nid = \"AcmeRegistry\"\ntarget = \"container\"\nmessage = \"m\"\nschema = {}\n".into(),
            "",
            "deploylint.toml:2:6: policy id `AcmeRegistry` is not kebab-case (lowercase letters, digits and single hyphens, such as `acme-registry`) (invalid-policy)",
        ),
        (
            format!("{head}schema-file = \"policies/registry.schema.json\"\n"),
            "{\n  \"properties\": {\n    \"image_url\": {\"pattern\": \"^swr\\\\.([\"}\n  }\n}\n",
            "policies/registry.schema.json:3:30: pattern `^swr\\.([` does not compile: \"^swr\\\\.([\" is not a \"regex\" (invalid-policy)",
        ),
        (
            format!("{head}schema-file = \"policies/registry.schema.json\"\n"),
            "properties:\n  image_url:\n    $ref: https://schemas.example.com/image.json\n",
            "policies/registry.schema.json:3:11: `$ref` to the remote URL `https://schemas.example.com/image.json` is refused: deploylint never fetches schemas; copy it next to the schema file and refer to it by a relative path (invalid-policy)",
        ),
        (
            format!("{head}schema-file = \"policies/registry.schema.json\"\n"),
            "{\"properties\": {\"image_url\": {\"minLength\": -1}}}\n",
            "policies/registry.schema.json:1:44: not a valid JSON Schema: -1 is less than the minimum of 0 (invalid-policy)",
        ),
        (
            format!("{head}schema-file = \"policies/registry.schema.json\"\n"),
            "{\"properties\": {\n",
            "policies/registry.schema.json:2:1: schema file `policies/registry.schema.json` is not JSON or YAML: invalid JSON: the text ends before the document is complete (invalid-policy)",
        ),
        (
            format!("{head}kinds = [\"cce-release-update\"]\nschema = {{}}\n"),
            "",
            "deploylint.toml:5:9: target `container` does not exist in kind `cce-release-update` (invalid-policy)",
        ),
        (
            format!("{head}level = \"fatal\"\nschema = {{}}\n"),
            "",
            "deploylint.toml:5:9: unknown variant `fatal`, expected one of `error`, `warning`, `info` (config-error)",
        ),
    ];
    for (config, schema, want) in cases {
        std::fs::write(d.join("deploylint.toml"), &config).expect("config");
        let file = d.join("policies/registry.schema.json");
        if schema.is_empty() {
            std::fs::remove_file(&file).ok();
        } else {
            std::fs::write(&file, schema).expect("schema");
        }
        let err = stderr(bin().current_dir(&d).args(["check", "x.json"]), 2);
        let want = match want.strip_prefix("deploylint.toml:") {
            Some(rest) => format!("deploylint: error: {}:{rest}", d.join("deploylint.toml").display()),
            None => format!("deploylint: error: {}/{want}", d.display()),
        };
        assert_eq!(err.trim_end(), want, "{config}");
    }
    std::fs::write(
        d.join("deploylint.toml"),
        "[[policies]]\nid = \"acme-registry\"\ntarget = \"containers\"\nmessage = \"m\"\nschema = {}\n",
    )
    .expect("config");
    let err = stderr(bin().current_dir(&d).args(["check", "--lang", "zh", "x.json"]), 2);
    assert!(
        err.contains(":3:10: 未知的策略目标 `containers`;是否想写 `container`?(目标有 `body`、"),
        "{err}"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn the_starter_config_s_policy_compiles_and_applies() {
    let starter = deploylint::__private::config::STARTER;
    let block = &starter[starter.find("# [[policies]]").expect("a policy in the starter")..];
    let text: String = block
        .lines()
        .filter(|l| !l.starts_with("# #"))
        .map(|l| {
            format!(
                "{}\n",
                l.trim_start_matches("# ").split("  #").next().unwrap_or_default()
            )
        })
        .collect();
    let cfg = deploylint::__private::config::Config::parse(&text, std::path::PathBuf::from("/repo")).expect("compiles");
    assert_eq!(cfg.policies.len(), 1);
    let opts = cfg.apply(Options::new(), std::path::Path::new("/repo/deploy/bridge.json"));
    let ds = found(&example("ief-v3-update.json"), &opts);
    assert_eq!(
        brief(&ds),
        [(
            "acme-registry",
            "/deployment/template/containers/0/image_url",
            16,
            24,
            "images come from the acme organisation of SWR",
            &*format!("\"swr.cn-north-4.myhuaweicloud.com/edge-platform/mqtt-bridge:3.1.2\" does not match the pattern {PATTERN}")
        )]
    );
    // Outside `files`, the policy does not apply.
    let opts = cfg.apply(Options::new(), std::path::Path::new("/repo/other/bridge.json"));
    assert!(found(&example("ief-v3-update.json"), &opts).is_empty());
}
