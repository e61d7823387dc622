//! One document's diagnostics: recognise it, lint it as the CLI would,
//! and convert the findings of the documents that are request bodies.

use super::convert;
use super::related::related;
use super::workspace::Settings;
use crate::recognise::judge;
use crate::syntax::{self, LineIndex, Node, SyntaxError};
use crate::{lint_parsed, Kind};
use lsp_types::{Diagnostic, Uri};
use std::sync::OnceLock;

/// What the last readable text of a document said about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// Whether it is a manifest.
    pub manifest: bool,
    /// The kind of each document of its stream, when known.
    pub kinds: Vec<Option<Kind>>,
}

/// The parsed documents of a text, handed back by [`diagnose`] so that the
/// caller frees them once the diagnostics are published: freeing a 1 MB
/// manifest's trees costs a few milliseconds the editor need not wait for.
pub type Trees = Vec<Result<Node, SyntaxError>>;

/// The diagnostics of `text` (its line index `lines` built here unless it
/// was already) linted with `settings`, and its status;
/// `previous` is the status of the last readable text, kept when this one
/// does not parse at all. The trees come back too (see [`Trees`]).
///
/// The text is parsed once: recognising a manifest by its shape and the
/// lint share the trees (on a 1 MB manifest the parse is most of the cost).
/// A document that is not a manifest is not linted at all.
pub fn diagnose(
    uri: &Uri,
    text: &str,
    lines: &OnceLock<LineIndex>,
    settings: &Settings,
    previous: Option<&Status>,
) -> (Vec<Diagnostic>, Status, Trees) {
    let format = settings.opts.format.unwrap_or_else(|| crate::InputFormat::detect(text));
    let docs = syntax::parse_with(text, format, &settings.opts.limits);
    let verdict = judge(&docs, settings.explicit, settings.forced);
    let status = match verdict.manifest {
        Some(manifest) => Status {
            manifest,
            kinds: if settings.forced {
                docs.iter().map(|_| settings.explicit).collect()
            } else {
                (0..verdict.docs.len()).map(|i| verdict.kind(i)).collect()
            },
        },
        None => previous.cloned().unwrap_or_default(),
    };
    if !status.manifest {
        return (Vec::new(), status, docs);
    }
    let reports = lint_parsed(text, format, &docs, &settings.opts);
    let lang = settings.opts.lang;
    let index = lines.get_or_init(|| LineIndex::new(text));
    let mut out = Vec::new();
    if let Some(m) = &settings.bad_modeline {
        // `kind-comment`: worded, levelled and located by the core.
        for d in m.diagnostics(text, &settings.opts) {
            out.push(convert::diagnostic(&d, uri, Vec::new(), &settings.docs_url));
        }
    }
    for report in reports {
        if !verdict.reports(report.document) {
            continue;
        }
        let root = docs.get(report.document).and_then(|d| d.as_ref().ok());
        for d in &report.diagnostics {
            let second = root
                .map(|r| related(r, d, lang))
                .unwrap_or_default()
                .into_iter()
                .map(|(span, what)| (convert::range(index, text, span), what))
                .collect();
            out.push(convert::diagnostic(d, uri, second, &settings.docs_url));
        }
    }
    (out, status, docs)
}
