//! Code actions: the quick fix each diagnostic carries (did-you-mean keys
//! and values, quoting), and `source.fixAll.deploylint`, which applies every
//! safe fix of the file at once (fixes whose edits overlap an earlier
//! one's are left for a later run, as `deploylint check --fix` would).

use super::convert;
use crate::diagnostics::Applicability;
use crate::recognise::Verdict;
use crate::syntax::{LineIndex, Span};
use crate::{lint_all, Diagnostic, Lang, Options};
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, Position, Range, Uri, WorkspaceEdit};
use std::collections::HashMap;

/// The kind of the fix-all source action.
pub const FIX_ALL: &str = "source.fixAll.deploylint";

/// Whether an action of kind `kind` is wanted by a request limited to `only`.
fn wanted(only: Option<&[CodeActionKind]>, kind: &str) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|k| {
            let k = k.as_str();
            kind == k || kind.strip_prefix(k).is_some_and(|rest| rest.starts_with('.'))
        })
    })
}

fn overlaps(a: Range, b: Range) -> bool {
    let key = |p: Position| (p.line, p.character);
    key(a.start) <= key(b.end) && key(b.start) <= key(a.end)
}

fn edit(uri: &Uri, edits: Vec<lsp_types::TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

/// The code actions for `range` of the document `uri` with `text`, linted
/// with `opts`; `verdict` says which documents of the stream are reported on;
/// `docs_url` is the base of the findings' documentation links.
pub fn actions(
    uri: &Uri,
    text: &str,
    opts: &Options,
    verdict: &Verdict,
    range: Range,
    only: Option<&[CodeActionKind]>,
    docs_url: &str,
) -> Vec<CodeActionOrCommand> {
    let findings: Vec<Diagnostic> = lint_all(text, opts)
        .into_iter()
        .filter(|r| verdict.reports(r.document))
        .flat_map(|r| r.diagnostics)
        .collect();
    let index = LineIndex::new(text);
    let mut out = Vec::new();
    if wanted(only, CodeActionKind::QUICKFIX.as_str()) {
        for d in &findings {
            let Some(fix) = &d.fix else { continue };
            if !overlaps(convert::finding_range(d), range) {
                continue;
            }
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![convert::diagnostic(d, uri, Vec::new(), docs_url)]),
                edit: Some(edit(uri, convert::edits(&index, text, fix))),
                is_preferred: Some(fix.applicability == Applicability::Safe),
                ..CodeAction::default()
            }));
        }
    }
    if wanted(only, FIX_ALL) {
        let mut taken: Vec<Span> = Vec::new();
        let mut edits = Vec::new();
        for d in &findings {
            let Some(fix) = d.fix.as_ref().filter(|f| f.applicability == Applicability::Safe) else {
                continue;
            };
            let clashes = fix.edits.iter().any(|e| {
                taken
                    .iter()
                    .any(|t| (e.span.start < t.end && t.start < e.span.end) || e.span == *t)
            });
            if clashes {
                continue;
            }
            taken.extend(fix.edits.iter().map(|e| e.span));
            edits.extend(convert::edits(&index, text, fix));
        }
        if !edits.is_empty() {
            let title = match opts.lang {
                Lang::En => "Apply every safe deploylint fix",
                Lang::Zh => "应用 deploylint 的全部安全修复",
            };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: title.into(),
                kind: Some(CodeActionKind::from(FIX_ALL.to_string())),
                edit: Some(edit(uri, edits)),
                ..CodeAction::default()
            }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_match_by_prefix() {
        let k = |s: &str| vec![CodeActionKind::from(s.to_string())];
        assert!(wanted(None, FIX_ALL));
        assert!(wanted(Some(&k("source")), FIX_ALL));
        assert!(wanted(Some(&k("source.fixAll")), FIX_ALL));
        assert!(!wanted(Some(&k("source.fix")), FIX_ALL));
        assert!(!wanted(Some(&k("quickfix")), FIX_ALL));
        assert!(wanted(Some(&k("quickfix")), "quickfix"));
    }
}
