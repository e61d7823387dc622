//! The `# deploylint: kind=NAME` comment: on one of the first
//! [`LINES`] lines of a YAML file, it names the file's kind whatever its
//! shape. The language server reads it ([`find`]); a name that is no kind
//! is a `kind-comment` finding ([`KindComment::diagnostics`], worded in
//! `src/rules/kind_comment.rs`). The command line reads it only to tell
//! that a file found by a directory walk is a request body
//! ([`crate::recognise::walked`]); it takes the kind from `--kind` or a
//! `[[kinds]]` glob.
//!
//! ```
//! use deploylint::__private::kind_comment_module as kind_comment;
//! use deploylint::{Kind, Lang, Options};
//!
//! let text = "# deploylint: kind=ief-v3-updat\ndeployment: {}\n";
//! let c = kind_comment::find(text).expect("a comment");
//! assert_eq!(c.kind, Err("ief-v3-updat".to_string()));
//! let d = &c.diagnostics(text, &Options::new().lang(Lang::Zh))[0];
//! assert_eq!((d.code, d.line, d.column), ("kind-comment", 1, 20));
//! assert!(d.help.as_deref().unwrap_or_default().contains("ief-v3-update"));
//! assert_eq!(kind_comment::find("# deploylint: kind=ief-v3-update\n").map(|c| c.kind), Some(Ok(Kind::IefV3Update)));
//! ```

use crate::syntax::Span;
use crate::{Diagnostic, Kind, Options};

/// How many lines from the top the comment is looked for on.
pub const LINES: usize = 5;

/// A `# deploylint: kind=NAME` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindComment {
    /// The kind it names, or the name that is not a kind.
    pub kind: Result<Kind, String>,
    /// The byte range of the name.
    pub span: Span,
}

/// The `# deploylint: kind=...` comment on the first [`LINES`] lines of `text`, if any.
pub fn find(text: &str) -> Option<KindComment> {
    let mut offset = 0;
    for line in text.split_inclusive('\n').take(LINES) {
        let start = offset;
        offset += line.len();
        let body = line.trim_start_matches('\u{feff}').trim_start();
        let Some(comment) = body.strip_prefix('#') else {
            continue;
        };
        let Some(settings) = comment.trim_start().strip_prefix("deploylint:") else {
            continue;
        };
        for word in settings.split(|c: char| c.is_whitespace() || c == ',') {
            if let Some(name) = word.strip_prefix("kind=") {
                let name_start = start + (name.as_ptr() as usize - line.as_ptr() as usize);
                return Some(KindComment {
                    kind: Kind::from_name(name).ok_or_else(|| name.to_string()),
                    span: Span::new(name_start, name_start + name.len()),
                });
            }
        }
    }
    None
}

impl KindComment {
    /// The findings about the comment in `text` (the text it was found
    /// in): a `kind-comment` error when it names no kind, through the
    /// report stage with `opts`' levels and language.
    pub fn diagnostics(&self, text: &str, opts: &Options) -> Vec<Diagnostic> {
        match &self.kind {
            Ok(_) => Vec::new(),
            Err(name) => {
                let mut sink = crate::report::sink(opts);
                crate::rules::kind_comment::report(&mut sink, name, self.span);
                crate::report::finish(sink, opts, text, &std::cell::OnceCell::new())
            }
        }
    }
}
