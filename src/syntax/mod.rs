//! The spanned syntax tree every input format parses into.
//!
//! JSON (and, later, YAML) documents become one [`Node`] tree in which every
//! value and every object key carries its byte range in the source text. The
//! spec walk, the cross-field rules and the diagnostics only ever see this
//! type, so a location found for a JSON file is found the same way for YAML.
//! Object members are kept in source order as a `Vec`, so duplicate keys
//! survive parsing and can be reported.

mod error;
pub(crate) mod exceeded;
mod json;
pub mod line_index;
pub mod pointer;
mod yaml;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;
pub use yaml::FLOW_DEPTH as YAML_FLOW_DEPTH;

use crate::limits::{Exceeded, Limit, Limits};

/// A byte range `start..end` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[non_exhaustive]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from two byte offsets.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The first byte only: used for "the enclosing object's opening".
    pub const fn opening(self) -> Self {
        Span {
            start: self.start,
            end: if self.end > self.start {
                self.start + 1
            } else {
                self.start
            },
        }
    }
}

/// One value of the document with its byte range.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Where the value stands in the source text.
    pub span: Span,
    /// The value itself.
    pub value: Value,
}

/// A JSON-model value. Numbers keep their source text so that `0.25`,
/// `1e3` and integers beyond `i64` are judged exactly as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number, as written in the source.
    Number(Box<str>),
    /// A string, unescaped.
    String(Box<str>),
    /// An array.
    Array(Vec<Node>),
    /// An object, members in source order (duplicates kept).
    Object(Vec<Member>),
}

/// One `key: value` member of an object.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The key, unescaped.
    pub key: Box<str>,
    /// The byte range of the key, quotes included.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

/// The JSON type names used in messages and schemas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonType {
    /// `null`
    Null,
    /// `true`/`false`
    Boolean,
    /// a number
    Number,
    /// a string
    String,
    /// an array
    Array,
    /// an object
    Object,
}

impl JsonType {
    /// The JSON Schema name of the type.
    pub fn name(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "boolean",
            JsonType::Number => "number",
            JsonType::String => "string",
            JsonType::Array => "array",
            JsonType::Object => "object",
        }
    }
}

impl Node {
    /// The JSON type of this value.
    pub fn json_type(&self) -> JsonType {
        match self.value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }

    /// The members, if this is an object.
    pub fn members(&self) -> Option<&[Member]> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn elements(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Array(e) => Some(e),
            _ => None,
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The number as `f64`, if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        match &self.value {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The member with this key (the last one, as most parsers keep).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.member(key).map(|m| &m.value)
    }

    /// The member entry with this key (the last one).
    pub fn member(&self, key: &str) -> Option<&Member> {
        self.members()?.iter().rev().find(|m| &*m.key == key)
    }
}

/// The input formats the core reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum InputFormat {
    /// Strict JSON (RFC 8259).
    #[default]
    Json,
    /// YAML 1.2 (core schema), one or more documents.
    Yaml,
}

impl InputFormat {
    /// Guesses the format from the text: JSON when it starts with `{` or `[`.
    pub fn detect(text: &str) -> InputFormat {
        match text.trim_start_matches('\u{feff}').trim_start().as_bytes().first() {
            Some(b'{' | b'[') => InputFormat::Json,
            _ => InputFormat::Yaml,
        }
    }

    /// From a file extension: `json`, `yaml`, `yml`.
    pub fn from_extension(ext: &str) -> Option<InputFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "json" => Some(InputFormat::Json),
            "yaml" | "yml" => Some(InputFormat::Yaml),
            _ => None,
        }
    }
}

/// Parses every document of `text` into spanned trees (JSON has exactly
/// one), within the default [`Limits`].
pub fn parse(text: &str, format: InputFormat) -> Vec<Result<Node, SyntaxError>> {
    parse_with(text, format, &Limits::DEFAULT)
}

/// The input size limit `cap` crossed in `text` (its prefix, when the
/// input was cut): at the character holding the first byte past the cap,
/// or at that byte when `text` stops before it.
pub fn too_large(text: &str, cap: usize) -> SyntaxError {
    let mut at = cap.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let end = at + text[at..].chars().next().map_or(1, char::len_utf8);
    SyntaxError {
        span: Span::new(at, end),
        kind: SyntaxErrorKind::Exceeded(Exceeded::new(Limit::InputSize, cap, String::new())),
    }
}

/// Parses every document of `text` within `limits`: a text longer than
/// `limits.input_size` is not parsed at all, and nesting, alias expansion
/// and string length past theirs end the document with a
/// [`SyntaxErrorKind::Exceeded`] at the place they were crossed (never a
/// stack overflow: the parsers keep open containers on the heap).
pub fn parse_with(text: &str, format: InputFormat, limits: &Limits) -> Vec<Result<Node, SyntaxError>> {
    if text.len() > limits.input_size {
        return vec![Err(too_large(text, limits.input_size))];
    }
    let empty = || SyntaxError {
        span: Span::new(0, 0),
        kind: SyntaxErrorKind::Empty,
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return vec![Err(empty())];
    }
    match format {
        InputFormat::Json => vec![json::parse(text, limits)],
        InputFormat::Yaml => {
            let docs = yaml::parse(text, limits);
            if docs.is_empty() {
                vec![Err(empty())]
            } else {
                docs
            }
        }
    }
}
