//! The spanned tree read in place by the validator: [`Tree`] implements
//! jsonschema's `Json` traits for `&Node`, so checking an instance
//! converts nothing (a `serde_json::Value` is built only where the
//! validator needs one: an error's instance, `const`, `enum`,
//! `uniqueItems`). It reads the tree as [`to_json`](super::to_json) would
//! convert it: the last of duplicate keys wins, and a number no `f64`
//! holds is `null`.

use crate::syntax::{Member, Node, Value};
use jsonschema::json::{Array, Json, JsonNumber, Node as JsonNode, NodeIdentity, Object};
use jsonschema::JsonType;
use serde_json::Number;
use std::borrow::Cow;

/// The spanned tree as the validator's JSON representation.
pub(crate) struct Tree;

impl Json for Tree {
    type Node<'a> = &'a Node;
    type PreparedKey = Box<str>;
    type StringBuffer = Option<Node>;

    fn prepare_key(key: &str) -> Box<str> {
        key.into()
    }

    fn with_string_node<T>(buffer: &mut Option<Node>, string: &str, f: impl FnOnce(&Node) -> T) -> T {
        let node = buffer.insert(Node {
            span: crate::syntax::Span::new(0, 0),
            value: Value::String(string.into()),
        });
        f(node)
    }
}

/// A number of the tree, as the validator reads it.
pub(crate) struct Num(Number);

/// The number `text` as JSON: `None` when no `f64` holds it (then it reads as `null`).
fn number(text: &str) -> Option<Number> {
    if let Ok(i) = text.parse::<i64>() {
        return Some(i.into());
    }
    if let Ok(u) = text.parse::<u64>() {
        return Some(u.into());
    }
    text.parse::<f64>().ok().and_then(Number::from_f64)
}

impl JsonNumber for Num {
    fn as_u64(&self) -> Option<u64> {
        self.0.as_u64()
    }
    fn as_i64(&self) -> Option<i64> {
        self.0.as_i64()
    }
    fn as_f64(&self) -> Option<f64> {
        self.0.as_f64()
    }
    fn as_str(&self) -> Cow<'_, str> {
        Cow::Owned(self.0.to_string())
    }
    fn to_number(&self) -> Cow<'_, Number> {
        Cow::Borrowed(&self.0)
    }
}

/// An object's members; the last of duplicate keys wins.
#[derive(Clone, Copy)]
pub(crate) struct Members<'a>(&'a [Member]);

/// Past this many members, which ones count is found with a hash map, not by rescanning.
const SCAN: usize = 16;

impl<'a> Members<'a> {
    /// Which members count (the last with their key), or `None` when every one
    /// does; linear however many members there are.
    fn counted(&self) -> Option<Vec<bool>> {
        let ms = self.0;
        if ms.len() <= SCAN {
            let last = |i: usize| !ms[i + 1..].iter().any(|m| m.key == ms[i].key);
            if (0..ms.len()).all(last) {
                return None;
            }
            return Some((0..ms.len()).map(last).collect());
        }
        let mut last: std::collections::HashMap<&str, usize> = std::collections::HashMap::with_capacity(ms.len());
        for (i, m) in ms.iter().enumerate() {
            last.insert(&m.key, i);
        }
        if last.len() == ms.len() {
            return None;
        }
        Some(
            ms.iter()
                .enumerate()
                .map(|(i, m)| last.get(&*m.key) == Some(&i))
                .collect(),
        )
    }
}

/// The members of an object that count, in source order.
pub(crate) struct MembersIter<'a> {
    members: &'a [Member],
    keep: Option<Vec<bool>>,
    next: usize,
}

impl<'a> Iterator for MembersIter<'a> {
    type Item = (&'a str, &'a Node);

    fn next(&mut self) -> Option<Self::Item> {
        while self.next < self.members.len() {
            let i = self.next;
            self.next += 1;
            if self.keep.as_ref().is_none_or(|k| k[i]) {
                let m = &self.members[i];
                return Some((&m.key, &m.value));
            }
        }
        None
    }
}

impl<'a> Object<'a, Tree> for Members<'a> {
    type Node = &'a Node;
    type MemberName = &'a str;
    type MembersIter = MembersIter<'a>;

    fn len(&self) -> usize {
        self.counted()
            .map_or(self.0.len(), |k| k.iter().filter(|&&b| b).count())
    }
    fn get(&self, key: &Box<str>) -> Option<&'a Node> {
        self.0.iter().rev().find(|m| m.key == *key).map(|m| &m.value)
    }
    fn members(&self) -> MembersIter<'a> {
        MembersIter {
            members: self.0,
            keep: self.counted(),
            next: 0,
        }
    }
}

impl<'a> Array<'a, Tree> for &'a [Node] {
    type Node = &'a Node;
    type ElementsIter = std::slice::Iter<'a, Node>;

    fn len(&self) -> usize {
        <[Node]>::len(self)
    }
    fn elements(&self) -> std::slice::Iter<'a, Node> {
        self.iter()
    }
}

impl<'a> JsonNode<'a, Tree> for &'a Node {
    type Object = Members<'a>;
    type Array = &'a [Node];
    type Number = Num;

    fn as_object(&self) -> Option<Members<'a>> {
        match &self.value {
            Value::Object(members) => Some(Members(members)),
            _ => None,
        }
    }
    fn as_array(&self) -> Option<&'a [Node]> {
        match &self.value {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
    fn as_string(&self) -> Option<Cow<'a, str>> {
        match &self.value {
            Value::String(s) => Some(Cow::Borrowed(s)),
            _ => None,
        }
    }
    fn as_number(&self) -> Option<Num> {
        match &self.value {
            Value::Number(n) => number(n).map(Num),
            _ => None,
        }
    }
    fn as_boolean(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }
    fn is_null(&self) -> bool {
        self.json_type() == JsonType::Null
    }
    fn json_type(&self) -> JsonType {
        match &self.value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(n) if number(n).is_none() => JsonType::Null,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }
    fn to_value(&self) -> Cow<'a, serde_json::Value> {
        Cow::Owned(super::to_json(self))
    }
    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(std::ptr::from_ref::<Node>(*self) as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::Tree;
    use crate::syntax::{parse, InputFormat};

    /// The tree in place judges as its `serde_json::Value` would: duplicate
    /// keys (the last wins), integers and decimals, a number no `f64` holds.
    #[test]
    fn judges_as_the_converted_value() {
        let root = parse(
            r#"{"a": "x", "n": 2, "d": 2.5, "a": 3, "big": 1e999, "l": [1, 1]}"#,
            InputFormat::Json,
        )
        .remove(0)
        .expect("JSON");
        let converted = super::super::to_json(&root);
        let schemas = [
            serde_json::json!({"properties": {"a": {"type": "integer"}}}),
            serde_json::json!({"properties": {"a": {"type": "string"}}}),
            serde_json::json!({"maxProperties": 5}),
            serde_json::json!({"minProperties": 6}),
            serde_json::json!({"properties": {"n": {"type": "integer", "multipleOf": 2}}}),
            serde_json::json!({"properties": {"d": {"type": "integer"}}}),
            serde_json::json!({"properties": {"d": {"maximum": 2.4}}}),
            serde_json::json!({"properties": {"big": {"type": "null"}}}),
            serde_json::json!({"properties": {"l": {"uniqueItems": true}}}),
            serde_json::json!({"additionalProperties": {"type": ["string", "number", "array", "null"]}}),
            serde_json::json!({"propertyNames": {"maxLength": 2}}),
            serde_json::json!({"const": {"a": 3, "n": 2, "d": 2.5, "big": null, "l": [1, 1]}}),
        ];
        let verdicts: Vec<(bool, bool)> = schemas
            .iter()
            .map(|s| {
                let ours = jsonschema::options_for::<Tree>().build(s).expect("schema");
                let theirs = jsonschema::validator_for(s).expect("schema");
                (ours.is_valid(&root), theirs.is_valid(&converted))
            })
            .collect();
        let expected = [
            (true, true),
            (false, false),
            (true, true),
            (false, false),
            (true, true),
            (false, false),
            (false, false),
            (true, true),
            (false, false),
            (true, true),
            (false, false),
            (true, true),
        ];
        assert_eq!(verdicts, expected);
    }

    /// Past the rescanning size the duplicates are found by hash: 40 keys, one twice.
    #[test]
    fn large_objects_count_each_key_once() {
        let members: Vec<String> = (0..40)
            .map(|i| format!(r#""k{i}": {i}"#))
            .chain([r#""k0": "x""#.to_string()])
            .collect();
        let root = parse(&format!("{{{}}}", members.join(", ")), InputFormat::Json)
            .remove(0)
            .expect("JSON");
        let judge = |s: serde_json::Value| {
            jsonschema::options_for::<Tree>()
                .build(&s)
                .expect("schema")
                .is_valid(&root)
        };
        assert!(judge(serde_json::json!({"maxProperties": 40, "minProperties": 40})));
        assert!(!judge(serde_json::json!({"minProperties": 41})));
        assert!(judge(
            serde_json::json!({"properties": {"k0": {"type": "string"}}, "additionalProperties": {"type": "integer"}})
        ));
        assert!(!judge(serde_json::json!({"additionalProperties": {"type": "integer"}})));
    }
}
