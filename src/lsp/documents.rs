//! The open documents: their text, version and language, kept in step with
//! the editor by full and incremental changes (positions in UTF-16, as LSP
//! counts them by default).

use super::analysis::Cell;
use crate::syntax::LineIndex;
use crate::InputFormat;
use lsp_types::{TextDocumentContentChangeEvent, Uri};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// One open document.
#[derive(Clone, Debug)]
pub struct Document {
    /// Its text, shared with the lint worker without copying.
    pub text: Arc<str>,
    /// The line index of `text`, built once by whichever needs it first:
    /// the lint worker (for its ranges) or the next change (to find its
    /// place), not once by each.
    pub lines: Arc<OnceLock<LineIndex>>,
    /// The analysis of this version (text and settings), made once by
    /// whichever needs it first: the lint worker or a request.
    pub analysis: Cell,
    /// The editor's version number.
    pub version: i32,
    /// The editor's language id (`json`, `yaml`, ...).
    pub language: String,
    /// Its path, for `file:` URIs.
    pub path: Option<PathBuf>,
    /// Counts every change the server saw (of the text or of its
    /// settings), so a lint of an older version can tell it was superseded.
    pub generation: u64,
}

impl Document {
    /// JSON or YAML, from the file extension, else the editor's language
    /// id; `None` for anything else (it is left alone).
    pub fn format(&self) -> Option<InputFormat> {
        let by_extension = self
            .path
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|x| x.to_str())
            .and_then(InputFormat::from_extension);
        by_extension.or(match self.language.as_str() {
            "json" | "jsonc" => Some(InputFormat::Json),
            "yaml" => Some(InputFormat::Yaml),
            _ => None,
        })
    }
}

/// Applies one change event to `text`: a replacement of the whole text, or
/// of a range (clamped to the text; a reversed range is read forwards).
pub fn apply_change(text: &str, change: &TextDocumentContentChangeEvent) -> String {
    apply_change_indexed(text, None, change)
}

/// [`apply_change`] with the line index of `text`, when it is at hand.
fn apply_change_indexed(text: &str, index: Option<&LineIndex>, change: &TextDocumentContentChangeEvent) -> String {
    let Some(range) = change.range else {
        return change.text.clone();
    };
    let built;
    let index = match index {
        Some(index) => index,
        None => {
            built = LineIndex::new(text);
            &built
        }
    };
    let a = index.offset_utf16(text, range.start.line, range.start.character);
    let b = index.offset_utf16(text, range.end.line, range.end.character);
    let (start, end) = (a.min(b), a.max(b));
    let mut out = String::with_capacity(text.len() - (end - start) + change.text.len());
    out.push_str(&text[..start]);
    out.push_str(&change.text);
    out.push_str(&text[end..]);
    out
}

/// What a path keeps unencoded in a `file:` URI: the RFC 3986 unreserved
/// characters and `/`.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The path of a `file:` URI (percent-decoded), if it is one.
pub fn uri_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().is_some_and(|s| s.as_str().eq_ignore_ascii_case("file")) {
        return None;
    }
    let decoded = percent_decode_str(uri.path().as_str()).decode_utf8().ok()?;
    Some(PathBuf::from(decoded.into_owned()))
}

/// The `file:` URI of an absolute path.
pub fn path_uri(path: &std::path::Path) -> Option<Uri> {
    format!("file://{}", utf8_percent_encode(path.to_str()?, PATH))
        .parse()
        .ok()
}

/// What a change replaced: freed later (see [`Documents::settle`]).
#[derive(Debug)]
#[allow(dead_code)] // Held only to be dropped later.
enum Retired {
    Text(Arc<str>, Arc<OnceLock<LineIndex>>, Cell),
    Analysis(Cell),
}

/// The open documents by URI.
#[derive(Debug, Default)]
pub struct Documents {
    open: HashMap<Uri, Document>,
    generation: u64,
    /// Texts (and their line indexes and analyses) that changes replaced,
    /// freed by [`Documents::settle`] once the new text's lint is queued:
    /// freeing a 1 MB text and its trees is slow enough to delay it.
    retired: Vec<Retired>,
}

impl Documents {
    fn next(&mut self) -> u64 {
        self.generation += 1;
        self.generation
    }

    /// Opens (or reopens) a document.
    pub fn open(&mut self, uri: Uri, text: String, version: i32, language: String) -> &Document {
        let generation = self.next();
        let path = uri_path(&uri);
        let doc = Document {
            text: text.into(),
            lines: Arc::default(),
            analysis: Cell::default(),
            version,
            language,
            path,
            generation,
        };
        self.open.insert(uri.clone(), doc);
        &self.open[&uri]
    }

    /// Applies the changes of one `didChange`; `None` if the document is not open.
    pub fn change(&mut self, uri: &Uri, version: i32, changes: &[TextDocumentContentChangeEvent]) -> Option<&Document> {
        let generation = self.next();
        let doc = self.open.get_mut(uri)?;
        let mut text: Option<String> = None;
        for c in changes {
            let next = match text.as_deref() {
                // The first change applies to the text the index is of.
                None => {
                    let index = c
                        .range
                        .is_some()
                        .then(|| doc.lines.get_or_init(|| LineIndex::new(&doc.text)));
                    apply_change_indexed(&doc.text, index, c)
                }
                Some(t) => apply_change(t, c),
            };
            text = Some(next);
        }
        if let Some(t) = text {
            let old = std::mem::replace(&mut doc.text, t.into());
            let (lines, analysis) = (std::mem::take(&mut doc.lines), std::mem::take(&mut doc.analysis));
            self.retired.push(Retired::Text(old, lines, analysis));
        }
        doc.version = version;
        doc.generation = generation;
        Some(doc)
    }

    /// What follows a change once its lint is queued, while the lint
    /// worker parses: frees the replaced texts, and builds the changed
    /// document's line index (the next change needs it to find its place,
    /// and the worker its ranges; it is built once, by whichever asks first).
    pub fn settle(&mut self, uri: &Uri) {
        self.retired.clear();
        if let Some(doc) = self.open.get(uri) {
            doc.lines.get_or_init(|| LineIndex::new(&doc.text));
        }
    }

    /// Gives a document a new generation and an empty analysis (its
    /// settings changed), so that a lint of it under the old ones is
    /// superseded and its analysis is never read again.
    pub fn touch(&mut self, uri: &Uri) {
        let generation = self.next();
        if let Some(doc) = self.open.get_mut(uri) {
            doc.generation = generation;
            self.retired.push(Retired::Analysis(std::mem::take(&mut doc.analysis)));
        }
    }

    /// Closes a document.
    pub fn close(&mut self, uri: &Uri) -> Option<Document> {
        self.open.remove(uri)
    }

    /// An open document.
    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.open.get(uri)
    }

    /// Every open document.
    pub fn iter(&self) -> impl Iterator<Item = (&Uri, &Document)> {
        self.open.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn edit(l0: u32, c0: u32, l1: u32, c1: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l0, c0), Position::new(l1, c1))),
            range_length: None,
            text: text.into(),
        }
    }

    #[test]
    fn incremental_changes_count_utf16() {
        let t = "a: \"😀\"\r\nb: 1\n";
        // After the emoji (2 UTF-16 units): insert x.
        assert_eq!(apply_change(t, &edit(0, 6, 0, 6, "x")), "a: \"😀x\"\r\nb: 1\n");
        // Replace `1` on line 1.
        assert_eq!(apply_change(t, &edit(1, 3, 1, 4, "22")), "a: \"😀\"\r\nb: 22\n");
        // Out of range clamps to the end; reversed ranges read forwards.
        assert_eq!(apply_change(t, &edit(9, 0, 9, 9, "z")), format!("{t}z"));
        assert_eq!(apply_change("abc", &edit(0, 2, 0, 1, "")), "ac");
    }

    #[test]
    fn file_uris_round_trip() {
        let p = std::path::Path::new("/tmp/a b/部署.yaml");
        let uri = path_uri(p).expect("a uri");
        assert_eq!(uri.as_str(), "file:///tmp/a%20b/%E9%83%A8%E7%BD%B2.yaml");
        assert_eq!(uri_path(&uri).as_deref(), Some(p));
        let other: Uri = "untitled:Untitled-1".parse().expect("a uri");
        assert_eq!(uri_path(&other), None);
    }
}
