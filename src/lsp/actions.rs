//! Code actions: the quick fix each diagnostic carries (did-you-mean keys
//! and values, quoting), and `source.fixAll.deploylint`, which applies every
//! safe fix of the file at once: the fixes one pass of `deploylint check
//! --fix` applies ([`crate::fix::one_pass`]; one overlapping an earlier
//! one's edits waits for the next lint). Both read the document version's
//! analysis: nothing is linted again.

use super::analysis::Analysis;
use super::convert;
use crate::diagnostics::Applicability;
use crate::fix;
use crate::syntax::LineIndex;
use crate::Lang;
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

/// The code actions for `range` of the document `uri` with `text` (and its
/// line `index`), from its `analysis`; `docs_url` is the base of the
/// findings' documentation links, `lang` the language of the fix-all title.
#[allow(clippy::too_many_arguments)]
pub fn actions(
    uri: &Uri,
    text: &str,
    index: &LineIndex,
    analysis: &Analysis,
    lang: Lang,
    range: Range,
    only: Option<&[CodeActionKind]>,
    docs_url: &str,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    if wanted(only, CodeActionKind::QUICKFIX.as_str()) {
        for d in analysis.findings().flat_map(|r| &r.diagnostics) {
            let Some(fix) = d.fix.as_ref().filter(|f| fix::applies(text, f)) else {
                continue;
            };
            if !overlaps(convert::finding_range(d), range) {
                continue;
            }
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![convert::diagnostic(d, uri, Vec::new(), docs_url)]),
                edit: Some(edit(uri, convert::edits(index, text, &fix.edits))),
                is_preferred: Some(fix.applicability == Applicability::Safe),
                ..CodeAction::default()
            }));
        }
    }
    if wanted(only, FIX_ALL) {
        // The safe fixes `deploylint check --fix` applies in one pass.
        let edits = fix::one_pass(text, analysis.findings(), false);
        if !edits.is_empty() {
            let title = match lang {
                Lang::En => "Apply every safe deploylint fix",
                Lang::Zh => "应用 deploylint 的全部安全修复",
            };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: title.into(),
                kind: Some(CodeActionKind::from(FIX_ALL.to_string())),
                edit: Some(edit(uri, convert::edits(index, text, &edits))),
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
