//! The spec queries ([`crate::query`]) for a host whose strings index in
//! UTF-16 code units (JavaScript's): offsets in and out are UTF-16, answers
//! are JSON data, `None` when there is none.
//!
//! ```
//! use deploylint::__private::host::query::{node_at, Within};
//!
//! let at = node_at("{\"名\": 1}", 6, &Within::default()).expect("in the document");
//! assert_eq!((at["pointer"].as_str(), at["span"]["start"].as_u64()), (Some("/名"), Some(6)));
//! ```

use crate::query::{self, Resolved};
use crate::syntax::line_index::{byte_to_utf16, utf16_to_byte};
use crate::syntax::{self, pointer, InputFormat, LineIndex, Node, SyntaxError};
use crate::{Detected, FieldInfo, Kind};
use serde_json::{json, Value};

/// Which document of a text a query is about: `{format, document}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Within {
    /// The format (`None`: detected).
    pub format: Option<InputFormat>,
    /// The 0-based document (`None`: the one holding the offset, or the first).
    pub document: Option<usize>,
}

/// A non-negative whole number (a fraction rounded down), or `None`.
pub fn whole(n: f64) -> Option<usize> {
    (n.is_finite() && n >= 0.0).then(|| n.floor().min(usize::MAX as f64) as usize)
}

impl Within {
    /// Reads `{format, document}` (`null`: none); `None` when malformed.
    pub fn read(value: &Value) -> Option<Within> {
        let map = match value {
            Value::Null => return Some(Within::default()),
            Value::Object(m) => m,
            _ => return None,
        };
        let get = |name: &str| map.get(name).filter(|v| !v.is_null());
        let format = match get("format") {
            Some(f) => Some(f.as_str()?.parse().ok()?),
            None => None,
        };
        let document = match get("document") {
            Some(d) => Some(whole(d.as_f64()?)?),
            None => None,
        };
        Some(Within { format, document })
    }

    /// The documents of `text`.
    fn documents(&self, text: &str) -> Vec<Result<Node, SyntaxError>> {
        syntax::parse(text, self.format.unwrap_or_else(|| InputFormat::detect(text)))
    }
}

/// The kind recognised from the shape of the (first) document, if exactly one fits.
pub fn detect_kind(text: &str) -> Option<Kind> {
    match Within::default().documents(text).first() {
        Some(Ok(root)) => match crate::detect(root) {
            Detected::One(k) => Some(k),
            _ => None,
        },
        _ => None,
    }
}

/// What is at the UTF-16 index `offset` of `text`: `{document, pointer,
/// place, span, enclosing, key}`, the span in UTF-16 code units.
pub fn node_at(text: &str, offset: usize, within: &Within) -> Option<Value> {
    if offset > byte_to_utf16(text, text.len()) {
        return None;
    }
    let byte = utf16_to_byte(text, offset);
    let docs = within.documents(text);
    let (index, root) = match within.document {
        Some(i) => (i, docs.get(i)?.as_ref().ok()?),
        None => query::document_at(&docs, byte)?,
    };
    let at = query::node_at(root, byte)?;
    let span = json!({"start": byte_to_utf16(text, at.span.start), "end": byte_to_utf16(text, at.span.end)});
    Some(
        json!({"document": index, "pointer": at.pointer, "place": at.place, "span": span,
        "enclosing": at.enclosing, "key": at.key}),
    )
}

/// What the specs say about the field at `pointer` (the `describeField`
/// object), plus `disputed_values`: values another Huawei source allows.
pub fn resolve(kind: Kind, pointer: &str) -> Option<Value> {
    let r = query::resolve(kind, pointer)?;
    let mut v = serde_json::to_value(FieldInfo::from(r)).ok()?;
    let disputed: Vec<&str> = r.disputed_values().iter().map(|(value, _)| *value).collect();
    v["disputed_values"] = json!(disputed);
    Some(v)
}

/// The keys of the object at `pointer` in the body `text` (none when absent or unreadable).
pub fn keys_in(text: &str, pointer: &str, within: &Within) -> Vec<String> {
    let docs = within.documents(text);
    let root = docs.get(within.document.unwrap_or(0)).and_then(|d| d.as_ref().ok());
    let node = root.and_then(|root| pointer::lookup(root, pointer));
    node.map(|n| query::keys(n).into_iter().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The fields that may still be added to the object at `pointer` holding
/// `present`, as `describeField` objects ([`query::allowed_fields`]'s order).
pub fn allowed_fields(kind: Kind, pointer: &str, present: &[String]) -> Vec<FieldInfo> {
    let keys: Vec<&str> = present.iter().map(String::as_str).collect();
    let Some(object) = query::object_at(kind, pointer, &keys) else {
        return Vec::new();
    };
    query::allowed_fields(kind, pointer, &keys)
        .into_iter()
        .map(|f| FieldInfo::from(Resolved::of(object, f)))
        .collect()
}

/// The 0-based `{line, character}` (UTF-16, as LSP counts) of the UTF-16 index `offset`, clamped.
pub fn position_at(text: &str, offset: usize) -> Value {
    let (line, character) = LineIndex::new(text).utf16(text, utf16_to_byte(text, offset));
    json!({ "line": line, "character": character })
}

/// The UTF-16 index of the 0-based `{line, character}`: a line past the
/// last gives the text's length, a character past its line's end the end.
pub fn offset_at(text: &str, line: usize, character: usize) -> usize {
    let (line, character) = (
        line.min(u32::MAX as usize) as u32,
        character.min(u32::MAX as usize) as u32,
    );
    byte_to_utf16(text, LineIndex::new(text).offset_utf16(text, line, character))
}
