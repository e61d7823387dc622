//! The strict JSON parser: exact trees and spans, and a differential test
//! against serde_json (same accepted texts, same values) over the shipped
//! examples and fixtures, hand-written edge cases and every byte prefix of
//! them, and generated documents.

use deploylint::__private::parse;
use deploylint::{Exceeded, Limit, Limits};
use deploylint::{InputFormat, Member, Node, Span, SyntaxError, SyntaxErrorKind, Value};

/// The default depth limit.
const MAX_DEPTH: usize = Limits::DEFAULT.depth;
use proptest::prelude::*;
use std::path::Path;

fn json(text: &str) -> Result<Node, SyntaxError> {
    parse(text, InputFormat::Json).remove(0)
}

fn node(start: usize, end: usize, value: Value) -> Node {
    Node {
        span: Span::new(start, end),
        value,
    }
}

fn member(key: &str, key_span: (usize, usize), value: Node) -> Member {
    Member {
        key: key.into(),
        key_span: Span::new(key_span.0, key_span.1),
        value,
    }
}

#[test]
fn scalars_have_exact_spans() {
    assert_eq!(json(" null ").unwrap(), node(1, 5, Value::Null));
    assert_eq!(json("true").unwrap(), node(0, 4, Value::Bool(true)));
    assert_eq!(json("\tfalse\n").unwrap(), node(1, 6, Value::Bool(false)));
    assert_eq!(json("-0.5e+10").unwrap(), node(0, 8, Value::Number("-0.5e+10".into())));
    assert_eq!(json("\"a\\nb\"").unwrap(), node(0, 6, Value::String("a\nb".into())));
    assert_eq!(json("\"\"").unwrap(), node(0, 2, Value::String("".into())));
}

#[test]
fn objects_keep_duplicates_in_source_order() {
    let text = r#"{"b": 1, "a": [true, "x"], "b": {}}"#;
    let expected = node(
        0,
        35,
        Value::Object(vec![
            member("b", (1, 4), node(6, 7, Value::Number("1".into()))),
            member(
                "a",
                (9, 12),
                node(
                    14,
                    25,
                    Value::Array(vec![
                        node(15, 19, Value::Bool(true)),
                        node(21, 24, Value::String("x".into())),
                    ]),
                ),
            ),
            member("b", (27, 30), node(32, 34, Value::Object(vec![]))),
        ]),
    );
    assert_eq!(json(text).unwrap(), expected);
}

#[test]
fn escaped_keys_and_non_ascii_text() {
    // Spans are byte offsets: "é" is two bytes, "😀" four.
    let text = "{\"k\\u00e9\\ud83d\\ude00\": \"é😀\\t\", \"é\": []}";
    let expected = node(
        0,
        text.len(),
        Value::Object(vec![
            member("ké😀", (1, 22), node(24, 34, Value::String("é😀\t".into()))),
            member("é", (36, 40), node(42, 44, Value::Array(vec![]))),
        ]),
    );
    assert_eq!(json(text).unwrap(), expected);
}

#[test]
fn a_byte_order_mark_is_tolerated_and_spans_index_the_original_text() {
    let text = "\u{feff}{\"a\": 1}";
    let expected = node(
        3,
        11,
        Value::Object(vec![member("a", (4, 7), node(9, 10, Value::Number("1".into())))]),
    );
    assert_eq!(json(text).unwrap(), expected);
    // Only at the very start.
    assert!(json("{\"a\": 1}\u{feff}").is_err());
    assert!(json(" \u{feff}{}").is_err());
}

/// Nested containers, `depth` deep.
fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn nesting_is_capped_without_overflowing_the_stack() {
    assert!(json(&nested(MAX_DEPTH)).is_ok());
    let e = json(&nested(MAX_DEPTH + 1)).unwrap_err();
    assert_eq!(e.span, Span::new(MAX_DEPTH, MAX_DEPTH + 1));
    let e = json(&"{\"a\":".repeat(1_000_000)).unwrap_err();
    assert_eq!(e.span, Span::new(5 * MAX_DEPTH, 5 * MAX_DEPTH + 1));
    assert!(json(&nested(1_000_000)).is_err());
}

#[test]
fn parsing_needs_no_stack_per_level() {
    // Open containers wait on a heap stack: even unoptimised, the deepest
    // allowed document parses in a 16 KiB thread stack. (The finished tree
    // is leaked here: dropping it recurses, which is the tree type's cost,
    // not the parser's.)
    let deepest = format!("{}1{}", "[{\"a\":".repeat(MAX_DEPTH / 2), "}]".repeat(MAX_DEPTH / 2));
    let parsed = std::thread::Builder::new()
        .stack_size(16 * 1024)
        .spawn(move || {
            let tree = json(&deepest);
            let ok = tree.is_ok();
            std::mem::forget(tree);
            ok
        })
        .expect("thread")
        .join()
        .expect("no stack overflow");
    assert!(parsed);
}

// ---- differential test against serde_json ----

/// Our tree as a serde_json value: duplicate keys resolve to the last, as
/// serde_json's own map does; numbers go through serde_json's number parser.
fn to_serde(n: &Node) -> serde_json::Value {
    use serde_json::Value as J;
    match &n.value {
        Value::Null => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Number(s) => serde_json::from_str(s).expect("a number serde_json reads"),
        Value::String(s) => J::String(s.to_string()),
        Value::Array(items) => J::Array(items.iter().map(to_serde).collect()),
        Value::Object(members) => {
            let mut map = serde_json::Map::new();
            for m in members {
                map.insert(m.key.to_string(), to_serde(&m.value));
            }
            J::Object(map)
        }
    }
}

/// How deep the text nests if read bracket by bracket, ignoring strings.
fn bracket_depth(text: &str) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0, false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    max = max.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    max
}

/// Byte offset of serde_json's reported (line, column).
fn serde_offset(text: &str, e: &serde_json::Error) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(e.line() - 1).map(str::len).sum();
    line_start + e.column()
}

/// Parses `text` with both parsers and checks they agree. Returns whether it was valid.
fn agree(text: &str) -> bool {
    let ours = json(text);
    // serde_json does not take a byte order mark; we skip it.
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - body.len();
    let theirs = serde_json::from_str::<serde_json::Value>(body);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            assert_eq!(&to_serde(a), b, "different values for {text:?}");
            true
        }
        (Err(e), Err(s)) => {
            assert!(
                e.span.start <= e.span.end && e.span.end <= text.len(),
                "{text:?}: {e:?}"
            );
            let at = serde_offset(body, s) + bom;
            if s.to_string().starts_with("number out of range") {
                // A number serde_json cannot hold came first; our error is further on.
                return false;
            }
            if s.to_string().starts_with("recursion limit exceeded") {
                // serde_json stops at 128 levels, we at 512: agree on the first error only if it is ours.
                assert!(bracket_depth(body) > 128, "{text:?}");
                return false;
            }
            // serde_json reports the position just after the byte it stopped at;
            // ours spans the token at fault, which starts at or before that byte
            // with at most white space between (a trailing comma is ours, the `}`
            // after it serde_json's) or the rest of a `\uXXXX` escape, which
            // serde_json reads whole before judging.
            let stop = at.saturating_sub(1).min(text.len());
            let gap = &text.as_bytes()[e.span.end.min(stop)..stop];
            assert!(
                e.span.start <= at && (gap.len() <= 6 || gap.iter().all(u8::is_ascii_whitespace)),
                "{text:?}: ours {e:?}, serde_json {s} (offset {at})"
            );
            false
        }
        (Ok(a), Err(s)) => {
            let message = s.to_string();
            // Beyond serde_json's limits, not beyond JSON's: numbers out of f64 range
            // (we keep the text) and nesting between 128 and 512 levels.
            if message.starts_with("number out of range") {
                return true;
            }
            if message.starts_with("recursion limit exceeded") && bracket_depth(body) <= MAX_DEPTH {
                return true;
            }
            panic!("we accept what serde_json rejects ({message}): {text:?} -> {a:?}")
        }
        (Err(e), Ok(_)) => {
            if bracket_depth(body) > MAX_DEPTH {
                return false;
            }
            panic!("we reject what serde_json accepts: {text:?}: {e:?}")
        }
    }
}

fn json_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "json") {
            out.push(path);
        }
    }
}

#[test]
fn agrees_with_serde_json_on_every_shipped_json_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let mut files = Vec::new();
    json_files(&root.join("examples"), &mut files);
    json_files(&root.join("tests/fixtures"), &mut files);
    assert!(files.len() > 300, "{}", files.len());
    let (mut valid, mut invalid) = (0, 0);
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue; // not UTF-8: rejected before any parser runs
        };
        if text.trim().is_empty() {
            continue;
        }
        if agree(&text) {
            valid += 1;
        } else {
            invalid += 1;
        }
    }
    assert!(valid > 300 && invalid >= 5, "{valid} valid, {invalid} invalid");
}

/// Hand-written texts, valid and not, around every rule of the grammar.
const EDGE_CASES: &[&str] = &[
    // valid
    r#"{"a":[1,-1,0,-0,0.5,-0.0e0,1E5,1e-5,1E+5,12345678901234567890,1.5e300]}"#,
    r#"["\"\\\/\b\f\n\r\t\u0041\u00e9\u4e2d\ud83d\ude00\u0000\u001f", "\u007f", "é中😀"]"#,
    "{ \"a\" : { \"b\" : [ { } , [ ] , \"\" , null , true , false ] } }",
    "\r\n\t {\"\":\"\",\"\":1}\r\n\t ",
    r#"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"#,
    "\u{feff}[0]",
    "\"\u{7f}\u{80}\u{2028}\"",
    "123",
    "[1e400]",
    // invalid
    "{\"a\":1,}",
    "[1,]",
    "[,1]",
    "{,}",
    "{\"a\" 1}",
    "{\"a\":}",
    "{\"a\":1 \"b\":2}",
    "[1 2]",
    "{a:1}",
    "{'a':1}",
    "['a']",
    "[+1]",
    "[01]",
    "[-01]",
    "[00]",
    "[0x1F]",
    "[.5]",
    "[1.]",
    "[1.e5]",
    "[1e]",
    "[1e+]",
    "[-]",
    "[- 1]",
    "[1_000]",
    "[1.2.3]",
    "[NaN]",
    "[Infinity]",
    "[-Infinity]",
    "[True]",
    "[nul]",
    "[truex]",
    "[undefined]",
    "[\"\\x41\"]",
    "[\"\\u12\"]",
    "[\"\\u12G4\"]",
    "[\"\\ud800\"]",
    "[\"\\udc00\"]",
    "[\"\\ud800\\u0041\"]",
    "[\"\\ud800x\"]",
    "[\"\\ud800\\n\"]",
    "[\"\\udfff\\ud800\"]",
    "[\"a\tb\"]",
    "[\"a\nb\"]",
    "[\"\\\u{1}\"]",
    "[\"\\é\"]",
    "{} {}",
    "{}x",
    "[1] // c",
    "[1, /* c */ 2]",
    "{\"a\":1 // c\n}",
    "]",
    "}",
    ":",
    "[}",
    "{]",
    "[\"a\":1]",
    "\u{a0}[]",
    "[\u{b}]",
    "[\u{c}1]",
    "é",
    "[é]",
    "{é:1}",
    "{\"a\":1é}",
    "[1é]",
];

#[test]
fn agrees_with_serde_json_on_edge_cases_and_every_prefix() {
    for text in EDGE_CASES {
        let valid = agree(text);
        for end in (1..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let prefix = &text[..end];
            if prefix.trim_start_matches('\u{feff}').trim().is_empty() {
                continue; // the empty document is the caller's case
            }
            // A cut valid document that fails, fails at its end: the text stops too early.
            if !agree(prefix) && valid {
                let e = json(prefix).unwrap_err();
                assert!(e.span.end >= prefix.trim_end().len(), "{prefix:?}: {e:?}");
            }
        }
    }
}

#[test]
fn every_prefix_of_a_real_body_fails_at_its_end() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/valid/ief-v3-create.json"
    ))
    .expect("example");
    let text = text.trim_end();
    for end in (1..text.len()).filter(|&i| text.is_char_boundary(i)) {
        let prefix = &text[..end];
        if prefix.trim().is_empty() {
            continue;
        }
        assert!(!agree(prefix), "{prefix:?}");
        let e = json(prefix).unwrap_err();
        assert!(e.span.end >= prefix.trim_end().len(), "{prefix:?}: {e:?}");
    }
}

// ---- generated documents ----

/// Characters that stress escaping: quotes, backslashes, controls, non-ASCII.
const STRING_CHARS: &[char] = &[
    'a', 'z', '"', '\\', '/', '\n', '\t', '\u{0}', '\u{1f}', '\u{7f}', 'é', '中', '😀', '\u{2028}',
];

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(J::from),
        any::<u64>().prop_map(J::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(J::from),
        any::<String>().prop_map(J::String),
        prop::collection::vec(prop::sample::select(STRING_CHARS), 0..12)
            .prop_map(|cs| J::String(cs.into_iter().collect())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(J::Array),
            prop::collection::vec(
                (prop::collection::vec(prop::sample::select(STRING_CHARS), 0..6), inner),
                0..8
            )
            .prop_map(|ms| J::Object(ms.into_iter().map(|(k, v)| (k.into_iter().collect(), v)).collect())),
        ]
    })
}

/// Inserts white space between tokens of compact JSON, cycling through `ws`.
fn spread(compact: &str, ws: &[&str]) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let (mut in_string, mut escaped, mut k) = (false, false, 0);
    let mut pad = |out: &mut String| {
        if !ws.is_empty() {
            out.push_str(ws[k % ws.len()]);
            k += 1;
        }
    };
    pad(&mut out);
    for c in compact.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => {
                    in_string = false;
                    pad(&mut out);
                }
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' | ',' | ':' | '}' | ']' => {
                out.push(c);
                pad(&mut out);
            }
            _ => out.push(c),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_documents_agree(
        value in arb_json(),
        ws in prop::collection::vec(prop_oneof![Just(""), Just(" "), Just("\n"), Just("\r\n"), Just("\t"), Just("  \n    ")], 0..6),
        pretty in any::<bool>(),
    ) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            spread(&serde_json::to_string(&value).unwrap(), &ws)
        };
        prop_assert!(agree(&text), "{}", text);
        prop_assert_eq!(to_serde(&json(&text).unwrap()), value);
    }

    #[test]
    fn mutated_documents_agree(
        value in arb_json(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, prop::sample::select(vec![
            '{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '1', '-', '+', '.', 'e', 'x', 'n', 't', '/', '*', '\'', '\u{1}', 'é',
        ])), 1..4),
    ) {
        let mut chars: Vec<char> = serde_json::to_string(&value).unwrap().chars().collect();
        for (at, op, c) in edits {
            let i = at.index(chars.len() + 1);
            match op {
                0 => chars.insert(i, c),
                1 if i < chars.len() => { chars.remove(i); }
                _ if i < chars.len() => chars[i] = c,
                _ => chars.push(c),
            }
        }
        let text: String = chars.into_iter().collect();
        if !text.trim().is_empty() {
            agree(&text);
        }
    }
}

#[test]
fn errors_are_classified_and_located() {
    use SyntaxErrorKind as K;
    let cases: &[(&str, SyntaxErrorKind, &str)] = &[
        ("{\"a\":1,}", K::TrailingComma('}'), ","),
        ("[1,\n]", K::TrailingComma(']'), ","),
        ("[,1]", K::UnexpectedChar(','), ","),
        ("{\"a\":}", K::UnexpectedChar('}'), "}"),
        ("{\"a\" 1}", K::MissingColon, "1"),
        ("{\"a\":1 \"b\":2}", K::MissingComma('}'), "\""),
        ("[1 2]", K::MissingComma(']'), "2"),
        ("{a:1}", K::UnquotedKey, "a"),
        ("{名字:1}", K::UnquotedKey, "名字"),
        ("{'a':1}", K::SingleQuotedString, "'"),
        ("[+1]", K::LeadingPlus, "+1"),
        ("[-0644]", K::LeadingZero, "-0644"),
        ("[0x1F]", K::HexNumber, "0x1F"),
        ("[.5]", K::InvalidNumber, ".5"),
        ("[1.e5]", K::InvalidNumber, "1.e5"),
        ("[1.2.3]", K::InvalidNumber, "1.2.3"),
        ("[-Infinity]", K::NonFiniteNumber, "-Infinity"),
        ("[NaN]", K::NonFiniteNumber, "NaN"),
        ("[True]", K::BareWord("True".into()), "True"),
        ("{\"a\": 名字}", K::BareWord("名字".into()), "名字"),
        ("[truex]", K::BareWord("truex".into()), "truex"),
        ("[\"C:\\dir\"]", K::InvalidEscape('d'), "\\d"),
        ("[\"\\é\"]", K::InvalidEscape('é'), "\\é"),
        ("[\"\\u12G4\"]", K::InvalidUnicodeEscape, "\\u12G"),
        ("[\"\\ud800\"]", K::LoneSurrogate, "\\ud800"),
        ("[\"\\udc00\\ud800\"]", K::LoneSurrogate, "\\udc00"),
        ("[\"\\ud800\\u0041\"]", K::LoneSurrogate, "\\ud800"),
        ("[\"a\tb\"]", K::ControlCharacter('\t'), "\t"),
        ("{\"a\": \"x\n}", K::ControlCharacter('\n'), "\n"),
        ("{} {}", K::TrailingContent, "{"),
        ("[1] // c", K::Comment, "//"),
        ("{\"a\":1 /* c */}", K::Comment, "/*"),
        ("[}", K::UnexpectedChar('}'), "}"),
        ("\u{a0}[]", K::UnexpectedChar('\u{a0}'), "\u{a0}"),
        ("{\"a\": [1, {\"b\": ", K::UnexpectedEnd, ""),
        ("[\"abc", K::UnexpectedEnd, ""),
        ("[\"\\ud83d", K::UnexpectedEnd, ""),
        ("[1.", K::UnexpectedEnd, ""),
    ];
    for (text, kind, at) in cases {
        let e = json(text).unwrap_err();
        assert_eq!(&e.kind, kind, "{text:?}");
        assert_eq!(&text[e.span.start..e.span.end], *at, "{text:?}: {e:?}");
        if at.is_empty() {
            assert_eq!(e.span.start, text.len(), "{text:?}");
        }
    }
    // Past the BOM, spans still index the original text.
    let e = json("\u{feff}[1,]").unwrap_err();
    assert_eq!((e.kind, e.span), (K::TrailingComma(']'), Span::new(5, 6)));
    let e = json(&nested(MAX_DEPTH + 1)).unwrap_err();
    assert_eq!(
        e.kind,
        K::Exceeded(Exceeded::new(Limit::Depth, MAX_DEPTH, "/0".repeat(MAX_DEPTH)))
    );
}
