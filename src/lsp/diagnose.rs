//! One document's diagnostics: the findings of its [`Analysis`] (the
//! documents that are request bodies, linted as the CLI would) in LSP terms.

use super::analysis::Analysis;
use super::convert;
use super::related::related;
use super::workspace::Settings;
use crate::syntax::LineIndex;
use lsp_types::{Diagnostic, Uri};
use std::sync::OnceLock;

/// The diagnostics of `analysis`, the analysis of `text` with `settings`
/// (`lines`, the line index of `text`, is built here unless it was already).
pub fn diagnose(
    uri: &Uri,
    text: &str,
    lines: &OnceLock<LineIndex>,
    settings: &Settings,
    analysis: &Analysis,
) -> Vec<Diagnostic> {
    if !analysis.manifest() {
        return Vec::new();
    }
    let lang = settings.opts.lang;
    let index = lines.get_or_init(|| LineIndex::new(text));
    let mut out = Vec::new();
    if let Some(m) = &settings.bad_modeline {
        // `kind-comment`: worded, levelled and located by the core.
        for d in m.diagnostics(text, &settings.opts) {
            out.push(convert::diagnostic(&d, uri, Vec::new(), &settings.docs_url));
        }
    }
    for report in analysis.findings() {
        let root = analysis.docs.get(report.document).and_then(|d| d.as_ref().ok());
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
    out
}
