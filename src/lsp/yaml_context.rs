//! The completion context in YAML, from indentation alone.
//!
//! The cursor's line says whether a key or a value is being typed (`na`,
//! `- na`, `restart_policy: Al`). The object it belongs to is found by
//! walking up the lines: a line indented less than the current level is
//! its parent (`configs:`), a `- ` before a key makes the object an array
//! element, and lines at the level itself are sibling keys. Block style
//! only (flow collections, `{a: 1}`, are not read here).

use super::context::{push, Context, Want};
use crate::syntax::Span;

/// One line, read structurally.
#[derive(Debug, Default)]
struct Line<'t> {
    /// Column of the first non-space character.
    indent: usize,
    /// Columns of the `- ` sequence markers.
    dashes: Vec<usize>,
    /// Column of the content after the markers.
    content: usize,
    /// The key, if the content is `key:` or `key: value`.
    key: Option<&'t str>,
    /// Whether the key has nothing after its colon (so a block follows).
    opens: bool,
    /// Blank, or a comment.
    empty: bool,
}

/// Strips a trailing comment (` #...`) outside quotes.
fn uncomment(s: &str) -> &str {
    let b = s.as_bytes();
    let (mut single, mut double) = (false, false);
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'\'' if !double => single = !single,
            b'"' if !single => double = !double,
            b'#' if !single && !double && (i == 0 || b[i - 1] == b' ' || b[i - 1] == b'\t') => return &s[..i],
            _ => {}
        }
    }
    s
}

/// `key: value` → the key and what follows the colon.
fn split_key(s: &str) -> Option<(&str, &str)> {
    let (key, rest) = if let Some(q) = s.strip_prefix('"') {
        let end = q.find('"')?;
        (&q[..end], q[end + 1..].trim_start())
    } else if let Some(q) = s.strip_prefix('\'') {
        let end = q.find('\'')?;
        (&q[..end], q[end + 1..].trim_start())
    } else {
        let b = s.as_bytes();
        let colon = (0..b.len()).find(|&i| b[i] == b':' && b.get(i + 1).is_none_or(|c| *c == b' ' || *c == b'\t'))?;
        let key = s[..colon].trim_end();
        if key.is_empty() || key.starts_with(['{', '[', '&', '*', '!', '|', '>', '%', '@', '`']) {
            return None;
        }
        return Some((key, &s[colon..]));
    };
    rest.starts_with(':').then_some((key, rest))
}

fn read(line: &str) -> Line<'_> {
    let line = line.trim_end_matches(['\r', '\n']);
    let indent = line.len() - line.trim_start_matches(' ').len();
    let mut at = indent;
    let mut dashes = Vec::new();
    while line[at..].starts_with('-') && matches!(line.as_bytes().get(at + 1), None | Some(b' ') | Some(b'\t')) {
        dashes.push(at);
        at += 1;
        at += line[at..].len() - line[at..].trim_start_matches([' ', '\t']).len();
    }
    let content = uncomment(&line[at..]).trim_end();
    let empty = content.is_empty() && dashes.is_empty();
    let (key, opens) = match split_key(content) {
        Some((k, rest)) => (
            Some(k),
            rest[1..].trim().is_empty() || rest[1..].trim_start().starts_with(['&', '!', '|', '>']),
        ),
        None => (None, false),
    };
    Line {
        indent,
        dashes,
        content: at,
        key,
        opens,
        empty,
    }
}

fn is_marker(line: &str) -> bool {
    let l = line.trim_end_matches(['\r', '\n']);
    (l.starts_with("---") || l.starts_with("...")) && l[3..].chars().next().is_none_or(char::is_whitespace)
}

/// The byte ranges of the lines of `text`.
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for l in text.split_inclusive('\n') {
        out.push((at, l));
        at += l.len();
    }
    if text.is_empty() || text.ends_with('\n') {
        out.push((text.len(), ""));
    }
    out
}

/// The word-ish run after `offset` on its line (letters, digits, `_`, `-`, `.`).
fn word_end(text: &str, offset: usize) -> usize {
    offset
        + text[offset..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(text.len() - offset)
}

/// The completion context at byte `offset` of YAML `text`.
pub fn context(text: &str, offset: usize) -> Option<Context> {
    let all = lines(text);
    let row = all.iter().rposition(|(start, _)| *start <= offset)?;
    let (start, line) = all[row];
    let before = &line[..(offset - start).min(line.len())];
    if before.contains('\t') || uncomment(before).len() != before.len() {
        return None;
    }
    let here = read(before);
    let typed = &before[here.content..];
    if typed.starts_with(['{', '[']) || typed.contains(['{', '[']) {
        return None;
    }
    // Documents are separated by `---`; one opening the stream starts the first.
    let first = all.iter().position(|(_, l)| !read(l).empty);
    let opening = first.is_some_and(|f| f < row && is_marker(all[f].1));
    let document = all[..row]
        .iter()
        .filter(|(_, l)| l.starts_with("---") && is_marker(l))
        .count()
        .saturating_sub(usize::from(opening));
    // A value after `key: `, or a key.
    let (want_value, word_start, quoted) = match split_key(typed) {
        Some((key, rest)) if rest.len() > 1 => {
            let value = rest[1..].trim_start();
            let at = offset - value.len();
            (Some(key), at, value.starts_with(['"', '\'']))
        }
        Some(_) => return None,
        None if typed.contains(' ') => return None,
        None => (None, start + here.content, typed.starts_with(['"', '\''])),
    };
    let mut end = word_end(text, offset);
    if quoted && text[end..].starts_with(['"', '\'']) {
        end += 1;
    }
    // Walk up from the cursor's line to the root.
    let mut segs: Vec<String> = Vec::new();
    let mut present: Vec<String> = Vec::new();
    let target = here.content;
    let mut current = target;
    let mut at_target = here.dashes.is_empty();
    let mut via_dash = false;
    for d in here.dashes.iter().rev() {
        segs.push("0".into());
        current = *d;
        via_dash = true;
    }
    for (_, l) in all[..row].iter().rev() {
        if is_marker(l) {
            break;
        }
        let line = read(l);
        if line.empty || line.indent > current {
            continue;
        }
        if line.content == current && line.dashes.is_empty() && !via_dash {
            if at_target {
                present.extend(line.key.map(str::to_string));
            }
            continue;
        }
        if line.content == current && !line.dashes.is_empty() && !via_dash {
            // The first line of the element the cursor is in.
            if at_target {
                present.extend(line.key.map(str::to_string));
            }
        } else if line.indent == current
            && (via_dash || !line.dashes.is_empty())
            && !(via_dash && line.dashes.is_empty() && line.opens)
        {
            // A sibling element, or a sequence that is a sibling's value.
            continue;
        } else {
            // The parent key.
            let Some(key) = line.key else { continue };
            segs.push(key.to_string());
            current = line.content;
        }
        at_target = false;
        via_dash = false;
        for d in line.dashes.iter().rev() {
            segs.push("0".into());
            current = *d;
            via_dash = true;
        }
    }
    // Sibling keys below the cursor.
    if want_value.is_none() {
        for (_, l) in &all[row + 1..] {
            if is_marker(l) {
                break;
            }
            let line = read(l);
            if line.empty || line.indent > target {
                continue;
            }
            if line.indent < target || !line.dashes.is_empty() {
                break;
            }
            present.extend(line.key.map(str::to_string));
        }
    }
    let mut pointer = String::new();
    for s in segs.iter().rev() {
        push(&mut pointer, s);
    }
    let want = match want_value {
        Some(key) => {
            push(&mut pointer, key);
            Want::Value { field: pointer }
        }
        None => Want::Key {
            object: pointer,
            present,
        },
    };
    Some(Context {
        want,
        replace: Span::new(word_start, end),
        quoted,
        column: word_start - start,
        document,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The context at the `|` of `marked`.
    fn at(marked: &str) -> (Want, String) {
        let offset = marked.find('|').expect("a cursor");
        let text = marked.replacen('|', "", 1);
        let c = context(&text, offset).expect("a context");
        (c.want, text[c.replace.start..c.replace.end].to_string())
    }

    fn key(object: &str, present: &[&str]) -> Want {
        Want::Key {
            object: object.into(),
            present: present.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn keys_by_indentation() {
        let text = "name: a\ndeployment:\n  template:\n    configs:\n      host_network: true\n      rest|\n    containers: []\n";
        assert_eq!(
            at(text),
            (key("/deployment/template/configs", &["host_network"]), "rest".into())
        );
        let text = "deployment:\n  replicas: 1\n  |\n  template: {}\nname: x\n";
        assert_eq!(at(text), (key("/deployment", &["replicas", "template"]), "".into()));
        assert_eq!(at("|"), (key("", &[]), "".into()));
        assert_eq!(at("name: x\nde|\n"), (key("", &["name"]), "de".into()));
    }

    #[test]
    fn keys_in_sequences() {
        let text = "deployment:\n  template:\n    containers:\n      - name: web\n        image_url: x\n        ports:\n          - container_port: 80\n            ho|\n";
        assert_eq!(
            at(text),
            (
                key("/deployment/template/containers/0/ports/0", &["container_port"]),
                "ho".into()
            )
        );
        // A new element on the cursor's line; compact sequences (dash at the key's column).
        let text = "deployment:\n  template:\n    containers:\n    - name: a\n    - ima|\n";
        assert_eq!(at(text), (key("/deployment/template/containers/0", &[]), "ima".into()));
        let text = "deployment:\n  template:\n    containers:\n    - name: a\n      |\n";
        assert_eq!(
            at(text),
            (key("/deployment/template/containers/0", &["name"]), "".into())
        );
    }

    #[test]
    fn values() {
        let text = "deployment:\n  template:\n    configs:\n      restart_policy: Al|ways\n";
        assert_eq!(
            at(text),
            (
                Want::Value {
                    field: "/deployment/template/configs/restart_policy".into()
                },
                "Always".into()
            )
        );
        let text = "action: \"up|\"\n";
        assert_eq!(
            at(text),
            (
                Want::Value {
                    field: "/action".into()
                },
                "\"up\"".into()
            )
        );
    }

    #[test]
    fn streams_and_comments() {
        let text = "chart_id: a\n---\n# deploylint: kind=ief-v3-create\ndeployment:\n  |\n";
        let offset = text.find('|').unwrap_or(0);
        let c = context(&text.replacen('|', "", 1), offset).expect("a context");
        assert_eq!((c.document, c.want), (1, key("/deployment", &[])));
        let text = "---\nchart_id: a\n|";
        let c = context(&text.replacen('|', "", 1), text.find('|').unwrap_or(0)).expect("a context");
        assert_eq!(c.document, 0);
        assert!(context("a: 1 # com", 9).is_none());
    }
}
