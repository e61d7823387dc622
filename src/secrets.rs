//! Secret values in a document, found on its tree for front ends that echo
//! source text.
//!
//! The value of an environment variable whose name looks secret
//! ([`looks_secret`]: `DB_PASSWORD`, `API_TOKEN`, `ACCESS_KEY`, `AK`, `SK`)
//! must not be copied into CI logs by an excerpt that happens to show it. In
//! every object whose `name` looks secret, each `value` member's bytes
//! (quotes excluded) are a secret, wherever the two stand: on other lines, in
//! any key order, JSON or YAML, one line or many. The lint records them in
//! [`Report::secrets`](crate::Report::secrets) from the tree it already
//! built, so no front end parses a file twice to mask it.

use crate::rules::looks_secret;
use crate::syntax::{Node, Span, Value};

/// The secret values under `root`: sorted, disjoint byte ranges of `text`.
pub(crate) fn values(root: &Node, text: &str) -> Vec<Span> {
    let mut out = Vec::new();
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
                            .filter(|r| r.end > r.start),
                    );
                }
                stack.extend(members.iter().map(|m| &m.value));
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    // A YAML alias repeats its anchor's spans: sort, then join overlaps.
    out.sort_by_key(|r| (r.start, r.end));
    let mut joined: Vec<Span> = Vec::with_capacity(out.len());
    for r in out {
        match joined.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => joined.push(r),
        }
    }
    joined
}

/// The bytes of a value without its quotes, if it has them.
fn inside_quotes(text: &str, span: Span) -> Span {
    let b = text.as_bytes();
    let (s, e) = (span.start.min(b.len()), span.end.min(b.len()));
    match (b.get(s), e.checked_sub(1).and_then(|i| b.get(i))) {
        (Some(&q @ (b'"' | b'\'')), Some(&c)) if c == q && e >= s + 2 => Span::new(s + 1, e - 1),
        _ => Span::new(s, e.max(s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{parse, InputFormat};

    fn secrets(text: &str, format: InputFormat) -> Vec<&str> {
        let docs = parse(text, format);
        let Some(Ok(root)) = docs.first() else {
            panic!("{text} does not parse");
        };
        values(root, text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn the_value_wherever_the_name_is() {
        let text = "{\"envs\": [\n  {\n    \"value\": \"hunter2\",\n    \"name\": \"DB_PASSWORD\"\n  },\n  {\"name\": \"LOG\", \"value\": \"debug\"}\n]}";
        assert_eq!(secrets(text, InputFormat::Json), ["hunter2"]);
        let yaml = "envs:\n  - value: 'p w'\n    name: apiToken\n  - {name: AK, value: x}\n  - name: LOG_LEVEL\n    value: debug\n";
        assert_eq!(secrets(yaml, InputFormat::Yaml), ["p w", "x"]);
    }

    #[test]
    fn an_alias_masks_its_anchor_once() {
        let yaml = "a: &s {name: SK, value: abc}\nb: *s\n";
        assert_eq!(secrets(yaml, InputFormat::Yaml), ["abc"]);
    }
}
