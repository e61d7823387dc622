//! Bad input gets a diagnostic with a location: never a panic, never exit 101.

use deploylint::{lint, lint_bytes, Options};

fn codes(r: &deploylint::Report) -> Vec<(&'static str, String)> {
    r.diagnostics.iter().map(|d| (d.code, d.pointer.clone())).collect()
}

#[test]
fn empty_and_whitespace_documents() {
    for text in ["", "   \n\t", "\u{feff}"] {
        let r = lint(text, &Options::default());
        assert_eq!(codes(&r), vec![("parse-error", String::new())], "{text:?}");
        assert_eq!((r.diagnostics[0].line, r.diagnostics[0].column), (1, 1));
    }
}

#[test]
fn invalid_json_is_located() {
    let r = lint("{\"a\": 1,\n \"b\": tru }", &Options::default());
    assert_eq!(codes(&r), vec![("parse-error", String::new())]);
    assert_eq!(r.diagnostics[0].line, 2);
    for bad in [
        "{\"a\": 1 // c\n}",
        "{'a': 1}",
        "{\"a\": 0x10}",
        "{\"a\": 1,}",
        "[1 2]",
        "{\"a\": NaN}",
        "{} {}",
    ] {
        let r = lint(bad, &Options::default());
        assert_eq!(r.diagnostics[0].code, "parse-error", "{bad}");
    }
}

#[test]
fn wrong_top_level_types() {
    for text in ["[]", "[{\"deployment\": {}}]", "42", "\"text\"", "null", "true"] {
        let r = lint(text, &Options::default());
        assert_eq!(codes(&r), vec![("invalid-type", String::new())], "{text}");
        assert_eq!(r.kind, None);
    }
}

#[test]
fn invalid_utf8_is_located() {
    let bytes = b"{\n  \"description\": \"caf\xe9\"\n}";
    let r = lint_bytes(bytes, &Options::default()).remove(0);
    assert_eq!(codes(&r), vec![("parse-error", String::new())]);
    assert_eq!((r.diagnostics[0].line, r.diagnostics[0].column), (2, 22));
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let text = format!("{{\"deployment\": {}{}}}", open.repeat(30_000), close.repeat(30_000));
        let r = lint(&text, &Options::default());
        assert_eq!(codes(&r), vec![("parse-error", String::new())]);
        assert!(
            r.diagnostics[0].message.contains("deeper than 512"),
            "{}",
            r.diagnostics[0].message
        );
    }
    // Deep but within the cap: the walk stops where the spec stops.
    let text = format!(
        "{{\"chart_id\": \"x\", \"values\": {}1{}}}",
        "[".repeat(500),
        "]".repeat(500)
    );
    let r = lint(&text, &Options::default());
    assert_eq!(
        codes(&r),
        vec![
            ("disputed-required", "/action".into()),
            ("disputed-required", "/parameters".into()),
            ("invalid-type", "/values".into())
        ]
    );
}

#[test]
fn tens_of_megabytes() {
    // A v3 create body with 20,000 containers (about 20 MB), one of them wrong.
    let mut containers = Vec::new();
    for i in 0..20_000 {
        let name = if i == 12_345 {
            "Bad_Name".to_string()
        } else {
            format!("c{i}")
        };
        containers.push(format!("{{\"name\":\"{name}\",\"image_url\":\"nginx:alpine\",\"args\":[\"{}\"],\"envs\":[{{\"name\":\"A\",\"value\":\"{}\"}}]}}", "x".repeat(500), "y".repeat(400)));
    }
    let text = format!(
        "{{\"name\":\"big\",\"node_ids\":[\"n\"],\"deployment\":{{\"replicas\":1,\"template\":{{\"configs\":{{\"host_network\":false,\"restart_policy\":\"Always\"}},\"containers\":[{}]}}}}}}",
        containers.join(",")
    );
    assert!(text.len() > 19_000_000);
    let r = lint(&text, &Options::default());
    let c = codes(&r);
    assert!(
        c.contains(&("container-name", "/deployment/template/containers/12345/name".into())),
        "{c:?}"
    );
}

#[test]
fn garbage_never_panics() {
    let samples: Vec<Vec<u8>> = vec![
        b"\x00\x01\x02".to_vec(),
        b"{\"deployment\":".to_vec(),
        b"{\"deployment\": {\"template\": {\"containers\": [null, 1, \"x\", [], {}]}}}".to_vec(),
        b"{\"\\ud800\": 1}".to_vec(),
        b"\"\\u0000\"".to_vec(),
        "{\"name\": \"名字\", \"deployment\": {\"replicas\": 1e400}}".as_bytes().to_vec(),
        b"{\"deployment\": {\"app\": {\"resources\": {\"limits\": {\"cpu\": 99999999999999999999999999}}}}}".to_vec(),
        b"{\"chart_id\": \"x\", \"action\": \"rollback\", \"parameters\": {\"release_version\": -9223372036854775809}, \"values\": {}}".to_vec(),
    ];
    for s in samples {
        let r = lint_bytes(&s, &Options::default()).remove(0);
        for d in &r.diagnostics {
            assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        }
    }
    // Every byte prefix of a real body.
    let body = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/broken/ief-v3-create.json"
    ))
    .expect("example");
    for n in 0..body.len() {
        let _ = lint_bytes(&body[..n], &Options::default());
    }
}
