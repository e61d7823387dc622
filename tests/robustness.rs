//! Bad input gets a diagnostic with a location: never a panic, never exit 101.

mod common;
use common::*;
use deploylint::{lint, lint_bytes, InputFormat, Kind, Report, Severity};

fn codes(r: &Report) -> Vec<(&'static str, String)> {
    r.diagnostics.iter().map(|d| (d.code, d.pointer.clone())).collect()
}

/// Each finding as (severity, code, pointer, line, column).
fn located(r: &Report) -> Vec<(Severity, &'static str, String, usize, usize)> {
    r.diagnostics
        .iter()
        .map(|d| (d.severity, d.code, d.pointer.clone(), d.line, d.column))
        .collect()
}

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

#[test]
fn empty_and_whitespace_documents() {
    for text in ["", "   \n\t", "\u{feff}"] {
        let r = lint(text, &opts(None)).remove(0);
        assert_eq!(codes(&r), vec![("parse-error", String::new())], "{text:?}");
        assert_eq!((r.diagnostics[0].line, r.diagnostics[0].column), (1, 1), "{text:?}");
        assert_eq!(
            r.diagnostics[0].message, "the document is empty; a request body is an object",
            "{text:?}"
        );
    }
}

#[test]
fn invalid_json_is_located() {
    let r = lint("{\"a\": 1,\n \"b\": tru }", &opts(None)).remove(0);
    assert_eq!(located(&r), vec![(E, "parse-error", String::new(), 2, 7)]);
    assert_eq!(r.diagnostics[0].message, "invalid JSON: `tru` is not a value");
    // Each JSON extension the API does not accept, at the offending token.
    for (bad, column, message) in [
        ("{\"a\": 1 // c\n}", 9, "comments are not allowed"),
        ("{'a': 1}", 2, "strings take double quotes, not single quotes"),
        ("{\"a\": 0x10}", 7, "hexadecimal numbers are not allowed"),
        ("{\"a\": 1,}", 8, "a trailing comma before `}`"),
        ("[1 2]", 4, "expected `,` or `]` after an array element"),
        ("{\"a\": NaN}", 7, "`NaN` and `Infinity` are not JSON numbers"),
        ("{} {}", 4, "more text after the end of the document"),
    ] {
        let r = lint(bad, &opts(None)).remove(0);
        assert_eq!(located(&r), vec![(E, "parse-error", String::new(), 1, column)], "{bad}");
        assert_eq!(r.diagnostics[0].message, format!("invalid JSON: {message}"), "{bad}");
        assert_eq!(r.kind, None, "{bad}");
    }
}

#[test]
fn wrong_top_level_types() {
    for (text, name) in [
        ("[]", "array"),
        ("[{\"deployment\": {}}]", "array"),
        ("42", "number"),
        ("\"text\"", "string"),
        ("null", "null"),
        ("true", "boolean"),
    ] {
        let r = lint(text, &opts(None)).remove(0);
        assert_eq!(located(&r), vec![(E, "invalid-type", String::new(), 1, 1)], "{text}");
        // The span covers the whole value.
        assert_eq!(
            (r.diagnostics[0].span.start, r.diagnostics[0].span.end),
            (0, text.len())
        );
        assert_eq!(
            r.diagnostics[0].message,
            format!("the request body must be an object, not {name}")
        );
        assert_eq!(r.kind, None);
    }
}

#[test]
fn invalid_utf8_is_located() {
    let bytes = b"{\n  \"description\": \"caf\xe9\"\n}";
    let reports = lint_bytes(bytes, &opts(None));
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert_eq!(codes(r), vec![("parse-error", String::new())]);
    assert_eq!((r.diagnostics[0].line, r.diagnostics[0].column), (2, 22));
    assert_eq!(
        r.diagnostics[0].message,
        "the file is not valid UTF-8 (invalid byte at offset 23)"
    );
    assert_eq!((r.diagnostics[0].span.start, r.diagnostics[0].span.end), (23, 24));
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    // Located at the bracket that crosses 512 levels (the body's own `{` is level 1).
    // The pointer is the value that nests too deep.
    for (open, close, column, seg) in [("[", "]", 527, "/0"), ("{\"a\":", "}", 2571, "/a")] {
        let text = format!("{{\"deployment\": {}{}}}", open.repeat(30_000), close.repeat(30_000));
        let r = lint(&text, &opts(None)).remove(0);
        let pointer = format!("/deployment{}", seg.repeat(511));
        assert_eq!(located(&r), vec![(E, "limit-exceeded", pointer, 1, column)]);
        assert_eq!(
            r.diagnostics[0].message,
            "the document nests deeper than 512 levels (the `depth` limit): it is not checked past this point"
        );
    }
    // Deep but within the cap: the walk stops where the spec stops.
    let text = format!(
        "{{\"chart_id\": \"x\", \"values\": {}1{}}}",
        "[".repeat(500),
        "]".repeat(500)
    );
    let r = lint(&text, &opts(None)).remove(0);
    assert_eq!(
        located(&r),
        vec![
            (W, "disputed-required", "/action".into(), 1, 1),
            (W, "disputed-required", "/parameters".into(), 1, 1),
            (E, "invalid-type", "/values".into(), 1, 29)
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
    // Over the default input size limit of 16 MiB: not checked, and said so.
    let r = lint(&text, &opts(None)).remove(0);
    assert_eq!(codes(&r), vec![("limit-exceeded", String::new())]);
    assert_eq!(r.diagnostics[0].span.start, 16 << 20);
    let r = lint(&text, &opts(None).limit(deploylint::Limit::InputSize, 32 << 20)).remove(0);
    assert_eq!(r.kind, Some(Kind::IefV3Create));
    assert_eq!(
        codes(&r),
        vec![("container-name", "/deployment/template/containers/12345/name".into())]
    );
    // One line: the column is the byte offset of the name's value, plus one.
    let at = text.find("\"Bad_Name\"").expect("planted") + 1;
    assert_eq!((r.diagnostics[0].line, r.diagnostics[0].column), (1, at));
}

/// What each malformed or odd input gets, and where: (input, format it is
/// read as, the kind found, every finding).
#[allow(clippy::type_complexity)]
fn garbage() -> Vec<(
    Vec<u8>,
    Option<Kind>,
    Vec<(Severity, &'static str, &'static str, usize, usize)>,
    Vec<&'static str>,
)> {
    let no_kind = None;
    vec![
        // Control bytes: not JSON (no `{` or `[`), so YAML, which rejects them.
        (
            b"\x00\x01\x02".to_vec(),
            no_kind,
            vec![(E, "parse-error", "", 1, 1)],
            vec!["invalid YAML: a character YAML does not allow here (a control character or a byte order mark)"],
        ),
        // Cut short after a key.
        (
            b"{\"deployment\":".to_vec(),
            no_kind,
            vec![(E, "parse-error", "", 1, 15)],
            vec!["invalid JSON: the text ends before the document is complete"],
        ),
        // Containers of every wrong shape: null is a missing container, the rest wrong types.
        (
            b"{\"deployment\": {\"template\": {\"containers\": [null, 1, \"x\", [], {}]}}}".to_vec(),
            Some(Kind::IefV3Update),
            vec![
                (W, "disputed-required", "/deployment/replicas", 1, 16),
                (E, "missing-field", "/deployment/template/configs", 1, 29),
                (E, "missing-field", "/deployment/template/containers/0", 1, 45),
                (E, "invalid-type", "/deployment/template/containers/1", 1, 51),
                (E, "invalid-type", "/deployment/template/containers/2", 1, 54),
                (E, "invalid-type", "/deployment/template/containers/3", 1, 59),
                (E, "missing-field", "/deployment/template/containers/4/image_url", 1, 63),
                (E, "missing-field", "/deployment/template/containers/4/name", 1, 63),
            ],
            vec![],
        ),
        // A lone surrogate escape names no character.
        (
            b"{\"\\ud800\": 1}".to_vec(),
            no_kind,
            vec![(E, "parse-error", "", 1, 3)],
            vec!["invalid JSON: an unpaired UTF-16 surrogate escape (`\\uD800`–`\\uDFFF`)"],
        ),
        // An escaped NUL is a fine string, but a string is not a body.
        (
            b"\"\\u0000\"".to_vec(),
            no_kind,
            vec![(E, "invalid-type", "", 1, 1)],
            vec!["the request body must be an object, not string"],
        ),
        // Chinese text shifts byte offsets but not columns; 1e400 is no integer.
        (
            "{\"name\": \"名字\", \"deployment\": {\"replicas\": 1e400}}".as_bytes().to_vec(),
            Some(Kind::IefV3Create),
            vec![
                (E, "node-placement", "/node_ids", 1, 1),
                (E, "deployment-name", "/name", 1, 10),
                (E, "missing-field", "/deployment/template", 1, 30),
                (E, "invalid-type", "/deployment/replicas", 1, 43),
            ],
            vec![],
        ),
        // A number beyond every integer type is still compared with its bound.
        (
            b"{\"deployment\": {\"app\": {\"resources\": {\"limits\": {\"cpu\": 99999999999999999999999999}}}}}".to_vec(),
            Some(Kind::IefV2Create),
            vec![
                (E, "missing-field", "/deployment/name", 1, 16),
                (E, "missing-field", "/deployment/node_ids", 1, 16),
                (E, "missing-field", "/deployment/app/image_url", 1, 24),
                (E, "missing-field", "/deployment/app/name", 1, 24),
                (E, "resource-quantity", "/deployment/app/resources/limits/cpu", 1, 57),
            ],
            vec![],
        ),
        // Below i64::MIN.
        (
            b"{\"chart_id\": \"x\", \"action\": \"rollback\", \"parameters\": {\"release_version\": -9223372036854775809}, \"values\": {}}".to_vec(),
            Some(Kind::CceReleaseUpdate),
            vec![
                (E, "invalid-type", "/parameters/release_version", 1, 75),
                (W, "rollback-release-version", "/parameters/release_version", 1, 75),
            ],
            vec![],
        ),
        // UTF-16 byte order mark: not UTF-8 at the first byte.
        (
            b"\xff\xfe{}".to_vec(),
            no_kind,
            vec![(E, "parse-error", "", 1, 1)],
            vec!["the file is not valid UTF-8 (invalid byte at offset 0)"],
        ),
        // A NUL after the body.
        (
            b"{\"chart_id\": \"x\"}\x00".to_vec(),
            no_kind,
            vec![(E, "parse-error", "", 1, 18)],
            vec!["invalid JSON: more text after the end of the document"],
        ),
        // Old Mac line ends (a lone CR) count as lines.
        (
            b"description: x\rdeployment:\r  image_url: ''\r".to_vec(),
            Some(Kind::IefV2Update),
            vec![(E, "image-url", "/deployment/image_url", 3, 14)],
            vec!["`image_url` must not be empty"],
        ),
        // Cut inside a two-byte character.
        (
            b"{\"description\": \"caf\xc3".to_vec(),
            no_kind,
            vec![(E, "parse-error", "", 1, 21)],
            vec!["the file is not valid UTF-8 (invalid byte at offset 20)"],
        ),
    ]
}

#[test]
fn garbage_gets_exact_located_findings() {
    for (bytes, kind, expected, messages) in garbage() {
        let input = String::from_utf8_lossy(&bytes).into_owned();
        let reports = lint_bytes(&bytes, &opts(None));
        assert_eq!(reports.len(), 1, "{input:?}");
        let r = &reports[0];
        assert_eq!(r.kind, kind, "{input:?}");
        let expected: Vec<_> = expected
            .into_iter()
            .map(|(s, c, p, l, col)| (s, c, p.to_string(), l, col))
            .collect();
        assert_eq!(located(r), expected, "{input:?}");
        if !messages.is_empty() {
            let actual: Vec<&str> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
            assert_eq!(actual, messages, "{input:?}");
        }
        assert_eq!(misplaced(&bytes, &reports), Vec::<String>::new(), "{input:?}");
        // Linting is deterministic.
        assert_eq!(lint_bytes(&bytes, &opts(None)), reports, "{input:?}");
    }
    // A YAML stream of only empty documents (kubectl and Helm skip them) is an empty file.
    let bytes = b"---\n...\n---\n";
    let reports = lint_bytes(bytes, &opts(None));
    assert_eq!(
        reports.iter().map(located).collect::<Vec<_>>(),
        vec![vec![(E, "parse-error", String::new(), 1, 1)]]
    );
    assert_eq!(
        reports[0].diagnostics[0].message,
        "the document is empty; a request body is an object"
    );
    // Two explicit null documents: one report each, each at its own line.
    let reports = lint_bytes(b"--- null\n--- ~\n", &opts(None));
    assert_eq!(
        reports.iter().map(located).collect::<Vec<_>>(),
        vec![
            vec![(E, "invalid-type", String::new(), 1, 5)],
            vec![(E, "invalid-type", String::new(), 2, 5)]
        ]
    );
    assert_eq!(reports.iter().map(|r| r.document).collect::<Vec<_>>(), vec![0, 1]);
}

/// Lints every byte prefix of `body` (a JSON object that ends with `}` and
/// white space) and checks each report: a prefix without the closing brace
/// is exactly one parse-error located inside the prefix; a prefix with it
/// gets exactly the findings of the whole body.
fn check_prefixes(body: &[u8]) {
    let close = body.iter().rposition(|&b| b == b'}').expect("a JSON object") + 1;
    assert!(body[close..].iter().all(u8::is_ascii_whitespace));
    let whole = lint_bytes(body, &opts(None));
    for n in 0..=body.len() {
        let prefix = &body[..n];
        let reports = lint_bytes(prefix, &opts(None));
        assert_eq!(reports.len(), 1, "prefix of {n} bytes: one document");
        assert_eq!(misplaced(prefix, &reports), Vec::<String>::new(), "prefix of {n} bytes");
        if n >= close {
            assert_eq!(reports, whole, "prefix of {n} bytes holds the whole body");
            continue;
        }
        // The test's own premise: a strict JSON parser rejects the prefix too.
        assert!(serde_json::from_slice::<serde_json::Value>(prefix).is_err());
        let r = &reports[0];
        assert_eq!(codes(r), vec![("parse-error", String::new())], "prefix of {n} bytes");
        let d = &r.diagnostics[0];
        assert!(
            d.span.start <= n && d.span.end <= n,
            "prefix of {n} bytes: {:?}",
            d.span
        );
        assert_eq!(r.kind, None, "prefix of {n} bytes");
        // Invalid UTF-8 only where the cut splits a character, at that character.
        let split = std::str::from_utf8(prefix).err().map(|e| e.valid_up_to());
        let utf8 = d.message.starts_with("the file is not valid UTF-8");
        assert_eq!(utf8, split.is_some(), "prefix of {n} bytes: {}", d.message);
        if let Some(at) = split {
            assert_eq!(d.span.start, at, "prefix of {n} bytes");
        }
    }
}

#[test]
fn every_byte_prefix_of_a_body_is_a_located_parse_error_or_the_whole_body() {
    let body = std::fs::read(root().join("examples/broken/ief-v3-create.json")).expect("example");
    check_prefixes(&body);
    // Its findings, so the prefixes that hold it are compared with something.
    let whole = lint_bytes(&body, &opts(None));
    assert_eq!(
        codes(&whole[0]),
        vec![
            ("deployment-name", "/name".into()),
            ("dns-policy-host-network", "/deployment/template/configs/dns_policy".into()),
            ("affinity-expression-values", "/deployment/template/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms/0/matchExpressions/1/values".into()),
            ("invalid-type", "/deployment/template/containers/0/resources/limits/cpu".into()),
            ("env-var", "/deployment/template/containers/0/envs/0/name".into()),
            ("port-number", "/deployment/template/containers/0/ports/0/host_port".into()),
            ("host-port-exclusive", "/deployment/template/containers/0/ports/1/host_port_range".into()),
        ]
    );
    // Multi-byte characters: cuts inside them are invalid UTF-8 at the character.
    let zh = "{\"description\": \"部署 demo\", \"deployment\": {\"image_url\": \"nginx\", \"envs\": [{\"name\": \"名\", \"value\": \"值\"}]}}\n";
    check_prefixes(zh.as_bytes());
    assert_eq!(
        codes(&lint(zh, &opts(None)).remove(0)),
        vec![("env-var", "/deployment/envs/0/name".into())]
    );
}

#[test]
fn a_format_forced_against_the_text_is_a_located_parse_error() {
    // YAML text read as JSON, and JSON with a YAML-only flaw read as YAML.
    let r = lint("a: 1\n", &opts_in(None, InputFormat::Json)).remove(0);
    assert_eq!(located(&r), vec![(E, "parse-error", String::new(), 1, 1)]);
    let r = lint("{\"a\": [1,\n\t2}", &opts_in(None, InputFormat::Yaml)).remove(0);
    assert_eq!(codes(&r), vec![("parse-error", String::new())]);
    assert_eq!(misplaced(b"{\"a\": [1,\n\t2}", &[r]), Vec::<String>::new());
}
