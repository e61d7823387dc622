//! The core's findings in LSP terms: ranges in UTF-16 from the exact byte
//! spans, the rule code with a link to its documentation, severity, and
//! the fixes as text edits.

use crate::syntax::{LineIndex, Span};
use crate::{Diagnostic, Edit, Severity};
use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Position, Range,
    TextEdit, Uri,
};

/// The name diagnostics carry as their source.
pub const SOURCE: &str = "deploylint";

/// The LSP range of a byte span.
pub fn range(index: &LineIndex, text: &str, span: Span) -> Range {
    let (l0, c0) = index.utf16(text, span.start);
    let (l1, c1) = index.utf16(text, span.end);
    Range::new(Position::new(l0, c0), Position::new(l1, c1))
}

/// The LSP range of a finding, from the positions the report stage
/// resolved (1-based lines, 1-based UTF-16 columns).
pub fn finding_range(d: &Diagnostic) -> Range {
    let at = |line: usize, col: usize| {
        Position::new(
            u32::try_from(line.saturating_sub(1)).unwrap_or(u32::MAX),
            u32::try_from(col.saturating_sub(1)).unwrap_or(u32::MAX),
        )
    };
    Range::new(at(d.line, d.column_utf16), at(d.end_line, d.end_column_utf16))
}

/// The documentation link of a rule code under the docs base `docs_url`
/// (the same link as the SARIF report's `helpUri`).
pub fn code_link(docs_url: &str, code: &str) -> Option<CodeDescription> {
    crate::links::rule_url(docs_url, code)
        .parse()
        .ok()
        .map(|href| CodeDescription { href })
}

/// A finding as an LSP diagnostic; `related` are its second places,
/// `docs_url` the base of its rule's documentation link.
pub fn diagnostic(d: &Diagnostic, uri: &Uri, related: Vec<(Range, String)>, docs_url: &str) -> lsp_types::Diagnostic {
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        message.push_str("\n\n");
        message.push_str(help);
    }
    let related = related
        .into_iter()
        .map(|(range, message)| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), range),
            message,
        })
        .collect::<Vec<_>>();
    lsp_types::Diagnostic {
        range: finding_range(d),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.code.to_string())),
        code_description: code_link(docs_url, d.code),
        source: Some(SOURCE.into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// Edits (a fix's, or those of several) in LSP terms.
pub fn edits(index: &LineIndex, text: &str, edits: &[Edit]) -> Vec<TextEdit> {
    edits
        .iter()
        .map(|e| TextEdit::new(range(index, text, e.span), e.replacement.clone()))
        .collect()
}
