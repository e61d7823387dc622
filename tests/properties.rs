//! Property tests (proptest) over generated request bodies of all five kinds.
//!
//! - **Valid bodies lint clean.** Each generator builds a body within every
//!   constraint of its kind's page: names matching their patterns and
//!   lengths, ports from 1 to 65535, enum values from their lists,
//!   quantities within their bounds, and the cross-field rules (one source
//!   per env var, one handler per probe, `host_port` or `host_port_range`
//!   with min below max, requests within limits, `dns_policy` matching
//!   `host_network`, read-only configMap/secret volumes, distinct container
//!   and env names, a target node). Such a body has no error and no warning
//!   as JSON, as the same JSON read as YAML (flow style), and as block YAML
//!   with plain scalars written by the small emitter below.
//! - **One planted violation, exactly one finding.** The same body with one
//!   violation planted (a container name with `_`, a port 0, an unknown key,
//!   a value of the wrong type, a mandatory field removed, an enum value
//!   with a typo) gets exactly that finding: the code and JSON Pointer the
//!   fixtures under tests/fixtures/rules show for the same violation, in
//!   JSON and in block YAML; every fix offered for it, applied alone,
//!   leaves a text that parses and no longer has the finding.
//! - **Any input.** Linting never panics on arbitrary bytes, arbitrary
//!   strings, JSON/YAML token soup or byte-edited valid bodies; it returns a
//!   report, every diagnostic is located inside the input, and the same
//!   input twice gives identical reports.
//!
//! Each property runs 64 cases from a fixed random start, so the suite stays fast
//! (a few seconds) and a run is reproducible; set `PROPTEST_CASES` and
//! `PROPTEST_RNG_SEED` to explore further.

mod common;
use common::*;
use deploylint::{lint, lint_bytes, InputFormat, Kind, Report, Severity};
use proptest::collection::{btree_map, btree_set, vec};
use proptest::option::{of as maybe, weighted};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{RngSeed, TestCaseError};
use serde_json::{json, Map, Value};

/// 64 cases from a fixed random start unless the environment says otherwise.
fn config() -> ProptestConfig {
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = 64;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        c.rng_seed = RngSeed::Fixed(0x6465_706c_6f79);
    }
    // A failure prints its shrunk input; nothing is written into the source tree.
    c.failure_persistence = None;
    c
}

type S<T> = BoxedStrategy<T>;

// ---------------------------------------------------------------- strings
// Each within its field's pattern and length.

/// Deployment and container names: lowercase letters, digits and `-`, at most 32.
const LOWER32: &str = "[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?";
/// The same, exactly 32 long.
const LOWER32_FULL: &str = "[a-z0-9][a-z0-9-]{30}[a-z0-9]";
/// v2 deployment and app names: the same characters, at most 64.
const LOWER64: &str = "[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?";
const LOWER64_FULL: &str = "[a-z0-9][a-z0-9-]{62}[a-z0-9]";
/// Env names: letters, digits and `_`, not starting with a digit.
const ENV_NAME: &str = "[A-Za-z_][A-Za-z0-9_]{0,30}";
/// Volume names: lowercase letters and digits, at most 63.
const VOLUME_NAME: &str = "[a-z0-9]{1,63}";
/// v2 app versions.
const VERSION_V2: &str = "[a-z0-9][a-z0-9.-]{0,63}";
/// Tag keys and values.
const TAG: &str = "[A-Za-z0-9_-]{1,40}";
/// Descriptions: no `^ ~ # $ % & * < > ( ) [ ] { } ' " \`; Chinese counts by character.
const DESCRIPTION: &str = "[A-Za-z0-9 ,.:;!?@+=/_部署边缘应用-]{0,100}";
const DESCRIPTION_FULL: &str = "[A-Za-z0-9 ,.:;!?@+=/_部署边缘应用-]{255}";
const IMAGE: &str = "[a-z0-9][a-z0-9.-]{0,15}(/[a-z0-9_-]{1,12}){0,2}(:[a-z0-9.]{1,8})?";
/// Absolute paths of the characters a hostPath source allows.
const ABS_PATH: &str = "(/[A-Za-z0-9._-]{1,12}){1,4}";
const HTTP_PATH: &str = "/[A-Za-z0-9/._?=&-]{0,30}";
/// Secret and ConfigMap names and keys, chart IDs: not empty.
const REF: &str = "[a-z0-9][a-z0-9.-]{0,20}";
const WORD: &str = "[A-Za-z0-9._-]{0,20}";
/// Label keys, with the `/` and `~` that JSON Pointers escape.
const LABEL_KEY: &str = "[a-z][a-z0-9./~-]{0,15}";
/// Free text: printable ASCII (quotes, backslashes, `#`, `: `) and a few non-ASCII characters.
const TEXT: &str = "[ -~é部署]{0,40}";
const COMMAND: &str = "[ -~]{1,40}";
const NODE_ID: &str = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/// A string of `short`, or now and then one of the longest allowed, `full`.
fn up_to(short: &'static str, full: &'static str) -> S<String> {
    prop_oneof![4 => short, 1 => full].boxed()
}

fn name32() -> S<String> {
    up_to(LOWER32, LOWER32_FULL)
}

fn name64() -> S<String> {
    up_to(LOWER64, LOWER64_FULL)
}

fn description() -> S<String> {
    up_to(DESCRIPTION, DESCRIPTION_FULL)
}

// ---------------------------------------------------------------- JSON helpers

/// An object of the fields that are `Some`, in order.
fn obj<const N: usize>(fields: [(&str, Option<Value>); N]) -> Value {
    Value::Object(
        fields
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
            .collect(),
    )
}

fn s(x: impl Into<String>) -> Value {
    Value::String(x.into())
}

fn strings(v: Vec<String>) -> Value {
    Value::Array(v.into_iter().map(Value::String).collect())
}

fn bools() -> S<Option<Value>> {
    maybe(any::<bool>().prop_map(Value::Bool)).boxed()
}

/// A number from `lo` to `hi`, either bound itself two times in five (a
/// plain range would almost never draw them).
fn edge<T>(lo: T, hi: T) -> S<T>
where
    T: Copy + std::fmt::Debug + 'static,
    std::ops::RangeInclusive<T>: Strategy<Value = T>,
{
    prop_oneof![1 => Just(lo), 1 => Just(hi), 3 => lo..=hi].boxed()
}

// ---------------------------------------------------------------- shared objects

/// An env var: its one source (value, value_from with one reference, or field_path).
fn env_source() -> S<(&'static str, Value)> {
    prop_oneof![
        TEXT.prop_map(|v| ("value", s(v))),
        (any::<bool>(), REF, REF).prop_map(|(secret, name, key)| {
            let which = if secret { "secret" } else { "configmap" };
            ("value_from", obj([(which, Some(json!({"name": name, "key": key})))]))
        }),
        Just(("field_path", s("status.hostIP"))),
    ]
    .boxed()
}

/// Env vars with distinct names.
fn envs() -> S<Value> {
    btree_map(ENV_NAME, env_source(), 0..4)
        .prop_map(|m| {
            Value::Array(
                m.into_iter()
                    .map(|(name, (k, v))| {
                        let mut o = Map::new();
                        o.insert("name".into(), s(name));
                        o.insert(k.into(), v);
                        Value::Object(o)
                    })
                    .collect(),
            )
        })
        .boxed()
}

fn http_get() -> S<Value> {
    (
        HTTP_PATH,
        edge(1u32, 65535),
        maybe(WORD),
        maybe(select(vec!["HTTP", "HTTPS"])),
    )
        .prop_map(|(path, port, host, scheme)| {
            obj([
                ("path", Some(s(path))),
                ("port", Some(json!(port))),
                ("host", host.map(s)),
                ("scheme", scheme.map(s)),
            ])
        })
        .boxed()
}

/// A probe with exactly one handler: `exec_command` (v2) or `exec` (v3), or `http_get`.
fn probe(v2: bool) -> S<Value> {
    let handler = prop_oneof![
        COMMAND.prop_map(move |c| if v2 {
            ("exec_command", s(c))
        } else {
            ("exec", json!({ "command": c }))
        }),
        http_get().prop_map(|h| ("http_get", h)),
    ];
    (handler, maybe(edge(1u32, 3600)), maybe(edge(1u32, 3600)))
        .prop_map(|((k, h), delay, timeout)| {
            obj([
                (k, Some(h)),
                ("initial_delay_seconds", delay.map(Value::from)),
                ("timeout_seconds", timeout.map(Value::from)),
            ])
        })
        .boxed()
}

/// A v3 port mapping: a host port, a host port range (min below max), or neither.
fn port_v3() -> S<Value> {
    let host = prop_oneof![
        Just(None),
        edge(1u32, 65535).prop_map(|p| Some(("host_port", json!(p)))),
        edge(1u32, 65534)
            .prop_flat_map(|lo| (Just(lo), edge(lo + 1, 65535)))
            .prop_map(|(lo, hi)| Some(("host_port_range", json!({"min_port": lo, "max_port": hi})))),
    ];
    (edge(1u32, 65535), host, maybe(WORD))
        .prop_map(|(port, host, ip)| {
            let mut o = obj([("container_port", Some(json!(port))), ("host_ip", ip.map(s))]);
            if let (Some((k, v)), Value::Object(m)) = (host, &mut o) {
                m.insert(k.into(), v);
            }
            o
        })
        .boxed()
}

/// A v2 port mapping: every field optional.
fn port_v2() -> S<Value> {
    (maybe(edge(1u32, 65535)), maybe(edge(1u32, 65535)), maybe(WORD))
        .prop_map(|(c, h, ip)| {
            obj([
                ("container_port", c.map(Value::from)),
                ("host_port", h.map(Value::from)),
                ("host_ip", ip.map(s)),
            ])
        })
        .boxed()
}

/// A volume whose source fits its type; configMap and secret volumes are
/// read-only; `default_mode` (0–511) only where it applies and is documented
/// (configMap and secret volumes of a v3 create body); `read_only` always
/// given in v3, where its mandatory flag is disputed.
fn volume(kind: Kind) -> S<Value> {
    let typed = prop_oneof![
        (ABS_PATH, any::<bool>()).prop_map(|(src, ro)| ("hostPath", src, ro, None)),
        (select(vec!["disk", "memory"]), any::<bool>()).prop_map(|(src, ro)| ("emptyDir", src.to_string(), ro, None)),
        (select(vec!["configMap", "secret"]), REF, maybe(edge(0u32, 511)))
            .prop_map(|(ty, src, mode)| (ty, src, true, mode)),
    ];
    let always_read_only = !kind.is_v2();
    let mode_ok = kind == Kind::IefV3Create;
    (VOLUME_NAME, typed, ABS_PATH, any::<bool>())
        .prop_map(move |(name, (ty, src, ro, mode), dest, give_ro)| {
            obj([
                ("name", Some(s(name))),
                ("type", Some(s(ty))),
                ("source", Some(s(src))),
                ("destination", Some(s(dest))),
                ("read_only", (always_read_only || give_ro).then_some(Value::Bool(ro))),
                ("default_mode", mode.filter(|_| mode_ok).map(Value::from)),
            ])
        })
        .boxed()
}

// ---------------------------------------------------------------- resources

/// A resource quantity: key, least limit, least request, most, and the step,
/// all in hundredths (a step of 100 for whole numbers).
struct Qty(&'static str, u64, u64, u64, u64);
const CPU: Qty = Qty("cpu", 1, 1, 100_000, 1);
const MEMORY: Qty = Qty("memory", 400, 1, 102_400_000, 1);
const GPU: Qty = Qty("gpu", 1, 1, 102_400_000, 1);
const NPU: Qty = Qty("npu", 100, 100, 100_000, 100);
const D310: Qty = Qty("D310", 100, 100, 100_000, 100);
const D310B: Qty = Qty("D310B", 100, 100, 100_000, 100);

/// A limit, a request, both (the request not above the limit) or neither, in hundredths.
fn qty_pair(q: &Qty) -> S<(Option<u64>, Option<u64>)> {
    let Qty(_, lim, req, most, step) = *q;
    let (lim, req, most) = (lim / step, req / step, most / step);
    prop_oneof![
        Just((None, None)),
        edge(lim, most).prop_map(move |l| (Some(l * step), None)),
        edge(req, most).prop_map(move |r| (None, Some(r * step))),
        edge(lim, most)
            .prop_flat_map(move |l| (Just(l), edge(req, l)))
            .prop_map(move |(l, r)| (Some(l * step), Some(r * step))),
    ]
    .boxed()
}

/// A quantity of `h` hundredths: a decimal string (v3) or a JSON number (v2).
fn qty_value(h: u64, as_string: bool) -> Value {
    let (int, frac) = (h / 100, h % 100);
    match (as_string, frac) {
        (true, 0) => s(int.to_string()),
        (true, _) => s(format!("{int}.{frac:02}")),
        (false, 0) => json!(int),
        (false, _) => json!(h as f64 / 100.0),
    }
}

fn resources(kind: Kind) -> S<Value> {
    let qs: &'static [Qty] = match kind {
        Kind::IefV3Create => &[CPU, MEMORY, GPU, NPU, D310, D310B],
        _ => &[CPU, MEMORY, GPU, NPU],
    };
    let as_string = !kind.is_v2();
    qs.iter()
        .map(qty_pair)
        .collect::<Vec<_>>()
        .prop_map(move |pairs| {
            let (mut limits, mut requests) = (Map::new(), Map::new());
            for (q, (l, r)) in qs.iter().zip(pairs) {
                if let Some(l) = l {
                    limits.insert(q.0.into(), qty_value(l, as_string));
                }
                if let Some(r) = r {
                    requests.insert(q.0.into(), qty_value(r, as_string));
                }
            }
            let some = |m: Map<String, Value>| (!m.is_empty()).then_some(Value::Object(m));
            obj([("limits", some(limits)), ("requests", some(requests))])
        })
        .boxed()
}

// ---------------------------------------------------------------- IEF v3

/// A v3 container without its name (names are drawn together, distinct).
fn container_v3(kind: Kind) -> S<Map<String, Value>> {
    let create = kind == Kind::IefV3Create;
    let npu = if create {
        vec!["D310", "D310B", ""]
    } else {
        vec!["D310", ""]
    };
    let a = (
        IMAGE,
        maybe(vec(TEXT, 0..3)),
        maybe(vec(TEXT, 0..3)),
        maybe(resources(kind)),
        maybe(envs()),
        maybe(vec(port_v3(), 0..3)),
    );
    let b = (
        bools(),
        maybe(edge(0u32, 65534)),
        maybe(probe(false)),
        maybe(probe(false)),
        maybe(TEXT),
        maybe(vec(volume(kind), 0..3)),
        maybe(select(npu)),
    );
    (a, b)
        .prop_map(
            move |(
                (image, args, command, res, envs, ports),
                (privileged, user, ready, live, version, volumes, npu),
            )| {
                let Value::Object(m) = obj([
                    ("image_url", Some(s(image))),
                    ("args", args.map(strings)),
                    ("command", command.map(strings)),
                    ("resources", res),
                    ("envs", envs),
                    ("ports", ports.map(Value::from)),
                    ("privileged", privileged),
                    // Not on the v3 update page: a disputed-field warning there.
                    ("run_as_user", user.filter(|_| create).map(Value::from)),
                    ("readiness_probe", ready),
                    ("liveness_probe", live),
                    ("version", version.map(s)),
                    ("volumes", volumes.map(Value::from)),
                    ("npu_type", npu.map(s)),
                ]) else {
                    unreachable!("obj builds an object")
                };
                m
            },
        )
        .boxed()
}

/// `configs`: `dns_policy` (v3 create only) fits `host_network`.
fn configs_v3(kind: Kind) -> S<Value> {
    (
        any::<bool>(),
        bools(),
        bools(),
        select(vec!["Always", "OnFailure", "Never"]),
        maybe(any::<bool>()),
    )
        .prop_map(move |(host_network, pid, migration, restart, dns)| {
            let dns = dns
                .filter(|_| kind == Kind::IefV3Create)
                .map(|default| dns_policy(host_network, default));
            obj([
                ("host_network", Some(Value::Bool(host_network))),
                ("host_pid", pid),
                ("migration", migration),
                ("restart_policy", Some(s(restart))),
                ("dns_policy", dns.map(s)),
            ])
        })
        .boxed()
}

/// A DNS policy allowed with `host_network`.
fn dns_policy(host_network: bool, default: bool) -> &'static str {
    match (default, host_network) {
        (true, _) => "Default",
        (false, true) => "ClusterFirstWithHostNet",
        (false, false) => "ClusterFirst",
    }
}

/// A MatchExpression whose values fit its operator.
fn match_expression() -> S<Value> {
    let op_values = prop_oneof![
        (select(vec!["In", "NotIn"]), vec(WORD, 1..3)).prop_map(|(op, v)| (op, Some(strings(v)))),
        (select(vec!["Exists", "DoesNotExist"]), any::<bool>()).prop_map(|(op, empty)| (op, empty.then(|| json!([])))),
        (select(vec!["Gt", "Lt"]), any::<i32>()).prop_map(|(op, n)| (op, Some(json!([n.to_string()])))),
    ];
    (maybe(WORD), op_values)
        .prop_map(|(key, (op, values))| obj([("key", key.map(s)), ("operator", Some(s(op))), ("values", values)]))
        .boxed()
}

fn node_term() -> S<Value> {
    maybe(vec(match_expression(), 0..3))
        .prop_map(|m| obj([("matchExpressions", m.map(Value::from))]))
        .boxed()
}

fn pod_term() -> S<Value> {
    (
        maybe(vec(match_expression(), 0..2)),
        maybe(btree_map(LABEL_KEY, WORD, 0..3)),
        maybe(vec(WORD, 0..2)),
        maybe(WORD),
    )
        .prop_map(|(exprs, labels, namespaces, topology)| {
            let selector = (exprs.is_some() || labels.is_some()).then(|| {
                obj([
                    ("matchExpressions", exprs.map(Value::from)),
                    (
                        "matchLabels",
                        labels.map(|m| m.into_iter().map(|(k, v)| (k, s(v))).collect()),
                    ),
                ])
            });
            obj([
                ("labelSelector", selector),
                ("namespaces", namespaces.map(strings)),
                ("topologyKey", topology.map(s)),
            ])
        })
        .boxed()
}

fn weighted_terms(term: S<Value>, name: &'static str) -> S<Value> {
    vec((edge(1u32, 100), term), 0..2)
        .prop_map(move |v| {
            Value::Array(
                v.into_iter()
                    .map(|(w, t)| obj([("weight", Some(json!(w))), (name, Some(t))]))
                    .collect(),
            )
        })
        .boxed()
}

fn affinity() -> S<Value> {
    const REQUIRED: &str = "requiredDuringSchedulingIgnoredDuringExecution";
    const PREFERRED: &str = "preferredDuringSchedulingIgnoredDuringExecution";
    let node = (
        maybe(vec(node_term(), 0..2)),
        maybe(weighted_terms(node_term(), "preference")),
    )
        .prop_map(|(required, preferred)| {
            obj([
                (REQUIRED, required.map(|t| json!({ "nodeSelectorTerms": t }))),
                (PREFERRED, preferred),
            ])
        });
    let pod = || {
        (
            maybe(weighted_terms(pod_term(), "podAffinityTerm")),
            maybe(vec(pod_term(), 0..2)),
        )
            .prop_map(|(preferred, required)| obj([(PREFERRED, preferred), (REQUIRED, required.map(Value::from))]))
    };
    (maybe(node), maybe(pod()), maybe(pod()))
        .prop_map(|(node, pod, anti)| obj([("nodeAffinity", node), ("podAffinity", pod), ("podAntiAffinity", anti)]))
        .boxed()
}

/// A template: configs, optional affinity, 1–4 containers with distinct
/// names, some of them (never all) init containers.
fn template_v3(kind: Kind) -> S<Value> {
    (
        configs_v3(kind),
        maybe(affinity()),
        btree_set(name32(), 1..=4),
        vec(container_v3(kind), 4),
        any::<Index>(),
    )
        .prop_map(|(configs, affinity, names, containers, split)| {
            let init = split.index(names.len());
            let mut all: Vec<Value> = names
                .into_iter()
                .zip(containers)
                .map(|(name, mut c)| {
                    c.insert("name".into(), s(name));
                    Value::Object(c)
                })
                .collect();
            let containers = all.split_off(init);
            obj([
                ("configs", Some(configs)),
                ("affinity", affinity),
                ("init_containers", (!all.is_empty()).then_some(Value::Array(all))),
                ("containers", Some(Value::Array(containers))),
            ])
        })
        .boxed()
}

fn v3_create() -> S<Value> {
    (
        name32(),
        maybe(description()),
        maybe(select(vec!["iem", "userdefined", ""])),
        NODE_ID,
        maybe(vec((maybe(TAG), maybe(TAG)), 0..3)),
        edge(1u32, 99),
        template_v3(Kind::IefV3Create),
        maybe((any::<bool>(), maybe(WORD))),
    )
        .prop_map(
            |(name, description, source, node, tags, replicas, template, annotations)| {
                let tags = tags.map(|t| {
                    Value::Array(
                        t.into_iter()
                            .map(|(k, v)| obj([("key", k.map(s)), ("value", v.map(s))]))
                            .collect(),
                    )
                });
                let annotations = annotations.map(|(ring, selector)| {
                    obj([
                        ("ring_controller", ring.then(|| s("ascend-1980"))),
                        ("autonomy_edge_selector", selector.map(s)),
                    ])
                });
                obj([
                    ("name", Some(s(name))),
                    ("description", description.map(s)),
                    ("source", source.map(s)),
                    ("node_ids", Some(json!([node]))),
                    ("tags", tags),
                    (
                        "deployment",
                        Some(obj([
                            ("replicas", Some(json!(replicas))),
                            ("template", Some(template)),
                            ("annotations", annotations),
                        ])),
                    ),
                ])
            },
        )
        .boxed()
}

fn v3_update() -> S<Value> {
    (maybe(description()), weighted(0.9, template_v3(Kind::IefV3Update)))
        .prop_map(|(description, template)| {
            obj([
                ("deployment", template.map(|t| json!({"replicas": 1, "template": t}))),
                ("description", description.map(s)),
            ])
        })
        .boxed()
}

// ---------------------------------------------------------------- IEF v2

/// v2 `configs`: `dns_policy` only with `host_network` it fits, or `Default` alone.
fn configs_v2() -> S<Value> {
    (
        bools(),
        maybe(edge(0u32, 65534)),
        maybe(any::<bool>()),
        maybe(select(vec!["Always", "Onfailure", "Never"])),
        maybe(vec(port_v2(), 0..3)),
        bools(),
        maybe(any::<bool>()),
    )
        .prop_map(|(privileged, user, host_network, restart, ports, pid, dns)| {
            let dns = dns.map(|default| match host_network {
                Some(h) => dns_policy(h, default),
                None => "Default",
            });
            obj([
                ("privileged", privileged),
                ("run_as_user", user.map(Value::from)),
                ("host_network", host_network.map(Value::Bool)),
                ("restart_policy", restart.map(s)),
                ("ports", ports.map(Value::from)),
                ("host_pid", pid),
                ("dns_policy", dns.map(s)),
            ])
        })
        .boxed()
}

/// The fields v2 `app` (create) and `appPut` (update) share.
#[allow(clippy::type_complexity)]
fn app_common(kind: Kind) -> S<[(&'static str, Option<Value>); 9]> {
    (
        (
            maybe(envs()),
            maybe(vec(volume(kind), 0..3)),
            maybe(resources(kind)),
            maybe(configs_v2()),
        ),
        (
            maybe(probe(true)),
            maybe(probe(true)),
            maybe(vec(TEXT, 0..3)),
            bools(),
            maybe(vec(TEXT, 0..3)),
        ),
    )
        .prop_map(
            |((envs, volumes, res, configs), (live, ready, command, migration, args))| {
                [
                    ("envs", envs),
                    ("volumes", volumes.map(Value::from)),
                    ("resources", res),
                    ("configs", configs),
                    ("liveness_probe", live),
                    ("readiness_probe", ready),
                    ("command", command.map(strings)),
                    ("migration", migration),
                    ("args", args.map(strings)),
                ]
            },
        )
        .boxed()
}

fn merge<const N: usize>(mut o: Value, fields: [(&str, Option<Value>); N]) -> Value {
    if let (Value::Object(m), Value::Object(more)) = (&mut o, obj(fields)) {
        m.extend(more);
    }
    o
}

fn v2_create() -> S<Value> {
    (
        name64(),
        maybe(description()),
        NODE_ID,
        maybe(WORD),
        name64(),
        maybe(VERSION_V2),
        IMAGE,
        app_common(Kind::IefV2Create),
    )
        .prop_map(
            |(name, description, node, visibility, app_name, version, image, common)| {
                let app = obj([
                    ("name", Some(s(app_name))),
                    ("version", version.map(s)),
                    ("image_url", Some(s(image))),
                ]);
                obj([(
                    "deployment",
                    Some(obj([
                        ("name", Some(s(name))),
                        ("description", description.map(s)),
                        ("node_ids", Some(json!([node]))),
                        ("app", Some(merge(app, common))),
                        ("visibility", visibility.map(s)),
                    ])),
                )])
            },
        )
        .boxed()
}

fn v2_update() -> S<Value> {
    (
        maybe(description()),
        weighted(0.9, (maybe(IMAGE), maybe(any::<i32>()), app_common(Kind::IefV2Update))),
    )
        .prop_map(|(description, deployment)| {
            let deployment = deployment.map(|(image, toleration, common)| {
                let app = obj([
                    ("image_url", image.map(s)),
                    ("toleration_seconds", toleration.map(Value::from)),
                ]);
                merge(app, common)
            });
            obj([("description", description.map(s)), ("deployment", deployment)])
        })
        .boxed()
}

// ---------------------------------------------------------------- CCE

/// Any JSON value, a few levels deep (chart values are open).
fn any_json() -> S<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1.0e6f64..1.0e6).prop_map(Value::from),
        TEXT.prop_map(s),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            btree_map(TEXT, inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

fn cce() -> S<Value> {
    let params = (bools(), maybe(WORD), bools(), bools(), bools(), bools(), bools());
    (
        REF,
        any::<bool>(),
        params,
        edge(1i32, i32::MAX),
        maybe(any::<i32>()),
        (
            maybe(WORD),
            maybe(WORD),
            btree_map(
                TEXT.prop_filter("a typed key", |k| k != "imagePullPolicy" && k != "imageTag"),
                any_json(),
                0..4,
            ),
        ),
    )
        .prop_map(
            |(
                chart,
                rollback,
                (dry_run, template, hooks, replace, recreate, reset, include),
                back_to,
                version,
                values,
            )| {
                // A rollback needs the version to go back to.
                let version = if rollback { Some(back_to) } else { version };
                let (pull, tag, more) = values;
                let Value::Object(mut values) = obj([("imagePullPolicy", pull.map(s)), ("imageTag", tag.map(s))])
                else {
                    unreachable!("obj builds an object")
                };
                values.extend(more);
                obj([
                    ("chart_id", Some(s(chart))),
                    ("action", Some(s(if rollback { "rollback" } else { "upgrade" }))),
                    (
                        "parameters",
                        Some(obj([
                            ("dry_run", dry_run),
                            ("name_template", template.map(s)),
                            ("no_hooks", hooks),
                            ("replace", replace),
                            ("recreate", recreate),
                            ("reset_values", reset),
                            ("release_version", version.map(Value::from)),
                            ("include_hooks", include),
                        ])),
                    ),
                    ("values", Some(Value::Object(values))),
                ])
            },
        )
        .boxed()
}

/// A valid body of `kind`.
fn body(kind: Kind) -> S<Value> {
    match kind {
        Kind::IefV2Create => v2_create(),
        Kind::IefV2Update => v2_update(),
        Kind::IefV3Create => v3_create(),
        Kind::IefV3Update => v3_update(),
        Kind::CceReleaseUpdate => cce(),
    }
}

/// A kind and a valid body of it.
fn any_body() -> S<(Kind, Value)> {
    select(Kind::ALL.to_vec()).prop_flat_map(|k| (Just(k), body(k))).boxed()
}

// ---------------------------------------------------------------- block YAML

/// Whether `s` can be written as a plain YAML scalar and still read as this
/// string under YAML 1.2's core schema.
fn plain_ok(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "_./:-".contains(c))
        && !s.ends_with(':')
        && ![
            "true", "false", "null", "True", "False", "Null", "TRUE", "FALSE", "NULL",
        ]
        .contains(&s)
}

/// A double-quoted YAML scalar; characters YAML does not allow raw are escaped.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push('\t'),
            c if c == '\u{85}' || (' '..='~').contains(&c) => out.push(c),
            c if ('\u{a0}'..='\u{d7ff}').contains(&c) || ('\u{e000}'..='\u{fffd}').contains(&c) && c != '\u{feff}' => {
                out.push(c)
            }
            c if c >= '\u{10000}' => out.push(c),
            c => out.push_str(&format!("\\u{:04x}", c as u32)),
        }
    }
    out.push('"');
    out
}

fn scalar(v: &Value) -> Option<String> {
    Some(match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(x) if plain_ok(x) => x.clone(),
        Value::String(x) => quoted(x),
        Value::Array(a) if a.is_empty() => "[]".into(),
        Value::Object(o) if o.is_empty() => "{}".into(),
        _ => return None,
    })
}

fn newline(out: &mut String, indent: usize) {
    out.push('\n');
    out.push_str(&" ".repeat(indent));
}

/// The entries of `o`: the first at the cursor, the rest on new lines at `indent`.
fn block_map(out: &mut String, o: &Map<String, Value>, indent: usize) {
    for (i, (k, v)) in o.iter().enumerate() {
        if i > 0 {
            newline(out, indent);
        }
        out.push_str(&if plain_ok(k) { k.clone() } else { quoted(k) });
        out.push(':');
        match scalar(v) {
            Some(x) => {
                out.push(' ');
                out.push_str(&x);
            }
            None => {
                newline(out, indent + 2);
                block(out, v, indent + 2);
            }
        }
    }
}

/// The items of `a`: the first at the cursor, the rest on new lines at `indent`.
fn block_seq(out: &mut String, a: &[Value], indent: usize) {
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            newline(out, indent);
        }
        out.push_str("- ");
        match scalar(v) {
            Some(x) => out.push_str(&x),
            None => block(out, v, indent + 2),
        }
    }
}

fn block(out: &mut String, v: &Value, indent: usize) {
    match v {
        Value::Object(o) => block_map(out, o, indent),
        Value::Array(a) => block_seq(out, a, indent),
        _ => out.push_str(&scalar(v).unwrap_or_default()),
    }
}

/// `v` as block YAML with plain scalars where they read back as the same value.
fn yaml_block(v: &Value) -> String {
    let mut out = String::new();
    match scalar(v) {
        Some(x) => out.push_str(&x),
        None => block(&mut out, v, 0),
    }
    out.push('\n');
    out
}

// ---------------------------------------------------------------- checks

/// Each finding as (severity, code, pointer).
fn findings(r: &Report) -> Vec<(Severity, &'static str, String)> {
    r.diagnostics
        .iter()
        .map(|d| (d.severity, d.code, d.pointer.clone()))
        .collect()
}

/// `body` as JSON (pretty or compact), the same JSON read as YAML, and block YAML.
fn texts(body: &Value, pretty: bool) -> [(String, InputFormat); 3] {
    let json = if pretty {
        serde_json::to_string_pretty(body)
    } else {
        serde_json::to_string(body)
    }
    .expect("serialisable");
    [
        (json.clone(), InputFormat::Json),
        (json, InputFormat::Yaml),
        (yaml_block(body), InputFormat::Yaml),
    ]
}

fn check_clean(kind: Kind, body: &Value, pretty: bool) -> Result<(), TestCaseError> {
    for (text, format) in texts(body, pretty) {
        let o = opts_in(Some(kind), format);
        let r = lint(&text, &o).remove(0);
        prop_assert_eq!(r.kind, Some(kind));
        prop_assert!(
            r.errors() == 0 && r.warnings() == 0,
            "{:?} as {:?}:\n{}\n{:#?}",
            kind,
            format,
            text,
            findings(&r)
        );
        prop_assert_eq!(lint(&text, &o).remove(0), r, "not deterministic");
    }
    Ok(())
}

// ---------------------------------------------------------------- planting

/// A violation to plant.
#[derive(Clone, Copy, Debug)]
enum Plant {
    NameUnderscore,
    PortZero,
    UnknownKey,
    WrongType,
    MissingField,
    EnumTypo,
}
const PLANTS: [Plant; 6] = [
    Plant::NameUnderscore,
    Plant::PortZero,
    Plant::UnknownKey,
    Plant::WrongType,
    Plant::MissingField,
    Plant::EnumTypo,
];

/// JSON Pointer patterns (`*` one segment, `**` any number) with the code a
/// violation there gets.
type Places = Vec<(String, &'static str)>;

/// The objects of a kind that hold container fields.
fn containers(kind: Kind) -> Vec<&'static str> {
    match kind {
        Kind::IefV3Create | Kind::IefV3Update => {
            vec![
                "/deployment/template/containers/*",
                "/deployment/template/init_containers/*",
            ]
        }
        Kind::IefV2Create => vec!["/deployment/app"],
        Kind::IefV2Update => vec!["/deployment"],
        Kind::CceReleaseUpdate => vec![],
    }
}

/// `(pattern, code)` for each container in `kind`, `suffix` appended.
fn in_containers(kind: Kind, suffixes: &[(&str, &'static str)]) -> Places {
    containers(kind)
        .into_iter()
        .flat_map(|c| suffixes.iter().map(move |(s, code)| (format!("{c}{s}"), *code)))
        .collect()
}

/// Where a name with `_` is wrong, and the code it gets.
fn name_places(kind: Kind) -> Places {
    match kind {
        Kind::IefV3Create => {
            let mut v = in_containers(kind, &[("/name", "container-name")]);
            v.push(("/name".into(), "deployment-name"));
            v
        }
        Kind::IefV3Update => in_containers(kind, &[("/name", "container-name")]),
        Kind::IefV2Create => vec![
            ("/deployment/name".into(), "deployment-name"),
            ("/deployment/app/name".into(), "deployment-name"),
        ],
        _ => vec![],
    }
}

/// Ports that 0 makes wrong (not `max_port`, which would also break the range order).
fn port_places(kind: Kind) -> Places {
    let ports = if kind.is_v2() { "/configs/ports/*" } else { "/ports/*" };
    let mut v = in_containers(
        kind,
        &[
            ("/liveness_probe/http_get/port", "port-number"),
            ("/readiness_probe/http_get/port", "port-number"),
        ],
    );
    for field in ["container_port", "host_port", "host_port_range/min_port"] {
        v.extend(in_containers(kind, &[(&format!("{ports}/{field}"), "port-number")]));
    }
    v
}

/// Closed objects that take no unknown key.
fn object_places(kind: Kind) -> Places {
    let mut v: Places = vec![(String::new(), "unknown-field")];
    if kind == Kind::CceReleaseUpdate {
        v.push(("/parameters".into(), "unknown-field"));
        return v;
    }
    v.push(("/deployment".into(), "unknown-field"));
    let configs_ports = if kind.is_v2() { "/configs/ports/*" } else { "/ports/*" };
    v.extend(in_containers(
        kind,
        &[
            ("", "unknown-field"),
            ("/configs", "unknown-field"),
            ("/envs/*", "unknown-field"),
            ("/envs/*/value_from", "unknown-field"),
            ("/volumes/*", "unknown-field"),
            (configs_ports, "unknown-field"),
            ("/resources", "unknown-field"),
            ("/resources/limits", "unknown-field"),
            ("/resources/requests", "unknown-field"),
            ("/liveness_probe", "unknown-field"),
            ("/readiness_probe/http_get", "unknown-field"),
        ],
    ));
    if !kind.is_v2() {
        for p in [
            "/deployment/template",
            "/deployment/template/configs",
            "/deployment/template/affinity",
            "/deployment/template/affinity/**/matchExpressions/*",
            "/tags/*",
            "/deployment/annotations",
        ] {
            v.push((p.into(), "unknown-field"));
        }
    }
    v
}

/// Mandatory fields, removable one at a time.
fn required_places(kind: Kind) -> Places {
    let mut v: Places = match kind {
        Kind::IefV3Create => vec!["/name", "/deployment", "/deployment/replicas"],
        Kind::IefV3Update => vec![],
        Kind::IefV2Create => vec![
            "/deployment",
            "/deployment/name",
            "/deployment/app",
            "/deployment/app/name",
        ],
        Kind::IefV2Update => vec![],
        Kind::CceReleaseUpdate => vec!["/chart_id", "/values"],
    }
    .into_iter()
    .map(|p| (p.to_string(), "missing-field"))
    .collect();
    if !kind.is_v2() && kind != Kind::CceReleaseUpdate {
        for p in [
            "/deployment/template",
            "/deployment/template/configs",
            "/deployment/template/configs/restart_policy",
            "/deployment/template/containers",
        ] {
            v.push((p.into(), "missing-field"));
        }
    }
    let mut fields = vec![
        "/envs/*/name",
        "/envs/*/value_from/secret/name",
        "/envs/*/value_from/secret/key",
        "/envs/*/value_from/configmap/name",
        "/envs/*/value_from/configmap/key",
        "/volumes/*/name",
        "/volumes/*/type",
        "/volumes/*/source",
        "/volumes/*/destination",
        "/liveness_probe/http_get/path",
        "/readiness_probe/http_get/port",
    ];
    match kind {
        Kind::IefV2Create => fields.push("/image_url"),
        Kind::IefV3Create | Kind::IefV3Update => fields.extend([
            "/name",
            "/image_url",
            "/readiness_probe/exec/command",
            "/ports/*/container_port",
            "/ports/*/host_port_range/min_port",
            "/ports/*/host_port_range/max_port",
        ]),
        _ => {}
    }
    let fields: Vec<(&str, &'static str)> = fields.into_iter().map(|f| (f, "missing-field")).collect();
    v.extend(in_containers(kind, &fields));
    v
}

/// Enum-valued fields and the code a wrong value gets.
fn enum_places(kind: Kind) -> Places {
    if kind == Kind::CceReleaseUpdate {
        return vec![("/action".into(), "release-action")];
    }
    let configs = if kind.is_v2() { "/configs" } else { "" };
    let mut v = in_containers(
        kind,
        &[
            ("/volumes/*/type", "volume-fields"),
            ("/liveness_probe/http_get/scheme", "http-get"),
            ("/readiness_probe/http_get/scheme", "http-get"),
            ("/envs/*/field_path", "env-var"),
        ],
    );
    if kind.is_v2() {
        v.extend(in_containers(
            kind,
            &[
                (&format!("{configs}/restart_policy"), "restart-policy"),
                (&format!("{configs}/dns_policy"), "dns-policy"),
            ],
        ));
    } else {
        v.extend(in_containers(kind, &[("/npu_type", "npu-type")]));
        for (p, code) in [
            ("/deployment/template/configs/restart_policy", "restart-policy"),
            ("/deployment/template/configs/dns_policy", "dns-policy"),
            ("/deployment/template/affinity/**/operator", "affinity-term"),
            ("/source", "deployment-source"),
            ("/deployment/annotations/ring_controller", "ring-controller"),
        ] {
            v.push((p.into(), code));
        }
    }
    v
}

fn escape(seg: &str) -> String {
    seg.replace('~', "~0").replace('/', "~1")
}

fn unescape(seg: &str) -> String {
    seg.replace("~1", "/").replace("~0", "~")
}

/// Every JSON Pointer in `v` with its value, in document order.
fn pointers<'v>(v: &'v Value, at: String, out: &mut Vec<(String, &'v Value)>) {
    out.push((at.clone(), v));
    match v {
        Value::Object(o) => {
            for (k, c) in o {
                pointers(c, format!("{at}/{}", escape(k)), out);
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                pointers(c, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Whether `pointer` matches `pattern`: `*` stands for one segment, `**` for any number.
fn matches(pattern: &str, pointer: &str) -> bool {
    fn go(p: &[&str], s: &[&str]) -> bool {
        match (p.first(), s.first()) {
            (None, None) => true,
            (Some(&"**"), _) => go(&p[1..], s) || (!s.is_empty() && go(p, &s[1..])),
            (Some(a), Some(b)) => (*a == "*" || a == b) && go(&p[1..], &s[1..]),
            _ => false,
        }
    }
    let split = |x: &'_ str| -> Vec<String> { x.split('/').skip(1).map(String::from).collect() };
    let (p, s) = (split(pattern), split(pointer));
    let p: Vec<&str> = p.iter().map(String::as_str).collect();
    let s: Vec<&str> = s.iter().map(String::as_str).collect();
    go(&p, &s)
}

/// The pointers of `body` some place matches, with the place's code.
fn candidates(body: &Value, places: &[(String, &'static str)], keep: impl Fn(&Value) -> bool) -> Places {
    let mut all = Vec::new();
    pointers(body, String::new(), &mut all);
    all.into_iter()
        .filter(|(_, v)| keep(v))
        .filter_map(|(p, _)| places.iter().find(|(pat, _)| matches(pat, &p)).map(|(_, c)| (p, *c)))
        .collect()
}

/// A typo of an enum value: its first letter's case swapped, or an `x` added.
fn typo(v: &str) -> String {
    let mut cs = v.chars();
    match cs.next() {
        Some(c) if c.is_ascii_lowercase() => c.to_ascii_uppercase().to_string() + cs.as_str(),
        Some(c) if c.is_ascii_uppercase() => c.to_ascii_lowercase().to_string() + cs.as_str(),
        _ => format!("{v}x"),
    }
}

fn parent_and_key(pointer: &str) -> (&str, String) {
    let i = pointer.rfind('/').unwrap_or(0);
    (&pointer[..i], unescape(&pointer[i + 1..]))
}

/// Plants `plant` in `body`; returns the code and pointer of the one finding
/// it must get, or `None` (body untouched) where the body has no place for it.
fn plant(kind: Kind, body: &mut Value, plant: Plant, at: Index, pos: Index) -> Option<(&'static str, String)> {
    let (places, keep): (Places, fn(&Value) -> bool) = match plant {
        Plant::NameUnderscore => (name_places(kind), Value::is_string),
        Plant::PortZero => (port_places(kind), Value::is_number),
        Plant::UnknownKey => (object_places(kind), Value::is_object),
        Plant::MissingField => (required_places(kind), |_| true),
        Plant::EnumTypo => (enum_places(kind), Value::is_string),
        Plant::WrongType => (Vec::new(), |_| true),
    };
    let found = if let Plant::WrongType = plant {
        let mut all = Vec::new();
        pointers(body, String::new(), &mut all);
        all.into_iter()
            .filter(|(p, v)| {
                !v.is_object()
                    && !v.is_array()
                    // Chart values are open; host_network also decides which
                    // dns_policy fits; Gt/Lt read their one value as an integer.
                    && !p.starts_with("/values")
                    && !p.ends_with("/host_network")
                    && !matches("/**/matchExpressions/*/values/*", p)
            })
            .map(|(p, _)| (p, "invalid-type"))
            .collect()
    } else {
        candidates(body, &places, keep)
    };
    if found.is_empty() {
        // A port can be added to any IEF body.
        return match plant {
            Plant::PortZero => add_port_zero(kind, body),
            _ => None,
        };
    }
    let (pointer, code) = at.get(&found).clone();
    let target = body.pointer_mut(&pointer)?;
    match plant {
        Plant::NameUnderscore => {
            let name: Vec<char> = target.as_str()?.chars().collect();
            let i = pos.index(name.len() + 1);
            let mut with: String = name[..i].iter().collect();
            with.push('_');
            with.extend(&name[i..]);
            *target = s(with);
        }
        Plant::PortZero => *target = json!(0),
        Plant::UnknownKey => {
            target.as_object_mut()?.insert("zz_unknown".into(), json!(true));
            return Some((code, format!("{pointer}/zz_unknown")));
        }
        Plant::WrongType => {
            // A string that reads as a number becomes that number, and a number its
            // text: the value stays the same, so requests stay within limits.
            *target = match &*target {
                Value::String(x) => x.parse().map(Value::Number).unwrap_or(json!(7)),
                other => s(other.to_string()),
            }
        }
        Plant::MissingField => {
            let (parent, key) = parent_and_key(&pointer);
            body.pointer_mut(parent)?.as_object_mut()?.remove(&key);
        }
        Plant::EnumTypo => *target = s(typo(target.as_str()?)),
    }
    Some((code, pointer))
}

/// Adds `{"container_port": 0}` to the first container's ports (a v2
/// update body without `deployment` gets one); `None` for a body without
/// containers.
fn add_port_zero(kind: Kind, body: &mut Value) -> Option<(&'static str, String)> {
    let (container, ports_in) = match kind {
        Kind::IefV2Create => ("/deployment/app", Some("configs")),
        Kind::IefV2Update => ("/deployment", Some("configs")),
        Kind::IefV3Create | Kind::IefV3Update => ("/deployment/template/containers/0", None),
        Kind::CceReleaseUpdate => return None,
    };
    if kind == Kind::IefV2Update && body.get("deployment").is_none() {
        body["deployment"] = json!({});
    }
    let mut at = body.pointer_mut(container)?;
    let mut pointer = container.to_string();
    if let Some(k) = ports_in {
        at = at
            .as_object_mut()
            .expect("object")
            .entry(k)
            .or_insert_with(|| json!({}));
        pointer = format!("{pointer}/{k}");
    }
    let ports = at
        .as_object_mut()
        .expect("object")
        .entry("ports")
        .or_insert_with(|| json!([]))
        .as_array_mut()
        .expect("array");
    ports.push(json!({ "container_port": 0 }));
    Some((
        "port-number",
        format!("{pointer}/ports/{}/container_port", ports.len() - 1),
    ))
}

/// Plants a violation (trying the others in turn where the body has no
/// place for it) and checks the one finding it gets, in JSON and block YAML.
fn check_planted(kind: Kind, mut body: Value, which: Index, at: Index, pos: Index) -> Result<(), TestCaseError> {
    let first = which.index(PLANTS.len());
    let (planted, (code, pointer)) = (0..PLANTS.len())
        .map(|i| PLANTS[(first + i) % PLANTS.len()])
        .find_map(|p| plant(kind, &mut body, p, at, pos).map(|x| (p, x)))
        .expect("every root takes an unknown key");
    for (text, format) in [
        (
            serde_json::to_string_pretty(&body).expect("serialisable"),
            InputFormat::Json,
        ),
        (yaml_block(&body), InputFormat::Yaml),
    ] {
        let r = lint(&text, &opts_in(Some(kind), format)).remove(0);
        prop_assert_eq!(
            findings(&r),
            vec![(Severity::Error, code, pointer.clone())],
            "{:?} planted in {:?} as {:?}:\n{}",
            planted,
            kind,
            format,
            text
        );
        let located = misplaced(text.as_bytes(), std::slice::from_ref(&r));
        prop_assert!(located.is_empty(), "{:?}", located);
        // Every fix offered for the planted violation parses and removes it.
        let fixes = check_offered_fixes(&text, &opts_in(Some(kind), format));
        prop_assert!(fixes.is_ok(), "{:?}", fixes);
    }
    Ok(())
}

// ---------------------------------------------------------------- any input

/// Pieces of JSON and YAML syntax, keys the kinds use, and odd characters.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    ",",
    "\"",
    "'",
    "\n",
    "\r\n",
    "\r",
    "  ",
    "\t",
    "- ",
    "-",
    "#",
    "---\n",
    "...\n",
    "? ",
    "|\n",
    ">-\n",
    "&a ",
    "*a",
    "<<: *a\n",
    "!!str ",
    "!!binary ",
    "%YAML 1.2\n",
    "\u{feff}",
    "\\",
    "\\u0000",
    "\\ud800",
    "null",
    "true",
    "no",
    "~",
    "0",
    "-1",
    "1e999",
    "0x1F",
    "0o17",
    ".inf",
    "部署",
    "\u{0}",
    "\u{7f}",
    "deployment",
    "\"deployment\"",
    "template",
    "containers",
    "\"containers\"",
    "name",
    "\"name\"",
    "image_url",
    "configs",
    "restart_policy",
    "ports",
    "container_port",
    "envs",
    "value_from",
    "volumes",
    "replicas",
    "chart_id",
    "\"chart_id\"",
    "values",
    "app",
    "node_ids",
    "x",
];

fn soup() -> S<String> {
    vec(select(TOKENS.to_vec()), 0..80).prop_map(|t| t.concat()).boxed()
}

/// Options for an arbitrary kind (or none) and format (or detected).
fn any_opts() -> S<deploylint::Options> {
    (
        maybe(select(Kind::ALL.to_vec())),
        maybe(select(vec![InputFormat::Json, InputFormat::Yaml])),
    )
        .prop_map(|(kind, format)| match format {
            Some(f) => opts_in(kind, f),
            None => opts(kind),
        })
        .boxed()
}

/// Lints `bytes` twice: at least one report, every diagnostic inside the input, both runs equal.
fn check_any(bytes: &[u8], o: &deploylint::Options) -> Result<(), TestCaseError> {
    let reports = lint_bytes(bytes, o);
    prop_assert!(!reports.is_empty(), "no report");
    let located = misplaced(bytes, &reports);
    prop_assert!(located.is_empty(), "{:?}", located);
    prop_assert_eq!(lint_bytes(bytes, o), reports, "not deterministic");
    Ok(())
}

/// Byte edits: (where, what: delete / insert / replace, the byte).
fn edits() -> S<Vec<(Index, u8, u8)>> {
    vec((any::<Index>(), 0u8..3, any::<u8>()), 1..8).boxed()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_ief_v2_create_bodies_lint_clean(body in v2_create(), pretty: bool) {
        check_clean(Kind::IefV2Create, &body, pretty)?;
    }

    #[test]
    fn valid_ief_v2_update_bodies_lint_clean(body in v2_update(), pretty: bool) {
        check_clean(Kind::IefV2Update, &body, pretty)?;
    }

    #[test]
    fn valid_ief_v3_create_bodies_lint_clean(body in v3_create(), pretty: bool) {
        check_clean(Kind::IefV3Create, &body, pretty)?;
    }

    #[test]
    fn valid_ief_v3_update_bodies_lint_clean(body in v3_update(), pretty: bool) {
        check_clean(Kind::IefV3Update, &body, pretty)?;
    }

    #[test]
    fn valid_cce_release_update_bodies_lint_clean(body in cce(), pretty: bool) {
        check_clean(Kind::CceReleaseUpdate, &body, pretty)?;
    }

    #[test]
    fn one_planted_violation_is_exactly_one_finding(
        (kind, body) in any_body(),
        which: Index,
        at: Index,
        pos: Index,
    ) {
        check_planted(kind, body, which, at, pos)?;
    }

    #[test]
    fn arbitrary_bytes_are_located_and_deterministic(
        bytes in vec(any::<u8>(), 0..512),
        o in any_opts(),
    ) {
        check_any(&bytes, &o)?;
    }

    #[test]
    fn arbitrary_strings_are_located_and_deterministic(text in "(?s).{0,300}", o in any_opts()) {
        check_any(text.as_bytes(), &o)?;
    }

    #[test]
    fn token_soup_is_located_and_deterministic(text in soup(), o in any_opts()) {
        check_any(text.as_bytes(), &o)?;
    }

    #[test]
    fn edited_valid_bodies_are_located_and_deterministic(
        (kind, body) in any_body(),
        yaml: bool,
        edits in edits(),
    ) {
        let mut bytes = if yaml {
            yaml_block(&body).into_bytes()
        } else {
            serde_json::to_vec_pretty(&body).expect("serialisable")
        };
        for (at, what, byte) in edits {
            let i = at.index(bytes.len() + 1);
            match what {
                0 if i < bytes.len() => {
                    bytes.remove(i);
                }
                1 => bytes.insert(i, byte),
                _ if i < bytes.len() => bytes[i] = byte,
                _ => bytes.push(byte),
            }
        }
        check_any(&bytes, &opts(Some(kind)))?;
    }
}

// ---------------------------------------------------------------- the helpers themselves

#[test]
fn the_block_yaml_emitter_writes_plain_and_quoted_scalars() {
    let v = json!({
        "a": "plain/value:1.2",
        "b": ["x", {"c": 1, "d": [true, null]}, [1, 2]],
        "on": "0.25",
        "q": "a \"b\" \\ #c\u{7f}",
        "e": {},
        "f": [],
        "a/b~c": "true"
    });
    assert_eq!(
        yaml_block(&v),
        // serde_json's map keeps its keys sorted.
        "a: plain/value:1.2\n\"a/b~c\": \"true\"\nb:\n  - x\n  - c: 1\n    d:\n      - true\n      - null\n  - - 1\n    - 2\ne: {}\nf: []\non: \"0.25\"\nq: \"a \\\"b\\\" \\\\ #c\\u007f\"\n"
    );
}

#[test]
fn the_pointer_patterns_match_segments() {
    assert!(matches("/a/*/b", "/a/0/b"));
    assert!(!matches("/a/*/b", "/a/0/1/b"));
    assert!(matches("/a/**/b", "/a/b"));
    assert!(matches("/a/**/b", "/a/x/y/b"));
    assert!(!matches("/a/**/b", "/a/x/y/c"));
    assert!(matches("", ""));
    assert!(!matches("", "/a"));
    assert_eq!(typo("Always"), "always");
    assert_eq!(typo("iem"), "Iem");
    assert_eq!(typo(""), "x");
}
