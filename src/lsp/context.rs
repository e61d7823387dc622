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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    /// Every offset of texts a person might be typing: a context, when there
    /// is one, covers the cursor, and completion items can be built from it.
    #[test]
    fn every_offset_of_awkward_texts() {
        let texts = [
            (InputFormat::Yaml, "name: \"名😀\"\r\ndeployment:\r\n  template:\r\n    configs:\r\n      rest\r\n\t- x: [1, {a: b}]\n  - - q: 'it''s'\n# c\n---\n...\nk: |\n  body\n"),
            (InputFormat::Yaml, "- \n-\n  - a: \"\n:\n\"x\": y\n'k: v\n"),
            (InputFormat::Json, "{\"deployment\": {\"template\": {\"configs\": {\"restart_policy\": \"Al\\\"😀, \"x\": [{\"名\": 1}, {\n"),
            (InputFormat::Json, "}}]]{\"a\"\"b\": : , ,\"\\u00e9\": \"\\"),
        ];
        for (format, text) in texts {
            for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
                let Some(c) = context(text, offset, format) else {
                    continue;
                };
                assert!(
                    c.replace.start <= offset && offset <= c.replace.end,
                    "{text:?} {offset} {c:?}"
                );
                assert!(text.is_char_boundary(c.replace.start) && text.is_char_boundary(c.replace.end));
                for kind in Kind::ALL {
                    let _ = super::super::complete::items(
                        text,
                        format,
                        &c,
                        kind,
                        crate::Lang::Zh,
                        "https://h/d/",
                        offset % 2 == 0,
                    );
                }
            }
        }
    }
}
