//! YAML 1.2 → [`Node`], built directly from saphyr-parser's events.
//!
//! Building the tree here, rather than through a YAML DOM, is what lets the
//! linter keep what a DOM throws away or gets wrong:
//! - duplicate keys stay in the member list (a DOM keeps one copy silently);
//! - aliases are expanded against a budget (the `aliases` limit, in nodes),
//!   so an alias bomb is a located `limit-exceeded` instead of an
//!   exponential tree;
//! - nesting and string length are limited like JSON ([`crate::limits`]);
//!   flow collections (`[[[…`) stop earlier, at saphyr-parser's own limit of
//!   [`FLOW_DEPTH`] levels, reported as the depth limit too;
//! - saphyr's markers count characters; they are mapped to byte offsets once
//!   (checkpoints every 64 characters), so spans index the original text.
//!
//! Merge keys (`<<: *defaults`, or `<<: [*a, *b]`) are resolved as go-yaml
//! and PyYAML do: the merged mappings' members join the mapping unless it
//! sets the key itself (earlier mappings win over later ones), and keep the
//! spans of the anchor's text, so a finding inside merged content points
//! there. Empty documents (a stream ending in `---`, as kubectl and Helm
//! write) are skipped.
//!
//! Scalars resolve by the YAML 1.2 core schema: `on`, `yes`, `no` stay
//! strings, `010` is the integer 10 (not octal 8), `0o10` is 8, `0x1F` is 31.

use super::pointer::{push_seg, Seg};
use super::{Member, Node, Span, SyntaxError, SyntaxErrorKind, Value};
use crate::limits::{Exceeded, Limit, Limits};
use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use std::borrow::Cow;
use std::collections::HashMap;

/// How deep saphyr-parser lets flow collections nest (its level counter is
/// a `u8`); past it, its "recursion limit exceeded" is the depth limit.
pub const FLOW_DEPTH: usize = 255;

/// Char index → byte offset, via checkpoints.
struct CharMap<'t> {
    text: &'t str,
    ascii: bool,
    checkpoints: Vec<usize>,
}

impl<'t> CharMap<'t> {
    fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            for (i, (b, _)) in text.char_indices().enumerate() {
                if i % 64 == 0 {
                    checkpoints.push(b);
                }
            }
        }
        CharMap {
            text,
            ascii,
            checkpoints,
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        if self.ascii {
            return char_index.min(self.text.len());
        }
        let Some(&start) = self.checkpoints.get(char_index / 64) else {
            return self.text.len();
        };
        let rest = char_index % 64;
        self.text[start..]
            .char_indices()
            .nth(rest)
            .map_or(self.text.len(), |(b, _)| start + b)
    }

    fn span(&self, s: saphyr_parser::Span) -> Span {
        Span::new(self.byte(s.start.index()), self.byte(s.end.index()))
    }
}

enum Frame {
    Seq {
        start: usize,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        start: usize,
        anchor: usize,
        members: Vec<Member>,
        key: Option<(Box<str>, Span)>,
    },
}

fn count(n: &Node) -> usize {
    match &n.value {
        Value::Array(items) => 1 + items.iter().map(count).sum::<usize>(),
        Value::Object(ms) => 1 + ms.iter().map(|m| count(&m.value)).sum::<usize>(),
        _ => 1,
    }
}

/// The JSON Pointer of the node to come in `stack` (`levels` frames of
/// it): the next item of a sequence, the value of the key just read.
fn pointer(stack: &[Frame], levels: usize) -> String {
    let mut out = String::new();
    for f in stack.iter().take(levels) {
        match f {
            Frame::Seq { items, .. } => push_seg(&mut out, Seg::Index(items.len())),
            Frame::Map { key: Some((k, _)), .. } => push_seg(&mut out, Seg::Key(k)),
            // A key being read: the mapping's pointer is the place.
            Frame::Map { key: None, .. } => break,
        }
    }
    out
}

/// Whether the node to come is a key of the innermost mapping.
fn reading_key(stack: &[Frame]) -> bool {
    matches!(stack.last(), Some(Frame::Map { key: None, .. }))
}

/// Parses every document of a YAML stream. A syntax error ends the stream:
/// the documents before it are returned, then the error.
pub(super) fn parse(text: &str, limits: &Limits) -> Vec<Result<Node, SyntaxError>> {
    let map = CharMap::new(text);
    let mut docs = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, (Node, usize)> = HashMap::new();
    let mut budget = limits.aliases;
    let mut root: Option<Node> = None;
    let err = |span: Span, kind| SyntaxError { span, kind };
    let exceeded = |stack: &[Frame], limit: Limit, max: usize| {
        SyntaxErrorKind::Exceeded(Exceeded::new(limit, max, pointer(stack, stack.len())))
    };
    for item in Parser::new_from_str(text) {
        let (event, sp) = match item {
            Ok(x) => x,
            Err(e) => {
                let at = map.byte(e.marker().index());
                let kind = match classify(e.info()) {
                    // saphyr-parser's flow level counter overflowed.
                    SyntaxErrorKind::Exceeded(_) => exceeded(&stack, Limit::Depth, FLOW_DEPTH.min(limits.depth)),
                    kind => kind,
                };
                let end = at + text.get(at..).and_then(|t| t.chars().next()).map_or(0, char::len_utf8);
                let span = if matches!(kind, SyntaxErrorKind::Exceeded(_)) {
                    Span::new(at, end)
                } else {
                    Span::new(at, at)
                };
                docs.push(Err(err(span, kind)));
                return docs;
            }
        };
        let span = map.span(sp);
        let node = match event {
            Event::DocumentStart(_) => {
                anchors.clear();
                budget = limits.aliases;
                root = None;
                continue;
            }
            Event::DocumentEnd => {
                if let Some(r) = root.take().filter(|r| !is_empty_document(text, r)) {
                    docs.push(Ok(r));
                }
                continue;
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if stack.len() >= limits.depth {
                    docs.push(Err(err(span, exceeded(&stack, Limit::Depth, limits.depth))));
                    return docs;
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        start: span.start,
                        anchor,
                        items: Vec::new(),
                    }
                } else {
                    Frame::Map {
                        start: span.start,
                        anchor,
                        members: Vec::new(),
                        key: None,
                    }
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match stack.pop() {
                    Some(Frame::Seq { start, anchor, items }) => (
                        Node {
                            span: Span::new(start, span.end.max(start)),
                            value: Value::Array(items),
                        },
                        anchor,
                    ),
                    Some(Frame::Map {
                        start, anchor, members, ..
                    }) => (
                        Node {
                            span: Span::new(start, span.end.max(start)),
                            value: Value::Object(merge(text, members)),
                        },
                        anchor,
                    ),
                    None => continue,
                };
                if anchor > 0 {
                    let n = count(&node);
                    anchors.insert(anchor, (node.clone(), n));
                }
                node
            }
            Event::Scalar(value, style, anchor, tag) => {
                if value.len() > limits.string_length {
                    let key = reading_key(&stack);
                    let mut e = Exceeded::new(Limit::StringLength, limits.string_length, pointer(&stack, stack.len()));
                    e.key = key;
                    docs.push(Err(err(span, SyntaxErrorKind::Exceeded(e))));
                    return docs;
                }
                let node = Node {
                    span,
                    value: resolve(value, style, tag.as_deref()),
                };
                if anchor > 0 {
                    anchors.insert(anchor, (node.clone(), 1));
                }
                node
            }
            Event::Alias(id) => match anchors.get(&id) {
                Some((n, size)) => {
                    if *size > budget {
                        docs.push(Err(err(span, exceeded(&stack, Limit::Aliases, limits.aliases))));
                        return docs;
                    }
                    budget -= size;
                    n.clone()
                }
                None => {
                    docs.push(Err(err(span, SyntaxErrorKind::UnknownAnchor)));
                    return docs;
                }
            },
            Event::StreamStart | Event::StreamEnd | Event::Nothing => continue,
        };
        // Attach the finished node to its parent, or make it the root.
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { members, key, .. }) => match key.take() {
                None => {
                    // The key's text is moved out of its node, not copied.
                    let k: Box<str> = match node.value {
                        Value::String(s) | Value::Number(s) => s,
                        Value::Bool(b) => if b { "true" } else { "false" }.into(),
                        Value::Null => "".into(),
                        _ => {
                            docs.push(Err(err(node.span, SyntaxErrorKind::ComplexKey)));
                            return docs;
                        }
                    };
                    *key = Some((k, node.span));
                }
                Some((k, key_span)) => members.push(Member {
                    key: k,
                    key_span,
                    value: node,
                }),
            },
        }
    }
    if let Some(r) = root.take().filter(|r| !is_empty_document(text, r)) {
        docs.push(Ok(r));
    }
    docs
}

/// A document with no content at all (`---` and nothing after it, or an
/// explicit end `...`): a null that no `null`/`~` literal wrote.
fn is_empty_document(text: &str, root: &Node) -> bool {
    let written = text.get(root.span.start..root.span.end).unwrap_or_default();
    matches!(root.value, Value::Null) && !matches!(written, "null" | "Null" | "NULL" | "~")
}

/// Resolves the merge keys of one mapping's members: a plain `<<` key whose
/// value is a mapping or a sequence of mappings. Explicit members keep their
/// place; merged members the mapping does not set follow them, earlier
/// merged mappings winning over later ones. A `<<` with any other value is
/// kept as an ordinary member (and reported as an unknown field).
fn merge(text: &str, members: Vec<Member>) -> Vec<Member> {
    let is_merge = |m: &Member| &*m.key == "<<" && text.get(m.key_span.start..m.key_span.end) == Some("<<");
    let mergeable = |m: &Member| match &m.value.value {
        Value::Object(_) => true,
        Value::Array(items) => items.iter().all(|i| matches!(i.value, Value::Object(_))),
        _ => false,
    };
    if !members.iter().any(|m| is_merge(m) && mergeable(m)) {
        return members;
    }
    let (merges, mut own): (Vec<Member>, Vec<Member>) = members.into_iter().partition(|m| is_merge(m) && mergeable(m));
    let mut seen: std::collections::HashSet<Box<str>> = own.iter().map(|m| m.key.clone()).collect();
    for m in merges {
        let sources = match m.value.value {
            Value::Object(ms) => vec![ms],
            Value::Array(items) => items
                .into_iter()
                .filter_map(|i| match i.value {
                    Value::Object(ms) => Some(ms),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for source in sources {
            for member in source {
                if seen.insert(member.key.clone()) {
                    own.push(member);
                }
            }
        }
    }
    own
}

/// Classifies a saphyr-parser scanner error by its text, so that messages
/// are ours in every language; what no rule recognises keeps the text for
/// the English message only. The first matching rule wins.
fn classify(info: &str) -> SyntaxErrorKind {
    use SyntaxErrorKind as K;
    let text = info.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["recursion limit"]) {
        // Which limit, and where, the caller knows.
        K::Exceeded(Exceeded::new(Limit::Depth, FLOW_DEPTH, String::new()))
    } else if has(&["unknown anchor"]) {
        K::UnknownAnchor
    } else if text
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w == "tab" || w == "tabs")
    {
        K::YamlTab
    } else if has(&["anchor or alias", "anchor"]) {
        K::YamlAnchor
    } else if has(&["indentation", "indented", "block mapping", "block collection"]) {
        K::YamlIndentation
    } else if has(&["quoted scalar", "double-quoted"]) {
        K::YamlQuoted
    } else if has(&["flow sequence", "flow mapping", "bracket", "in flow", "`[{`"]) {
        K::YamlFlow
    } else if has(&["unexpected eof", "end of stream", "unexpected end"]) {
        K::YamlUnexpectedEnd
    } else if has(&["tag", "directive", "handle"]) {
        K::YamlTagOrDirective
    } else if has(&["mapping values", "mapping keys", "simple key", "expected key", "':'"]) {
        K::YamlKey
    } else if has(&["unprintable", "byte order mark"]) {
        K::YamlCharacter
    } else {
        K::YamlOther(info.into())
    }
}

/// The text of a scalar event as a string value: a copy of exactly its
/// length. (Shrinking saphyr-parser's own buffer in place instead,
/// `into_boxed_str`, executes fewer instructions but took about 10% more
/// CPU time on a 1 MB body, measured; presumably glibc's in-place shrink,
/// splitting every chunk, keeps its per-size caches from serving the
/// parser's next buffers.)
fn string(s: Cow<'_, str>) -> Value {
    Value::String((&*s).into())
}

/// Resolves a scalar by the YAML 1.2 core schema.
fn resolve(s: Cow<'_, str>, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    if let Some(t) = tag.filter(|t| t.handle == "tag:yaml.org,2002:" || t.handle == "!!") {
        return match t.suffix.as_str() {
            "null" => Value::Null,
            "bool" => core_bool(&s).map_or_else(|| string(s), Value::Bool),
            "int" | "float" => core_number(&s).map_or_else(|| string(s), Value::Number),
            _ => string(s),
        };
    }
    if style != ScalarStyle::Plain {
        return string(s);
    }
    match &*s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        _ => {}
    }
    if let Some(b) = core_bool(&s) {
        return Value::Bool(b);
    }
    core_number(&s).map_or_else(|| string(s), Value::Number)
}

fn core_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// A core-schema number, normalised to JSON-like text (`010` → `10`, `0x1F` → `31`).
fn core_number(s: &str) -> Option<Box<str>> {
    let b = s.as_bytes();
    // Every core-schema number starts with a digit, a sign or a dot (most
    // plain scalars, keys among them, do not: no further work for them).
    if !matches!(b.first(), Some(b'0'..=b'9' | b'+' | b'-' | b'.')) {
        return None;
    }
    if let Some(h) = s.strip_prefix("0x") {
        return u64::from_str_radix(h, 16).ok().map(|n| n.to_string().into());
    }
    if let Some(o) = s.strip_prefix("0o") {
        return u64::from_str_radix(o, 8).ok().map(|n| n.to_string().into());
    }
    match s {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Some("inf".into()),
        "-.inf" | "-.Inf" | "-.INF" => return Some("-inf".into()),
        ".nan" | ".NaN" | ".NAN" => return Some("NaN".into()),
        _ => {}
    }
    let (sign, digits) = match b.first() {
        Some(b'-') => ("-", &s[1..]),
        Some(b'+') => ("", &s[1..]),
        _ => ("", s),
    };
    if digits.is_empty() {
        return None;
    }
    if digits.bytes().all(|c| c.is_ascii_digit()) {
        let trimmed = digits.trim_start_matches('0');
        let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
        if trimmed.len() == s.len() {
            // Already normal (`8080`): no sign, no leading zero.
            return Some(s.into());
        }
        return Some(format!("{sign}{trimmed}").into());
    }
    // [-+]? ( \.[0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    let (mant, exp) = match digits.find(['e', 'E']) {
        Some(i) => (&digits[..i], Some(&digits[i + 1..])),
        None => (digits, None),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mant_ok = (!int.is_empty() || !frac.is_empty())
        && int.bytes().all(|c| c.is_ascii_digit())
        && frac.bytes().all(|c| c.is_ascii_digit())
        && (mant.contains('.') || !int.is_empty());
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|c| c.is_ascii_digit())
    });
    if mant_ok && exp_ok {
        let int = if int.is_empty() { "0" } else { int };
        let frac = if frac.is_empty() { "0" } else { frac };
        let exp = exp.map(|e| format!("e{e}")).unwrap_or_default();
        return Some(format!("{sign}{int}.{frac}{exp}").into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanner_errors_are_classified() {
        use SyntaxErrorKind as K;
        let first_error = |text: &str| {
            parse(text, &Limits::DEFAULT)
                .into_iter()
                .find_map(Result::err)
                .map(|e| e.kind)
        };
        assert_eq!(first_error("deployment:\n\timage_url: x\n"), Some(K::YamlTab));
        assert_eq!(first_error("a: [1, 2"), Some(K::YamlFlow));
        assert_eq!(first_error("a: {x: 1\n"), Some(K::YamlFlow));
        assert_eq!(first_error("[a, b]]\n"), Some(K::YamlFlow));
        assert_eq!(first_error("a: [1, 2\nb: 3\n"), Some(K::YamlKey));
        assert_eq!(first_error("- a\nb: 1\n"), Some(K::YamlIndentation));
        assert_eq!(first_error("a: &\n"), Some(K::YamlAnchor));
        assert_eq!(first_error("\"\\q\""), Some(K::YamlQuoted));
        assert_eq!(first_error("a: \"x\n"), Some(K::YamlQuoted));
        assert_eq!(first_error("a: b: c\n"), Some(K::YamlKey));
        assert_eq!(first_error("a:\n  b: 1\n c: 2\n"), Some(K::YamlIndentation));
        assert_eq!(first_error("a: *nope\n"), Some(K::UnknownAnchor));
        assert_eq!(first_error("? [a]\n: 1\n"), Some(K::ComplexKey));
        assert_eq!(first_error("%FOO\n--- !<x\n"), Some(K::YamlTagOrDirective));
        assert!(matches!(classify("recursion limit exceeded"), K::Exceeded(_)));
        assert_eq!(
            classify("while scanning an anchor or alias, did not find expected alphabetic or numeric character"),
            K::YamlAnchor
        );
        assert_eq!(classify("unexpected eof"), K::YamlUnexpectedEnd);
        assert_eq!(classify("found unprintable character"), K::YamlCharacter);
        assert_eq!(
            classify("did not find expected node content"),
            K::YamlOther("did not find expected node content".into())
        );
    }

    #[test]
    fn core_schema_numbers() {
        assert_eq!(core_number("010").as_deref(), Some("10"));
        assert_eq!(core_number("0o10").as_deref(), Some("8"));
        assert_eq!(core_number("0x1F").as_deref(), Some("31"));
        assert_eq!(core_number("+5").as_deref(), Some("5"));
        assert_eq!(core_number(".5").as_deref(), Some("0.5"));
        assert_eq!(core_number("1e3").as_deref(), Some("1.0e3"));
        assert_eq!(core_number("1_000"), None);
        assert_eq!(core_number("on"), None);
        assert_eq!(core_number("1.2.3"), None);
    }
}
