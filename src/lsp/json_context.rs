//! The completion context in JSON, from a token scan that tolerates an
//! unfinished text: strings, brackets, commas and colons up to the cursor
//! give the path of objects and arrays it is in, and whether a key or a
//! value is being typed.

use super::context::{push, Context, Want};
use crate::syntax::Span;

enum Frame {
    Object {
        key: Option<String>,
        colon: bool,
        keys: Vec<String>,
    },
    Array {
        index: usize,
    },
}

/// How a string that opens at a quote ends.
enum Str {
    /// Closed: the byte after its closing quote.
    Closed(usize),
    /// Still open at the limit.
    Open,
    /// Cut by a line end (at this byte): not a string JSON allows.
    Cut(usize),
}

/// The end of the string whose opening quote is at `start`, looking no
/// further than `limit`.
fn string_end(b: &[u8], start: usize, limit: usize) -> Str {
    let mut i = start + 1;
    while i < limit {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Str::Closed(i + 1),
            b'\n' | b'\r' => return Str::Cut(i),
            _ => i += 1,
        }
    }
    Str::Open
}

fn unescape(raw: &str) -> String {
    serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string())
}

/// The keys of the object the scan is in, after `from` (to its closing
/// brace): the strings at its level followed by a colon.
fn keys_after(text: &str, from: usize) -> Vec<String> {
    let b = text.as_bytes();
    let (mut depth, mut i) = (0usize, from);
    let mut out = Vec::new();
    while i < b.len() {
        match b[i] {
            b'"' => {
                let end = match string_end(b, i, b.len()) {
                    Str::Closed(end) => end,
                    Str::Cut(at) => {
                        i = at;
                        continue;
                    }
                    Str::Open => break,
                };
                let next = text[end..].trim_start().as_bytes().first();
                if depth == 0 && next == Some(&b':') {
                    out.push(unescape(&text[i + 1..end - 1]));
                }
                i = end;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => break,
            },
            _ => {}
        }
        i += 1;
    }
    out
}

/// The completion context at byte `offset` of JSON `text`.
pub fn context(text: &str, offset: usize) -> Option<Context> {
    let b = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut open_string: Option<usize> = None;
    let mut i = 0;
    while i < offset {
        match b[i] {
            b'"' => match string_end(b, i, offset) {
                Str::Closed(end) => {
                    if let Some(Frame::Object {
                        key,
                        colon: false,
                        keys,
                    }) = stack.last_mut()
                    {
                        let k = unescape(&text[i + 1..end - 1]);
                        keys.push(k.clone());
                        *key = Some(k);
                    }
                    i = end;
                    continue;
                }
                Str::Cut(at) => {
                    i = at;
                    continue;
                }
                Str::Open => {
                    open_string = Some(i);
                    break;
                }
            },
            b'{' => stack.push(Frame::Object {
                key: None,
                colon: false,
                keys: Vec::new(),
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, colon, .. }) => {
                    *key = None;
                    *colon = false;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { colon, .. }) = stack.last_mut() {
                    *colon = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let line_start = text[..offset].rfind(['\n', '\r']).map_or(0, |n| n + 1);
    let (start, end, quoted) = match open_string {
        Some(q) => {
            let end = match string_end(b, q, b.len()) {
                Str::Closed(end) => end,
                _ => offset,
            };
            (q, end, true)
        }
        None => {
            let word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.');
            let start = text[line_start..offset]
                .char_indices()
                .rev()
                .find(|(_, c)| !word(*c))
                .map_or(line_start, |(n, c)| line_start + n + c.len_utf8());
            let end = offset + text[offset..].find(|c: char| !word(c)).unwrap_or(text.len() - offset);
            (start, end, false)
        }
    };
    let (top, parents) = stack.split_last()?;
    let mut pointer = String::new();
    for f in parents {
        match f {
            Frame::Object { key: Some(k), .. } => push(&mut pointer, k),
            Frame::Object { key: None, .. } => return None,
            Frame::Array { index } => push(&mut pointer, &index.to_string()),
        }
    }
    let want = match top {
        Frame::Object { colon: false, keys, .. } => {
            let mut present: Vec<String> = keys.clone();
            present.extend(keys_after(text, end));
            Want::Key {
                object: pointer,
                present,
            }
        }
        Frame::Object {
            colon: true,
            key: Some(k),
            ..
        } => {
            push(&mut pointer, k);
            Want::Value { field: pointer }
        }
        _ => return None,
    };
    Some(Context {
        want,
        replace: Span::new(start, end),
        quoted,
        column: start.saturating_sub(line_start),
        document: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn keys_in_broken_json() {
        let text = "{\"deployment\": {\"template\": {\"configs\": {\"host_network\": true, \"rest|\n";
        assert_eq!(
            at(text),
            (key("/deployment/template/configs", &["host_network"]), "\"rest".into())
        );
        let text = "{\"deployment\": {\"template\": {\"containers\": [{\"name\": \"a\"}, {im|}]}}, \"name\": \"x\"}";
        assert_eq!(at(text), (key("/deployment/template/containers/1", &[]), "im".into()));
        let text = "{\"a\": 1, |\"b\": {\"c\": 2}, \"d\": 3}";
        assert_eq!(at(text), (key("", &["a", "b", "d"]), "".into()));
    }

    #[test]
    fn values_in_json() {
        let text = "{\"action\": \"up|\"}";
        assert_eq!(
            at(text),
            (
                Want::Value {
                    field: "/action".into()
                },
                "\"up\"".into()
            )
        );
        let text = "{\"deployment\": {\"template\": {\"configs\": {\"restart_policy\": |";
        assert_eq!(
            at(text),
            (
                Want::Value {
                    field: "/deployment/template/configs/restart_policy".into()
                },
                "".into()
            )
        );
        // A word after a multi-byte character starts after all of it.
        let text = "{\"a\": 1,“ac|";
        assert_eq!(at(text), (key("", &["a"]), "ac".into()));
        assert!(context("[1, |", 4).is_none());
        assert!(context("", 0).is_none());
    }
}
