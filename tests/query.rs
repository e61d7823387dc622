//! The spec query API: what is at a cursor (JSON and YAML, flow and block,
//! multi-document streams, CRLF, non-ASCII text), what the specs say about a
//! pointer, which fields may be added, and offset ⇄ position conversions.

use deploylint::__private::api::{self, Required};
use deploylint::__private::parse;
use deploylint::query::lookup;
use deploylint::query::LineIndex;
use deploylint::query::{allowed_fields, body_object, document_at, keys, node_at, object_at, resolve, Place};
use deploylint::query::{byte_to_utf16, utf16_to_byte, LineCol};
use deploylint::{describe_field, FieldInfo, Kind};
use deploylint::{InputFormat, Node};

/// The only document of `text`.
fn tree(text: &str, format: InputFormat) -> Node {
    let mut docs = parse(text, format);
    assert_eq!(docs.len(), 1, "{text:?}");
    docs.remove(0).expect("parses")
}

/// The byte offset of the only occurrence of `needle`.
fn off(text: &str, needle: &str) -> usize {
    assert_eq!(text.matches(needle).count(), 1, "{needle:?} must occur once");
    text.find(needle).expect("present")
}

/// `node_at` as (pointer, place, spanned text, enclosing pointer).
fn at<'t>(text: &'t str, root: &Node, offset: usize) -> Option<(String, Place, &'t str, Option<String>)> {
    node_at(root, offset).map(|n| (n.pointer, n.place, &text[n.span.start..n.span.end], n.enclosing))
}

fn some(
    pointer: &str,
    place: Place,
    spanned: &'static str,
    enclosing: &str,
) -> Option<(String, Place, &'static str, Option<String>)> {
    Some((pointer.into(), place, spanned, Some(enclosing.into())))
}

const JSON: &str = r#"{
  "name": "web",
  "deployment": {
    "replicas": 1,
    "template": {"containers": [{"name": "nginx", "image_url": "nginx:1"}]}
  }
}"#;

#[test]
fn json_key_value_and_between() {
    let root = tree(JSON, InputFormat::Json);
    let key = off(JSON, "\"replicas\"");
    let on_key = some("/deployment/replicas", Place::Key, "\"replicas\"", "/deployment");
    assert_eq!(at(JSON, &root, key), on_key);
    assert_eq!(at(JSON, &root, key + 4), on_key);
    // Right after the closing quote (on the colon): still the key.
    assert_eq!(at(JSON, &root, key + 10), on_key);
    let one = off(JSON, "1,");
    let on_value = some("/deployment/replicas", Place::Value, "1", "/deployment");
    assert_eq!(at(JSON, &root, one), on_value);
    // Right after the value (on the comma).
    assert_eq!(at(JSON, &root, one + 1), on_value);
    // In the white space between two members: inside the enclosing object.
    let deployment = &JSON[off(JSON, "{\n    \"replicas\"")..off(JSON, "}\n}") + 1];
    let inside = Some((
        "/deployment".to_string(),
        Place::Inside,
        deployment,
        Some("/deployment".to_string()),
    ));
    assert_eq!(at(JSON, &root, one + 3), inside);
    assert_eq!(at(JSON, &root, off(JSON, "\"template\"") - 1), inside);
    // Into arrays: the element and its members.
    assert_eq!(
        at(JSON, &root, off(JSON, "\"nginx\"") + 1),
        some(
            "/deployment/template/containers/0/name",
            Place::Value,
            "\"nginx\"",
            "/deployment/template/containers/0"
        )
    );
    assert_eq!(
        at(JSON, &root, off(JSON, "[{")).map(|a| (a.0, a.1, a.3)),
        Some((
            "/deployment/template/containers".into(),
            Place::Inside,
            Some("/deployment/template/containers".into())
        ))
    );
    assert_eq!(
        at(JSON, &root, off(JSON, "{\"name\": \"nginx\"")).map(|a| (a.0, a.1)),
        Some(("/deployment/template/containers/0".into(), Place::Inside))
    );
    let n = node_at(&root, off(JSON, "\"image_url\"")).expect("found");
    assert_eq!((n.key, n.node.as_str()), (Some("image_url"), Some("nginx:1")));
}

#[test]
fn json_document_edges() {
    let root = tree(JSON, InputFormat::Json);
    assert_eq!(
        at(JSON, &root, 0),
        Some(("".into(), Place::Inside, JSON, Some("".into())))
    );
    // The root owns the offset at its very end (after the closing brace); past it there is nothing.
    assert_eq!(
        at(JSON, &root, JSON.len()).map(|a| (a.0, a.1)),
        Some(("".into(), Place::Inside))
    );
    assert_eq!(at(JSON, &root, JSON.len() + 1), None);
    assert_eq!(at(JSON, &root, usize::MAX), None);
    // Before the document's first byte.
    let padded = "  {\"name\": \"web\"}";
    let root = tree(padded, InputFormat::Json);
    assert_eq!(at(padded, &root, 1), None);
    assert_eq!(
        at(padded, &root, 2).map(|a| (a.0, a.1)),
        Some(("".into(), Place::Inside))
    );
    // A scalar document: a value with no enclosing object.
    let scalar = tree("42", InputFormat::Json);
    assert_eq!(at("42", &scalar, 2), Some(("".into(), Place::Value, "42", None)));
}

const YAML: &str = "name: web
deployment:
  replicas: 1
  template:
    containers:
      - name: nginx
        image_url: \"nginx:1\"
";

#[test]
fn yaml_block_matches_json() {
    let root = tree(YAML, InputFormat::Yaml);
    let key = off(YAML, "replicas");
    assert_eq!(
        at(YAML, &root, key),
        some("/deployment/replicas", Place::Key, "replicas", "/deployment")
    );
    assert_eq!(
        at(YAML, &root, key + 8),
        some("/deployment/replicas", Place::Key, "replicas", "/deployment")
    );
    assert_eq!(
        at(YAML, &root, off(YAML, "1\n")),
        some("/deployment/replicas", Place::Value, "1", "/deployment")
    );
    assert_eq!(
        at(YAML, &root, off(YAML, "nginx\n")),
        some(
            "/deployment/template/containers/0/name",
            Place::Value,
            "nginx",
            "/deployment/template/containers/0"
        )
    );
    // The indentation before `template`: between members of `deployment`.
    assert_eq!(
        at(YAML, &root, off(YAML, "  template") + 1).map(|a| (a.0, a.1, a.3)),
        Some(("/deployment".into(), Place::Inside, Some("/deployment".into())))
    );
    // The `- ` of the sequence entry: inside the array.
    assert_eq!(
        at(YAML, &root, off(YAML, "- ")).map(|a| (a.0, a.1)),
        Some(("/deployment/template/containers".into(), Place::Inside))
    );
    // The end of the last line touches the last value; the end of the file is inside the root.
    let end = YAML.len();
    assert_eq!(
        at(YAML, &root, end - 1),
        some(
            "/deployment/template/containers/0/image_url",
            Place::Value,
            "\"nginx:1\"",
            "/deployment/template/containers/0"
        )
    );
    assert_eq!(
        at(YAML, &root, end).map(|a| (a.0, a.1)),
        Some(("".into(), Place::Inside))
    );
    assert_eq!(at(YAML, &root, end + 1), None);
    // The same pointers as the JSON body.
    let json = tree(JSON, InputFormat::Json);
    for p in ["/deployment/replicas", "/deployment/template/containers/0/image_url"] {
        assert_eq!(
            lookup(&root, p).map(|n| &n.value),
            lookup(&json, p).map(|n| &n.value),
            "{p}"
        );
    }
}

const FLOW: &str = "deployment:
  name: web
  app:
    name: web
    image_url: nginx
    configs: {host_network: true, restart_policy: Always}
";

#[test]
fn yaml_flow_map() {
    let root = tree(FLOW, InputFormat::Yaml);
    let configs = "/deployment/app/configs";
    assert_eq!(
        at(FLOW, &root, off(FLOW, "host_network")),
        some(
            "/deployment/app/configs/host_network",
            Place::Key,
            "host_network",
            configs
        )
    );
    assert_eq!(
        at(FLOW, &root, off(FLOW, "true")),
        some("/deployment/app/configs/host_network", Place::Value, "true", configs)
    );
    assert_eq!(
        at(FLOW, &root, off(FLOW, "Always") + 3),
        some(
            "/deployment/app/configs/restart_policy",
            Place::Value,
            "Always",
            configs
        )
    );
    let map = "{host_network: true, restart_policy: Always}";
    let inside = Some((configs.to_string(), Place::Inside, map, Some(configs.to_string())));
    assert_eq!(at(FLOW, &root, off(FLOW, "{")), inside);
    assert_eq!(at(FLOW, &root, off(FLOW, " restart_policy")), inside);
    // The closing brace touches `Always`: the cursor right after a word is on it.
    assert_eq!(
        at(FLOW, &root, off(FLOW, "}")),
        some(
            "/deployment/app/configs/restart_policy",
            Place::Value,
            "Always",
            configs
        )
    );
    // What the specs say there, and what may be added.
    let policy = resolve(Kind::IefV2Create, "/deployment/app/configs/restart_policy").expect("known");
    assert_eq!((policy.object.name, policy.type_name()), ("AppConfigs", "string"));
    assert_eq!(policy.values(), ["Always", "Onfailure", "Never"]);
    let node = lookup(&root, configs).expect("configs");
    let names: Vec<_> = allowed_fields(Kind::IefV2Create, configs, &keys(node))
        .iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(names, ["privileged", "run_as_user", "ports", "host_pid", "dns_policy"]);
}

#[test]
fn yaml_multi_document_stream() {
    let text = "chart_id: a\naction: upgrade\n---\nchart_id: b\naction: rollbak\n";
    let docs = parse(text, InputFormat::Yaml);
    assert_eq!(docs.len(), 2);
    let (index, second) = document_at(&docs, off(text, "rollbak")).expect("a document");
    assert_eq!(index, 1);
    assert_eq!(
        at(text, second, off(text, "rollbak")),
        some("/action", Place::Value, "rollbak", "")
    );
    assert_eq!(
        at(text, second, off(text, "b\n")),
        some("/chart_id", Place::Value, "b", "")
    );
    let (index, first) = document_at(&docs, 0).expect("a document");
    assert_eq!(index, 0);
    assert_eq!(at(text, first, 0), some("/chart_id", Place::Key, "chart_id", ""));
    // The `---` line belongs to the document before it: its first byte ends that document.
    let dashes = off(text, "---");
    assert_eq!(document_at(&docs, dashes + 1).map(|d| d.0), Some(0));
    assert_eq!(
        at(text, first, dashes).map(|a| (a.0, a.1)),
        Some(("".into(), Place::Inside))
    );
    assert_eq!(at(text, first, dashes + 1), None);
    // Past the end: the last document, and nothing in it.
    assert_eq!(document_at(&docs, text.len() + 5).map(|d| d.0), Some(1));
    assert_eq!(at(text, second, text.len() + 5), None);
    assert!(document_at(&parse("{", InputFormat::Json), 0).is_none());
}

#[test]
fn non_ascii_offsets_and_positions() {
    let text = r#"{"description": "中文描述 😀", "name": "web"}"#;
    let root = tree(text, InputFormat::Json);
    let name = off(text, "\"name\"");
    assert_eq!(name, 37);
    assert_eq!(at(text, &root, name), some("/name", Place::Key, "\"name\"", ""));
    // Inside a multi-byte character (not a character boundary): still that string.
    assert_eq!(
        at(text, &root, off(text, "文") + 1),
        some("/description", Place::Value, "\"中文描述 😀\"", "")
    );
    let ix = LineIndex::new(text);
    // 26 characters precede the key, the emoji counting once: column 27; in UTF-16 it counts twice.
    assert_eq!(ix.line_col(text, name), LineCol { line: 1, column: 27 });
    assert_eq!(ix.utf16(text, name), (0, 27));
    assert_eq!(ix.offset(text, 1, 27), name);
    assert_eq!(ix.offset_utf16(text, 0, 27), name);
    assert_eq!((utf16_to_byte(text, 27), byte_to_utf16(text, name)), (name, 27));
    // The emoji is UTF-16 units 22 and 23: inside the pair is the emoji's start.
    let emoji = off(text, "😀");
    assert_eq!(ix.utf16(text, emoji), (0, 22));
    assert_eq!(ix.offset_utf16(text, 0, 23), emoji);
    assert_eq!(utf16_to_byte(text, 23), emoji);
    // A byte offset inside the emoji moves back to its start.
    assert_eq!(ix.utf16(text, emoji + 2), (0, 22));
    assert_eq!(byte_to_utf16(text, emoji + 3), 22);

    let yaml = "description: 中文 😀\nname: web\n";
    let root = tree(yaml, InputFormat::Yaml);
    assert_eq!(
        at(yaml, &root, off(yaml, "web")),
        some("/name", Place::Value, "web", "")
    );
    assert_eq!(
        at(yaml, &root, off(yaml, "😀")),
        some("/description", Place::Value, "中文 😀", "")
    );
    let ix = LineIndex::new(yaml);
    assert_eq!(ix.line_col(yaml, off(yaml, "web")), LineCol { line: 2, column: 7 });
    // Line 1 is 17 characters, 18 UTF-16 units; the emoji is the 17th character, units 16 and 17.
    let (emoji, eol) = (off(yaml, "😀"), yaml.find('\n').expect("a line break"));
    assert_eq!(ix.utf16(yaml, eol), (0, 18));
    assert_eq!(ix.line_col(yaml, eol), LineCol { line: 1, column: 18 });
    assert_eq!(ix.offset_utf16(yaml, 0, 16), emoji);
    assert_eq!(ix.offset_utf16(yaml, 0, 17), emoji);
    assert_eq!(ix.offset(yaml, 1, 17), emoji);
    // Past the end of the line: its end, before the newline.
    assert_eq!(ix.offset_utf16(yaml, 0, 18), eol);
    assert_eq!(ix.offset_utf16(yaml, 0, 99), eol);
    assert_eq!(ix.offset(yaml, 1, 99), eol);
}

#[test]
fn crlf_line_endings() {
    let json = "{\r\n  \"name\": \"web\",\r\n  \"deployment\": {}\r\n}";
    let root = tree(json, InputFormat::Json);
    let key = off(json, "\"deployment\"");
    assert_eq!(
        at(json, &root, key),
        some("/deployment", Place::Key, "\"deployment\"", "")
    );
    // The line break between members: inside the root.
    assert_eq!(
        at(json, &root, off(json, ",\r\n") + 1).map(|a| (a.0, a.1)),
        Some(("".into(), Place::Inside))
    );
    let ix = LineIndex::new(json);
    assert_eq!(ix.line_count(), 4);
    assert_eq!(ix.line_col(json, key), LineCol { line: 3, column: 3 });
    assert_eq!(ix.utf16(json, key), (2, 2));
    assert_eq!(ix.offset(json, 3, 3), key);
    assert_eq!(ix.offset_utf16(json, 2, 2), key);
    // Past the end of line 2: before its `\r\n`.
    let line2_end = off(json, ",\r\n") + 1;
    assert_eq!(ix.offset(json, 2, 99), line2_end);
    assert_eq!(ix.offset_utf16(json, 1, 99), line2_end);
    assert_eq!(ix.offset(json, 4, 1), off(json, "\r\n}") + 2);
    // Past the last line: the end of the text.
    assert_eq!(ix.offset(json, 5, 1), json.len());
    assert_eq!(ix.offset_utf16(json, 4, 0), json.len());
    assert_eq!(ix.line_col(json, json.len() + 10), LineCol { line: 4, column: 2 });

    let yaml = "name: web\r\ndeployment:\r\n  replicas: 1\r\n";
    let root = tree(yaml, InputFormat::Yaml);
    assert_eq!(
        at(yaml, &root, off(yaml, "replicas")),
        some("/deployment/replicas", Place::Key, "replicas", "/deployment")
    );
    assert_eq!(
        at(yaml, &root, off(yaml, "1")),
        some("/deployment/replicas", Place::Value, "1", "/deployment")
    );
    let ix = LineIndex::new(yaml);
    assert_eq!(ix.line_col(yaml, off(yaml, "1")), LineCol { line: 3, column: 13 });
    assert_eq!(ix.utf16(yaml, off(yaml, "1")), (2, 12));
    assert_eq!(ix.offset_utf16(yaml, 2, 12), off(yaml, "1"));
}

#[test]
fn resolve_typed_references() {
    let image = resolve(Kind::IefV3Create, "/deployment/template/containers/0/image_url").expect("known");
    assert!(std::ptr::eq(image.object, &api::ief_v3::CONTAINER_CREATE));
    assert_eq!(
        (image.name(), image.type_name(), image.required_name(), image.indices),
        ("image_url", "string", "yes", 0)
    );
    // The same field by the update page: another object spec.
    let update = resolve(Kind::IefV3Update, "/deployment/template/containers/0/image_url").expect("known");
    assert!(std::ptr::eq(update.object, &api::ief_v3::CONTAINER_UPDATE));
    // Array indices step into items: the element's type and bounds, the field's docs.
    let containers = resolve(Kind::IefV3Create, "/deployment/template/containers/3").expect("known");
    assert_eq!(
        (containers.name(), containers.indices, containers.type_name()),
        ("containers", 1, "object")
    );
    assert_eq!(containers.object_spec().map(|o| o.name), Some("ContainerDef"));
    assert_eq!(containers.doc().en, "Containers.");
    let node = resolve(Kind::IefV3Create, "/node_ids/0").expect("known");
    assert_eq!(
        (node.type_name(), node.min(), node.rule_code()),
        ("string", None, Some("node-ids"))
    );
    let nodes = resolve(Kind::IefV3Create, "/node_ids").expect("known");
    assert_eq!(
        (nodes.type_name(), nodes.min(), nodes.max()),
        ("array", Some(1.0), Some(1.0))
    );
    assert_eq!(nodes.array_spec().map(|a| a.min_items), Some(Some(1)));
    // Bounds, pattern, values, docs, rule.
    let port = resolve(Kind::IefV3Create, "/deployment/template/containers/0/ports/0/host_port").expect("known");
    assert_eq!(port.int_spec().map(|i| (i.min, i.max)), Some((Some(1), Some(65535))));
    assert_eq!(port.rule_code(), Some("port-number"));
    let name = resolve(Kind::IefV3Create, "/name").expect("known");
    assert_eq!((name.min(), name.max()), (Some(1.0), Some(32.0)));
    assert!(name
        .pattern()
        .is_some_and(|p| p.is_match("web-1") && !p.is_match("-web")));
    assert!(name.doc().zh.contains("最大长度32"));
    // Disputed values, mandatory flag and presence.
    let policy = resolve(Kind::IefV2Update, "/deployment/configs/restart_policy").expect("known");
    assert_eq!(
        policy.disputed_values().iter().map(|(v, _)| *v).collect::<Vec<_>>(),
        ["OnFailure"]
    );
    assert!(policy.disputed_values()[0].1.note.en.len() > 10);
    let action = resolve(Kind::CceReleaseUpdate, "/action").expect("known");
    assert!(matches!(action.required(), Required::Disputed(_)));
    assert_eq!(
        (action.required_name(), action.values()),
        ("disputed", &["upgrade", "rollback"][..])
    );
    let run_as = resolve(Kind::IefV3Update, "/deployment/template/containers/0/run_as_user").expect("known");
    assert!(run_as.presence_dispute().is_some());
    assert!(
        resolve(Kind::IefV3Create, "/deployment/template/containers/0/run_as_user")
            .expect("known")
            .presence_dispute()
            .is_none()
    );
    // A free-form map is a field; its keys are not.
    let labels = "/deployment/template/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/0/labelSelector/matchLabels";
    assert_eq!(
        resolve(Kind::IefV3Create, labels).map(|r| r.type_name()),
        Some("object")
    );
    assert!(resolve(Kind::IefV3Create, &format!("{labels}/app")).is_none());
}

#[test]
fn resolve_flat_v2_create() {
    for (wrapped, flat) in [
        ("/deployment/app/configs/restart_policy", "/app/configs/restart_policy"),
        ("/deployment/name", "/name"),
        ("/deployment/node_ids/0", "/node_ids/0"),
    ] {
        let (w, f) = (
            resolve(Kind::IefV2Create, wrapped).expect(wrapped),
            resolve(Kind::IefV2Create, flat).expect(flat),
        );
        assert!(
            std::ptr::eq(w.field, f.field) && std::ptr::eq(w.object, f.object),
            "{flat}"
        );
        assert_eq!(
            describe_field(Kind::IefV2Create, flat),
            describe_field(Kind::IefV2Create, wrapped)
        );
    }
    assert_eq!(
        resolve(Kind::IefV2Create, "/name").map(|r| r.object.name),
        Some("deployment")
    );
    assert_eq!(
        resolve(Kind::IefV2Create, "/deployment").map(|r| r.object.name),
        Some("CreateAppDeployment")
    );
    // Only the v2 create body may be flat.
    assert!(resolve(Kind::IefV2Update, "/app/name").is_none());
    assert!(resolve(Kind::IefV2Create, "/nope").is_none());
    // A flat body found by node_at resolves without rewriting its pointer.
    let text = "name: web\napp:\n  configs: {restart_policy: Always}\n";
    let root = tree(text, InputFormat::Yaml);
    let found = node_at(&root, off(text, "Always")).expect("found");
    assert_eq!(found.pointer, "/app/configs/restart_policy");
    assert_eq!(
        resolve(Kind::IefV2Create, &found.pointer).map(|r| r.object.name),
        Some("AppConfigs")
    );
}

#[test]
fn resolve_rejects_what_the_specs_do_not_have() {
    for p in [
        "",
        "/",
        "deployment",
        "/deployment/",
        "/~2",
        "/deployment~",
        "/nope",
        "/name/0",
        "/name/x",
        "/node_ids/x",
        "/node_ids/01",
        "/node_ids/-",
        "/node_ids/+1",
        "/node_ids/0/0",
        "/deployment/template/containers/0/ports/0/host_port/x",
    ] {
        assert!(resolve(Kind::IefV3Create, p).is_none(), "{p}");
        assert_eq!(describe_field(Kind::IefV3Create, p), None, "{p}");
    }
    // Long pointers answer at once.
    assert!(resolve(Kind::IefV3Create, &"/a".repeat(100_000)).is_none());
    let huge = format!("/deployment/template/containers/{}/name", "9".repeat(1000));
    assert_eq!(resolve(Kind::IefV3Create, &huge).map(|r| r.name()), Some("name"));
}

#[test]
fn describe_field_is_a_view_of_resolve() {
    for kind in Kind::ALL {
        for object in api::objects(kind.root()) {
            for field in object.fields {
                let info = FieldInfo::from(deploylint::query::Resolved::of(object, field));
                assert_eq!((info.name, info.object), (field.name, object.name));
            }
        }
    }
    let p = "/deployment/template/containers/0/ports/0/host_port";
    let info = describe_field(Kind::IefV3Create, p).expect("known");
    assert_eq!(Some(info.clone()), resolve(Kind::IefV3Create, p).map(FieldInfo::from));
    assert_eq!(
        (info.object, info.ty, info.required, info.min, info.max, info.rule),
        (
            "HostContainerPortMapping",
            "integer",
            "no",
            Some(1.0),
            Some(65535.0),
            Some("port-number")
        )
    );
    let element = describe_field(Kind::IefV3Create, "/deployment/template/containers/0").expect("known");
    assert_eq!(
        (element.name, element.object, element.ty),
        ("containers", "ContainerDef", "object")
    );
}

#[test]
fn allowed_fields_order_and_presence() {
    let names = |kind, pointer, present: &[&str]| -> Vec<&str> {
        allowed_fields(kind, pointer, present).iter().map(|f| f.name).collect()
    };
    // Mandatory, then disputed-mandatory, then optional; spec order within.
    assert_eq!(
        names(Kind::CceReleaseUpdate, "", &[]),
        ["chart_id", "values", "action", "parameters"]
    );
    assert_eq!(
        names(Kind::CceReleaseUpdate, "", &["values", "action"]),
        ["chart_id", "parameters"]
    );
    assert_eq!(
        names(Kind::IefV3Create, "", &["name", "deployment"]),
        ["description", "source", "group_id", "node_ids", "tags"]
    );
    // A field only another source models comes after the documented ones.
    assert_eq!(
        names(
            Kind::IefV3Update,
            "/deployment/template/containers/0",
            &["name", "resources", "ports"]
        ),
        [
            "image_url",
            "args",
            "command",
            "envs",
            "privileged",
            "readiness_probe",
            "liveness_probe",
            "version",
            "volumes",
            "npu_type",
            "run_as_user"
        ]
    );
    // The v2 create top level: wrapped, or flat when it has `app` and no `deployment`.
    assert_eq!(names(Kind::IefV2Create, "", &[]), ["deployment"]);
    assert_eq!(names(Kind::IefV2Create, "", &["deployment"]), Vec::<&str>::new());
    assert_eq!(
        names(Kind::IefV2Create, "", &["name", "app"]),
        ["node_ids", "description", "group_id", "visibility"]
    );
    assert_eq!(
        names(Kind::IefV2Create, "/app", &["name", "image_url"]),
        names(Kind::IefV2Create, "/deployment/app", &["name", "image_url"])
    );
    assert!(std::ptr::eq(
        body_object(Kind::IefV2Create, &["app"]),
        &api::ief_v2::DEPLOYMENT
    ));
    // Not an object with known fields: nothing to add.
    for p in ["/deployment/template/containers", "/name", "/nope", "x", "/deployment/template/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/0/labelSelector/matchLabels"] {
        assert_eq!(names(Kind::IefV3Create, p, &[]), Vec::<&str>::new(), "{p}");
        assert!(object_at(Kind::IefV3Create, p, &[]).is_none(), "{p}");
    }
}

#[test]
fn completion_from_a_cursor() {
    // An editor's completion: the object around the cursor, its keys, the fields still allowed.
    let text = "name: web\nnode_ids: [n1]\ndeployment:\n  template:\n    configs:\n      host_network: true\n\n    containers: []\n";
    let root = tree(text, InputFormat::Yaml);
    let found = node_at(&root, off(text, "\n\n") + 1).expect("in the document");
    assert_eq!(
        (found.pointer.as_str(), found.place),
        ("/deployment/template/configs", Place::Inside)
    );
    let object = found.enclosing.as_deref().expect("an object");
    let present = keys(lookup(&root, object).expect("present"));
    let names: Vec<_> = allowed_fields(Kind::IefV3Create, object, &present)
        .iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(
        names,
        [
            "restart_policy",
            "host_pid",
            "migration",
            "toleration_seconds",
            "dns_policy"
        ]
    );
}
