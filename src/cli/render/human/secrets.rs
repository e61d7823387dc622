//! Secret values kept out of the human excerpt.
//!
//! The value of an environment variable whose name looks secret
//! ([`looks_secret`]: `DB_PASSWORD`, `API_TOKEN`, `ACCESS_KEY`, `AK`, `SK`)
//! prints as `****`, so a plaintext credential in a body is not copied into
//! CI logs by an excerpt that happens to show it.
//!
//! The lint finds the values on the tree it built ([`Report::secrets`]: in
//! every object whose `name` looks secret, each `value` member, wherever the
//! two stand). A document that did not parse has no tree; for it the lines
//! an excerpt shows, and two lines either side, are scanned for
//! `name`/`value` keys, and if a secret-looking name is among them every
//! `value` shown is masked. That is cruder, but a syntax error beside a
//! credential is just when the excerpt shows one.

use crate::Report;
use std::ops::Range;

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
    /// The secret values the lint found in a file's documents.
    pub fn of(reports: &[Report]) -> Secrets {
        let documents = reports.iter().map(|r| r.document + 1).max().unwrap_or(0);
        let mut parsed = vec![false; documents];
        let mut masks = Vec::new();
        for r in reports {
            if let Some(found) = &r.secrets {
                parsed[r.document] = true;
                masks.extend(found.iter().map(|s| s.start..s.end));
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
    fn the_lint_finds_the_values_the_excerpt_masks() {
        let text = "{\"envs\": [\n  {\n    \"value\": \"hunter2\",\n    \"name\": \"DB_PASSWORD\"\n  },\n  {\"name\": \"LOG\", \"value\": \"debug\"}\n]}";
        let s = Secrets::of(&crate::lint(text, &crate::Options::new()));
        let v = text.find("hunter2").unwrap_or_default();
        assert_eq!(s.masks, std::iter::once(v..v + 7).collect::<Vec<_>>());
        assert_eq!(s.parsed, [true]);
        let s = Secrets::of(&crate::lint(
            "{\"name\": \"DB_PASSWORD\", \"value\": \"x\"",
            &crate::Options::new(),
        ));
        assert_eq!((s.masks, s.parsed), (vec![], vec![false]));
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
