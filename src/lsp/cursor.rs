//! The context at the cursor, read from the text itself, so that it works
//! on the line being typed while the document does not parse: YAML by
//! indentation ([`super::yaml_context`]), JSON by a token scan
//! ([`super::json_context`]), as yaml-language-server falls back when its
//! tree is broken.

use super::context::Context;
use crate::InputFormat;

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
                let index = crate::syntax::LineIndex::new(text);
                for kind in Kind::ALL {
                    let _ = super::super::complete::items(
                        text,
                        &index,
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
