//! What is at a byte offset of a document: [`node_at`].
//!
//! The descent follows spans. A key, a scalar and an object or array
//! contain the offsets from their first byte up to, not including, their
//! end. When no member contains the offset, a key or scalar value that ends
//! exactly at it is taken (the cursor right after a word is on that word);
//! otherwise the cursor is [`Place::Inside`] the object or array, between
//! its members. Only the document's root also owns the offset at its very
//! end, so that the end of a YAML file (or the place right after a JSON
//! body's closing brace) is inside the root object.
//!
//! YAML block collections span up to the next token: a blank line after
//! the last member of a nested mapping is inside that mapping whatever its
//! indentation. A language server that wants indentation to decide must
//! look at the line itself.

use crate::syntax::pointer::{push_seg, Seg};
use crate::syntax::{Member, Node, Span, SyntaxError, Value};

/// Where the cursor is relative to the node it found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Place {
    /// On the key of an object member.
    Key,
    /// On a scalar value (string, number, boolean, null).
    Value,
    /// Inside an object or array but on none of its keys or scalar values:
    /// white space, punctuation, comments, between members.
    Inside,
}

/// What [`node_at`] found.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct NodeAt<'a> {
    /// The JSON Pointer of the innermost node: of the member (key or value)
    /// for [`Place::Key`] and [`Place::Value`], of the object or array
    /// itself for [`Place::Inside`].
    pub pointer: String,
    /// Key, value, or inside a container.
    pub place: Place,
    /// The byte range of the key ([`Place::Key`]), of the value
    /// ([`Place::Value`]) or of the object or array ([`Place::Inside`]).
    pub span: Span,
    /// The pointer of the object or array the cursor is in: the one holding
    /// the key or value, or for [`Place::Inside`] the container itself (then
    /// equal to `pointer`). `None` only when the document is a scalar.
    pub enclosing: Option<String>,
    /// The member's key when the cursor is on a member's key or value
    /// (`None` for array elements and for [`Place::Inside`]).
    pub key: Option<&'a str>,
    /// The node at `pointer`: the member's value for a key, the container
    /// for [`Place::Inside`].
    pub node: &'a Node,
}

/// One step of the descent.
enum Hit<'a> {
    /// On this member's key.
    Key(&'a Member),
    /// Into this value.
    Value(Seg<'a>, Option<&'a str>, &'a Node),
}

fn contains(span: Span, offset: usize) -> bool {
    span.start <= offset && offset < span.end
}

fn is_scalar(node: &Node) -> bool {
    !matches!(node.value, Value::Object(_) | Value::Array(_))
}

fn value(m: &Member) -> Hit<'_> {
    Hit::Value(Seg::Key(&m.key), Some(&m.key), &m.value)
}

fn in_object(members: &[Member], offset: usize) -> Option<Hit<'_>> {
    for m in members {
        if contains(m.key_span, offset) {
            return Some(Hit::Key(m));
        }
        if contains(m.value.span, offset) {
            return Some(value(m));
        }
    }
    for m in members {
        if m.key_span.end == offset {
            return Some(Hit::Key(m));
        }
        if is_scalar(&m.value) && m.value.span.end == offset {
            return Some(value(m));
        }
    }
    None
}

fn in_array(items: &[Node], offset: usize) -> Option<Hit<'_>> {
    let found = items
        .iter()
        .position(|e| contains(e.span, offset))
        .or_else(|| items.iter().position(|e| is_scalar(e) && e.span.end == offset))?;
    Some(Hit::Value(Seg::Index(found), None, &items[found]))
}

/// What is at byte `offset` of the document `root`: the innermost key,
/// scalar value, or object or array around the cursor (see the module
/// documentation for the exact rules). `None` when `offset` is before the
/// document's first byte or after its end.
///
/// ```
/// use deploylint::query::{node_at, Place};
/// use deploylint::{__private::parse, InputFormat};
///
/// let text = r#"{"deployment": {"replicas": 1,  "template": {}}}"#;
/// let root = parse(text, InputFormat::Json).remove(0).expect("JSON");
///
/// let on_key = node_at(&root, text.find("replicas").unwrap()).unwrap();
/// assert_eq!((on_key.pointer.as_str(), on_key.place), ("/deployment/replicas", Place::Key));
/// assert_eq!(on_key.enclosing.as_deref(), Some("/deployment"));
/// assert_eq!(&text[on_key.span.start..on_key.span.end], "\"replicas\"");
///
/// let on_value = node_at(&root, text.find('1').unwrap()).unwrap();
/// assert_eq!((on_value.pointer.as_str(), on_value.place), ("/deployment/replicas", Place::Value));
///
/// // Between two members: inside the object that holds them.
/// let between = node_at(&root, text.find(",  ").unwrap() + 2).unwrap();
/// assert_eq!((between.pointer.as_str(), between.place), ("/deployment", Place::Inside));
/// assert_eq!(between.enclosing.as_deref(), Some("/deployment"));
///
/// assert!(node_at(&root, text.len() + 1).is_none());
/// ```
pub fn node_at(root: &Node, offset: usize) -> Option<NodeAt<'_>> {
    if offset < root.span.start || offset > root.span.end {
        return None;
    }
    let mut pointer = String::new();
    let mut enclosing = None;
    let mut key = None;
    let mut node = root;
    loop {
        let hit = match &node.value {
            Value::Object(members) => in_object(members, offset),
            Value::Array(items) => in_array(items, offset),
            _ => {
                return Some(NodeAt {
                    pointer,
                    place: Place::Value,
                    span: node.span,
                    enclosing,
                    key,
                    node,
                })
            }
        };
        match hit {
            None => {
                return Some(NodeAt {
                    enclosing: Some(pointer.clone()),
                    pointer,
                    place: Place::Inside,
                    span: node.span,
                    key: None,
                    node,
                })
            }
            Some(Hit::Key(m)) => {
                let parent = pointer.clone();
                push_seg(&mut pointer, Seg::Key(&m.key));
                return Some(NodeAt {
                    pointer,
                    place: Place::Key,
                    span: m.key_span,
                    enclosing: Some(parent),
                    key: Some(&m.key),
                    node: &m.value,
                });
            }
            Some(Hit::Value(seg, k, child)) => {
                enclosing = Some(pointer.clone());
                push_seg(&mut pointer, seg);
                key = k;
                node = child;
            }
        }
    }
}

/// The document of a parsed stream ([`crate::syntax::parse`]) that byte
/// `offset` belongs to, with its index: the last parsed document starting
/// at or before `offset` (so the `---` line after a document and the white
/// space after it belong to it), or the first parsed one when the offset
/// precedes them all. `None` when no document parsed.
///
/// ```
/// use deploylint::query::{document_at, node_at};
/// use deploylint::{__private::parse, InputFormat};
///
/// let text = "chart_id: a\n---\nchart_id: b\n";
/// let docs = parse(text, InputFormat::Yaml);
/// let (index, root) = document_at(&docs, text.rfind('b').unwrap()).unwrap();
/// assert_eq!(index, 1);
/// assert_eq!(node_at(root, text.rfind('b').unwrap()).unwrap().pointer, "/chart_id");
/// ```
pub fn document_at(docs: &[Result<Node, SyntaxError>], offset: usize) -> Option<(usize, &Node)> {
    let mut parsed = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.as_ref().ok().map(|n| (i, n)));
    let first = parsed.next()?;
    Some(
        parsed
            .take_while(|(_, n)| n.span.start <= offset)
            .last()
            .unwrap_or(first),
    )
}
