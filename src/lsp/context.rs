//! What the cursor wants completed, read from the text itself, so that it
//! works on the line being typed while the document does not parse: YAML by
//! indentation ([`super::yaml_context`]), JSON by a token scan
//! ([`super::json_context`]), as yaml-language-server falls back when its
//! tree is broken.

use crate::syntax::Span;
use crate::InputFormat;

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

/// The context at byte `offset` of `text`.
pub fn context(text: &str, offset: usize, format: InputFormat) -> Option<Context> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    match format {
        InputFormat::Yaml => super::yaml_context::context(text, offset),
        InputFormat::Json => super::json_context::context(text, offset),
    }
}

/// Appends a pointer segment (escaped).
pub fn push(pointer: &mut String, seg: &str) {
    crate::syntax::pointer::push_seg(pointer, crate::syntax::pointer::Seg::Key(seg));
}
