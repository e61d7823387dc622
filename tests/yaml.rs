//! YAML edge cases: multi-document streams, anchors and aliases, alias bombs,
//! duplicate keys, Norway-problem scalars, tabs, CRLF, BOM, Chinese text.

mod common;
use common::*;
use deploylint::{lint, InputFormat, Kind, Lang, Options};

fn yaml(kind: Option<Kind>) -> Options {
    opts_in(kind, InputFormat::Yaml)
}

/// Each finding as (code, pointer, line, column).
fn found(r: &deploylint::Report) -> Vec<(&'static str, String, usize, usize)> {
    r.diagnostics
        .iter()
        .map(|d| (d.code, d.pointer.clone(), d.line, d.column))
        .collect()
}

/// The messages of a report's findings.
fn messages(r: &deploylint::Report) -> Vec<&str> {
    r.diagnostics.iter().map(|d| d.message.as_str()).collect()
}

const UPDATE: &str = "deployment:
  replicas: 1
  template:
    configs:
      host_network: false
      restartPolicy: always
    containers:
      - name: web
        image_url: nginx:alpine
";

#[test]
fn restart_policy_camel_case_is_one_finding_naming_the_key() {
    for (lang, meant) in [
        (Lang::En, "did you mean `restart_policy`?"),
        (Lang::Zh, "是否想写 `restart_policy`?"),
    ] {
        let r = lint(UPDATE, &in_lang(yaml(None), lang)).remove(0);
        assert_eq!(r.kind, Some(Kind::IefV3Update));
        assert_eq!(
            found(&r),
            vec![(
                "unknown-field",
                "/deployment/template/configs/restartPolicy".into(),
                6,
                7
            )]
        );
        assert!(r.diagnostics[0].message.contains(meant), "{}", r.diagnostics[0].message);
        let fix = r.diagnostics[0].fix.as_ref().expect("a fix");
        // The fix keeps YAML's plain style.
        assert_eq!(fix.edits.len(), 1);
        assert_eq!(fix.edits[0].replacement, "restart_policy");
        assert_eq!(&UPDATE[fix.edits[0].span.start..fix.edits[0].span.end], "restartPolicy");
    }
}

#[test]
fn multi_document_streams_are_linted_document_by_document() {
    let text = "chart_id: a\naction: upgrade\nparameters: {}\nvalues: {}\n---\nchart_id: b\naction: upgrad\nparameters: {}\nvalues: {}\n---\ndescription: only\n";
    let reports = lint(text, &yaml(None));
    assert_eq!(reports.len(), 3);
    assert_eq!(reports.iter().map(|r| r.document).collect::<Vec<_>>(), vec![0, 1, 2]);
    assert_eq!(found(&reports[0]), vec![]);
    assert_eq!(found(&reports[1]), vec![("release-action", "/action".into(), 7, 9)]);
    assert_eq!(
        reports.iter().map(|r| r.kind).collect::<Vec<_>>(),
        vec![Some(Kind::CceReleaseUpdate), Some(Kind::CceReleaseUpdate), None]
    );
    // Lines and columns count from the start of the stream, not of the document.
    assert_eq!(found(&reports[2]), vec![("ambiguous-kind", String::new(), 11, 1)]);
    assert_eq!(
        messages(&reports[2]),
        vec!["this body is valid as more than one kind: `ief-v2-update`, `ief-v3-update`"]
    );
}

#[test]
fn anchors_and_aliases_resolve() {
    let text = "chart_id: x\naction: upgrade\nparameters: &p\n  dry_run: false\n  no_hooks: maybe\nvalues:\n  imageTag: v1\nextra: *p\n";
    let r = lint(text, &yaml(None)).remove(0);
    // The alias copies the anchored mapping under `extra`, an unknown key, so
    // its copy is not walked: the bad value is found once, at the anchor.
    assert_eq!(
        found(&r),
        vec![
            ("invalid-type", "/parameters/no_hooks".into(), 5, 13),
            ("unknown-field", "/extra".into(), 8, 1)
        ]
    );
    // An alias in a walked place is checked like the anchored value, and
    // located at the anchored value (which starts with its `&t`).
    let text = "chart_id: x\naction: upgrade\nparameters: &p\n  dry_run: maybe\nvalues:\n  imagePullPolicy: &t 7\n  imageTag: *t\n";
    let r = lint(text, &yaml(None)).remove(0);
    assert_eq!(
        found(&r),
        vec![
            ("invalid-type", "/parameters/dry_run".into(), 4, 12),
            ("invalid-type", "/values/imagePullPolicy".into(), 6, 20),
            ("invalid-type", "/values/imageTag".into(), 6, 20)
        ]
    );
}

#[test]
fn alias_bombs_are_bounded() {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    let mut prev = 'a';
    for name in ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] {
        text.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        prev = name;
    }
    let r = lint(&text, &yaml(Some(Kind::CceReleaseUpdate))).remove(0);
    // Located at the alias that crosses the limit: on line 5 (`e`), its eighth item, 10^4 nodes so far.
    assert_eq!(found(&r), vec![("limit-exceeded", "/e/7".to_string(), 5, 36)]);
    assert_eq!(
        messages(&r),
        vec!["YAML aliases expand to more than 100000 nodes (the `aliases` limit; an alias bomb?): the document is not checked past this point"]
    );
}

#[test]
fn norway_problem_and_numbers_follow_yaml_1_2() {
    // `on`, `yes`, `no` are strings in YAML 1.2: a string tag passes, and a Boolean field rejects them.
    let text = "chart_id: x\naction: upgrade\nparameters:\n  dry_run: no\n  release_version: 010\nvalues:\n  imageTag: on\n  imagePullPolicy: yes\n";
    let r = lint(text, &yaml(None)).remove(0);
    assert_eq!(found(&r), vec![("invalid-type", "/parameters/dry_run".into(), 4, 12)]);
    // 010 is the integer 10, not octal 8: a port of 010 is fine, 0o200000 (65536) is not.
    let ports = "name: web\nnode_ids: [n]\ndeployment:\n  replicas: 1\n  template:\n    configs: {host_network: false, restart_policy: Always}\n    containers:\n      - name: web\n        image_url: nginx\n        ports:\n          - container_port: 010\n          - container_port: 0o200000\n";
    let r = lint(ports, &yaml(None)).remove(0);
    assert_eq!(
        found(&r),
        vec![(
            "port-number",
            "/deployment/template/containers/0/ports/1/container_port".into(),
            12,
            29
        )]
    );
}

#[test]
fn duplicate_keys_are_reported_at_the_later_copy() {
    let text = "chart_id: x\naction: upgrade\nparameters: {}\nvalues: {}\naction: rollback\n";
    let r = lint(text, &yaml(None)).remove(0);
    assert_eq!(
        found(&r),
        vec![
            ("rollback-release-version", "/parameters/release_version".into(), 3, 13),
            ("duplicate-key", "/action".into(), 5, 1)
        ]
    );
}

#[test]
fn tabs_crlf_bom_and_chinese_keep_columns() {
    // CRLF line ends, a BOM, Chinese text in a value and a tab inside a quoted string.
    let text = "\u{feff}description: \"部署\tdemo\"\r\ndeployment:\r\n  image_url: \"\"\r\n";
    let r = lint(text, &yaml(Some(Kind::IefV2Update))).remove(0);
    assert_eq!(found(&r), vec![("image-url", "/deployment/image_url".into(), 3, 14)]);
    let text = "description: \"描述描述\"\nname: \"名字\"\n";
    let r = lint(text, &yaml(Some(Kind::IefV3Update))).remove(0);
    assert_eq!(found(&r), vec![("unknown-field", "/name".into(), 2, 1)]);
    let text = "description: 说明 ^\ndeployment: {image_url: x, migration: \"true\"}\n";
    let r = lint(text, &yaml(Some(Kind::IefV2Update))).remove(0);
    assert_eq!(
        found(&r),
        vec![
            ("description", "/description".into(), 1, 14),
            ("invalid-type", "/deployment/migration".into(), 2, 39)
        ]
    );
    // A tab used for indentation is a YAML syntax error, located.
    let r = lint("deployment:\n\timage_url: x\n", &yaml(Some(Kind::IefV2Update))).remove(0);
    assert_eq!(found(&r), vec![("parse-error", String::new(), 2, 2)]);
    assert_eq!(messages(&r), vec!["invalid YAML: a tab where YAML allows only spaces"]);
}

#[test]
fn syntax_errors_and_odd_documents() {
    // An unclosed flow sequence: the parser notices at the `:` of line 2.
    let r = lint("a: [1, 2\nb: 3\n", &yaml(None)).remove(0);
    assert_eq!(found(&r), vec![("parse-error", String::new(), 2, 2)]);
    assert_eq!(
        messages(&r),
        vec!["invalid YAML: a `key: value` pair or a `:` where none can stand"]
    );
    assert_eq!(r.kind, None);
    // Documents that are not mappings: one invalid-type at the root, spanning the value.
    for (text, found_type, end) in [
        ("- a\n- b\n", "array", (3, 1)),
        ("just a string\n", "string", (1, 14)),
        ("42\n", "number", (1, 3)),
        ("--- null\n", "null", (1, 9)),
    ] {
        let r = lint(text, &yaml(None)).remove(0);
        let start = if text == "--- null\n" { (1, 5) } else { (1, 1) };
        assert_eq!(
            found(&r),
            vec![("invalid-type", String::new(), start.0, start.1)],
            "{text:?}"
        );
        let d = &r.diagnostics[0];
        assert_eq!((d.end_line, d.end_column), end, "{text:?}");
        assert_eq!(
            d.message,
            format!("the request body must be an object, not {found_type}"),
            "{text:?}"
        );
        assert_eq!(r.kind, None, "{text:?}");
    }
    // Flow nesting past the YAML parser's own limit (255) is the depth limit
    // where it stops. (The parser reads ahead of its events, so the pointer
    // is where the tree had got to: here, nowhere yet.)
    let deep = format!("{}x{}", "[".repeat(2000), "]".repeat(2000));
    let r = lint(&deep, &yaml(None)).remove(0);
    assert_eq!(found(&r), vec![("limit-exceeded", String::new(), 1, 256)]);
    assert_eq!(
        messages(&r),
        vec!["the document nests deeper than 255 levels (the `depth` limit): it is not checked past this point"]
    );
}

#[test]
fn format_detection() {
    assert_eq!(InputFormat::detect("  {\"a\": 1}"), InputFormat::Json);
    assert_eq!(InputFormat::detect("\u{feff}[1]"), InputFormat::Json);
    assert_eq!(InputFormat::detect("a: 1"), InputFormat::Yaml);
    assert_eq!(InputFormat::detect("\n\t[1]"), InputFormat::Json);
    assert_eq!(InputFormat::detect("# {\n"), InputFormat::Yaml);
    // Without a format, YAML text is detected and linted as YAML.
    let r = lint(UPDATE, &opts(None)).remove(0);
    assert_eq!(r.kind, Some(Kind::IefV3Update));
    assert_eq!(
        found(&r),
        vec![(
            "unknown-field",
            "/deployment/template/configs/restartPolicy".into(),
            6,
            7
        )]
    );
    // Forced to JSON, the same text is a JSON syntax error at its first byte.
    let r = lint(UPDATE, &opts_in(None, InputFormat::Json)).remove(0);
    assert_eq!(r.diagnostics.len(), 1);
    assert_eq!(
        (r.diagnostics[0].code, r.diagnostics[0].line, r.diagnostics[0].column),
        ("parse-error", 1, 1)
    );
}
