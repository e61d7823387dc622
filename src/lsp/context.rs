//! What the cursor wants completed: the [`Context`] both scanners
//! ([`super::yaml_context`], [`super::json_context`]) produce. The bottom of
//! completion: it imports neither; [`super::cursor`] dispatches to them.

use crate::syntax::Span;

/// What is wanted at the cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Want {
    /// A key of the object at `object` (a JSON Pointer, array indices
    /// included), which already has the keys `present`.
    Key {
        /// The object.
        object: String,
        /// Its keys, above and below the cursor.
        present: Vec<String>,
    },
    /// A value of the field at `field`.
    Value {
        /// The field.
        field: String,
    },
}

/// The cursor's context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// What is wanted.
    pub want: Want,
    /// The bytes a completion replaces: the word being typed, with its
    /// quotes.
    pub replace: Span,
    /// Whether the word being typed opened a double quote.
    pub quoted: bool,
    /// The column (in bytes) of the key or value being typed: nested
    /// YAML inserts indent from it.
    pub column: usize,
    /// The document of the stream the cursor is in.
    pub document: usize,
}

/// Appends a pointer segment (escaped).
pub fn push(pointer: &mut String, seg: &str) {
    crate::syntax::pointer::push_seg(pointer, crate::syntax::pointer::Seg::Key(seg));
}
