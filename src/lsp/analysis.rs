//! What a request (hover, completion, code actions) needs to know of a
//! document right now: its parsed documents, whether it is a manifest, and
//! the kind of the document at the cursor. The current text decides when
//! it parses; otherwise what the last readable text said (the lint
//! worker's [`Status`]) does, and for completion in YAML the text with the
//! word being typed taken out.

use super::diagnose::Status;
use super::workspace::Settings;
use crate::recognise::{judge, recognise, Verdict};
use crate::syntax::{self, Node, Span, SyntaxError};
use crate::{InputFormat, Kind};

/// A document analysed for a request.
pub struct Analysis {
    /// The parsed documents of its stream.
    pub docs: Vec<Result<Node, SyntaxError>>,
    /// What they are.
    pub verdict: Verdict,
    /// Whether it is a manifest.
    pub manifest: bool,
}

/// Analyses `text` (of `format`), falling back on `status`.
pub fn analyse(text: &str, format: InputFormat, settings: &Settings, status: Option<&Status>) -> Analysis {
    let docs = syntax::parse_with(text, format, &settings.opts.limits);
    let verdict = judge(&docs, settings.explicit, settings.forced);
    let manifest = verdict.manifest.or(status.map(|s| s.manifest)).unwrap_or(false);
    Analysis {
        docs,
        verdict,
        manifest,
    }
}

impl Analysis {
    /// The kind of document `i`: the explicit one, else recognised from the
    /// current text, else from the last readable one.
    pub fn kind(&self, settings: &Settings, status: Option<&Status>, i: usize) -> Option<Kind> {
        settings
            .explicit
            .or_else(|| self.verdict.kind(i))
            .or_else(|| status.and_then(|s| s.kinds.get(i).copied().flatten()))
    }
}

/// For completion in a YAML text that does not parse: the verdict on the
/// text without the word being typed (`replace`), so that a bare `rest`
/// under `configs:` does not hide what the file is.
pub fn without_word(text: &str, replace: Span, settings: &Settings) -> Verdict {
    let mut repaired = String::with_capacity(text.len());
    repaired.push_str(&text[..replace.start.min(text.len())]);
    repaired.push_str(&text[replace.end.min(text.len())..]);
    recognise(
        &repaired,
        InputFormat::Yaml,
        settings.explicit,
        settings.forced,
        &settings.opts.limits,
    )
}
