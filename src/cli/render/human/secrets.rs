//! Secret values kept out of the human excerpt.
//!
//! The value of an environment variable whose name looks secret
//! ([`looks_secret`]: `DB_PASSWORD`, `API_TOKEN`, `ACCESS_KEY`, `AK`, `SK`)
//! prints as `****`, so a plaintext credential in a body is not copied into
//! CI logs by an excerpt that happens to show it.
//!
//! The values come from the tree: a file with findings is parsed once more,
//! and in every object whose `name` looks secret each `value` member is
//! masked, wherever the two stand: on other lines than the excerpt's, in any
//! key order, JSON or YAML, one line or many. A line scan could not see a
//! name two lines above the excerpt, or outside the window of a minified
//! line. A document that does not parse has no tree; for it the lines an
//! excerpt shows, and two lines either side, are scanned for `name`/`value`
//! keys, and if a secret-looking name is among them every `value` shown is
//! masked. That is cruder, but a syntax error beside a credential is just
//! when the excerpt shows one.

use crate::syntax::{self, InputFormat, Node, Span, Value};
use std::ops::Range;
use std::path::Path;

/// Whether an env var's name looks secret: one test, shared with the
/// `env-plain-secret` rule.
pub(crate) use crate::looks_secret;

/// The secret values of one file.
pub struct Secrets {
    /// Byte ranges to mask, sorted and disjoint.
    masks: Vec<Range<usize>>,
    /// Per document: whether it parsed (so `masks` covers it).
    parsed: Vec<bool>,
}

impl Secrets {
    /// Parses `text` (the format from `path`'s extension, else from the text) and collects its secret values.
    pub fn find(path: &str, text: &str) -> Secrets {
        let format = Path::new(path)
            .extension()
            .and_then(|x| x.to_str())
            .and_then(InputFormat::from_extension)
            .unwrap_or_else(|| InputFormat::detect(text));
        let mut masks = Vec::new();
        let mut parsed = Vec::new();
        for doc in syntax::parse(text, format) {
            match doc {
                Ok(root) => {
                    collect(&root, text, &mut masks);
                    parsed.push(true);
                }
                Err(_) => parsed.push(false),
            }
        }
        Secrets {
            masks: merge(masks),
            parsed,
        }
    }

    /// What to mask in an excerpt of document `doc` that shows the bytes
    /// `shown`, with `nearby` the lines around it: sorted, disjoint ranges.
    pub fn masks(&self, text: &str, doc: usize, shown: &[Range<usize>], nearby: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for r in shown {
            let from = self.masks.partition_point(|m| m.end <= r.start);
            out.extend(self.masks[from..].iter().take_while(|m| m.start < r.end).cloned());
        }
        if !self.parsed.get(doc).copied().unwrap_or(false) {
            out.extend(scan(text, shown, nearby));
        }
        merge(out)
    }
}

/// Sorts ranges and joins overlapping ones.
fn merge(mut v: Vec<Range<usize>>) -> Vec<Range<usize>> {
    v.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// The value of every object whose `name` looks secret, quotes kept.
fn collect(root: &Node, text: &str, out: &mut Vec<Range<usize>>) {
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        match &n.value {
            Value::Object(members) => {
                let secret = members
                    .iter()
                    .any(|m| &*m.key == "name" && m.value.as_str().is_some_and(looks_secret));
                if secret {
                    out.extend(
                        members
                            .iter()
                            .filter(|m| &*m.key == "value")
                            .map(|m| inside_quotes(text, m.value.span))
                            .filter(|r| !r.is_empty()),
                    );
                }
                stack.extend(members.iter().map(|m| &m.value));
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
}

/// The bytes of a value without its quotes, if it has them.
fn inside_quotes(text: &str, span: Span) -> Range<usize> {
    let b = text.as_bytes();
    let (s, e) = (span.start.min(b.len()), span.end.min(b.len()));
    match (b.get(s), e.checked_sub(1).and_then(|i| b.get(i))) {
        (Some(&q @ (b'"' | b'\'')), Some(&c)) if c == q && e >= s + 2 => s + 1..e - 1,
        _ => s..e.max(s),
    }
}

/// The fallback for a document without a tree: `value`s in `shown`, when a
/// secret-looking `name` is in `shown` or `nearby`.
fn scan(text: &str, shown: &[Range<usize>], nearby: &[Range<usize>]) -> Vec<Range<usize>> {
    let secret_near = shown.iter().chain(nearby).any(|r| {
        keys(&text[r.clone()])
            .iter()
            .any(|(k, v)| *k == "name" && looks_secret(&text[r.start + v.start..r.start + v.end]))
    });
    if !secret_near {
        return Vec::new();
    }
    shown
        .iter()
        .flat_map(|r| {
            keys(&text[r.clone()])
                .into_iter()
                .filter(|(k, _)| *k == "value")
                .map(|(_, v)| r.start + v.start..r.start + v.end)
        })
        .collect()
}

/// The `name` and `value` keys of one line and the bytes of their scalars:
/// JSON `"name": "X"`, YAML `name: X` and `- name: X`, flow `{name: X, value: Y}`.
fn keys(line: &str) -> Vec<(&'static str, Range<usize>)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let key = if b[i..].starts_with(b"name") {
            "name"
        } else if b[i..].starts_with(b"value") {
            "value"
        } else {
            i += 1;
            continue;
        };
        let open = i.checked_sub(1).map(|p| b[p]);
        let mut j = i + key.len();
        i += 1;
        if !matches!(open, None | Some(b' ' | b'\t' | b'{' | b',' | b'"' | b'\'')) {
            continue;
        }
        if let Some(q @ (b'"' | b'\'')) = open {
            if b.get(j) != Some(&q) {
                continue;
            }
            j += 1;
        }
        while matches!(b.get(j), Some(b' ' | b'\t')) {
            j += 1;
        }
        if b.get(j) != Some(&b':') {
            continue;
        }
        j += 1;
        while matches!(b.get(j), Some(b' ' | b'\t')) {
            j += 1;
        }
        let value = match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let mut k = j + 1;
                while k < b.len() && b[k] != q {
                    k += if q == b'"' && b[k] == b'\\' { 2 } else { 1 };
                }
                j + 1..k.min(b.len())
            }
            None | Some(b'{' | b'[' | b'|' | b'>' | b'&' | b'*') => continue,
            Some(_) => {
                let mut k = j;
                while k < b.len() && !matches!(b[k], b',' | b'}' | b']') {
                    k += 1;
                }
                while k > j && matches!(b[k - 1], b' ' | b'\t') {
                    k -= 1;
                }
                j..k
            }
        };
        if !value.is_empty() {
            i = value.end;
            out.push((key, value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names() {
        for n in [
            "DB_PASSWORD",
            "API_TOKEN",
            "ACCESS_KEY",
            "AK",
            "sk",
            "dbPassword",
            "apiKey",
            "MY-SECRET",
        ] {
            assert!(looks_secret(n), "{n}");
        }
        for n in ["NODE_IP", "MASK", "TASK", "KEYSTORE_PATH", "LOG_LEVEL", ""] {
            assert!(!looks_secret(n), "{n}");
        }
    }

    #[test]
    fn tree_masks_the_value_wherever_the_name_is() {
        let text = "{\"envs\": [\n  {\n    \"value\": \"hunter2\",\n    \"name\": \"DB_PASSWORD\"\n  },\n  {\"name\": \"LOG\", \"value\": \"debug\"}\n]}";
        let s = Secrets::find("a.json", text);
        let v = text.find("hunter2").unwrap_or_default();
        assert_eq!(s.masks, vec![v..v + 7]);
    }

    #[test]
    fn scan_for_unparsed_documents() {
        let line = "- {name: \"DB_PASSWORD\", value: 'p,w'} # x";
        let k = keys(line);
        assert_eq!(k, vec![("name", 10..21), ("value", 32..35)]);
        let yaml = "  - name: DB_PASSWORD\n    value: hunter2   \n    value: [1]";
        let shown = [22..43, 44..58];
        let name_line = 0..21;
        let v = yaml.find("hunter2").unwrap_or_default();
        assert_eq!(scan(yaml, &shown, std::slice::from_ref(&name_line)), vec![v..v + 7]);
        assert_eq!(scan(yaml, &shown, &[]), Vec::<Range<usize>>::new());
    }
}
