//! Every fix is checked before it is offered: applied to the text, the
//! fixed text must parse (no more unreadable documents than before) and the
//! finding it fixes must be gone (fewer findings of its code at its pointer
//! in its document). A fix that fails is dropped from its diagnostic, so
//! the CLI, the language server, the WASM package and the web editor never
//! offer an edit that writes an invalid document or changes nothing.
//!
//! The check costs lints of the fixed text, so it is batched: the fixes
//! that do not overlap are applied together and the text is linted once.
//! A fix whose finding survives the batch (two fixes may interact, one may
//! shift another's array index) is checked again on its own, up to
//! [`SINGLE_CHECKS`] of them; one left unchecked is dropped, never offered
//! unverified. A text with no fix costs nothing.

use std::collections::HashMap;

use crate::diagnostics::Fix;
use crate::fix::{apply, choose, unreadable};
use crate::Report;

/// How many rounds of batches are made (fixes that overlap wait for a later round).
const ROUNDS: usize = 4;

/// How many fixes failed by a batch are checked one at a time (one lint each).
pub const SINGLE_CHECKS: usize = 8;

/// Where a finding is: its document, code and pointer.
type Key = (usize, &'static str, String);

/// How many findings each key has.
fn census(reports: &[Report]) -> HashMap<Key, usize> {
    let mut counts = HashMap::new();
    for r in reports {
        for d in &r.diagnostics {
            *counts.entry((r.document, d.code, d.pointer.clone())).or_insert(0) += 1;
        }
    }
    counts
}

/// Drops from `reports` (the lint of `text`) every fix that fails its
/// check; `relint` lints a fixed text the same way, without checking its fixes.
pub(crate) fn offered_fixes(text: &str, reports: &mut [Report], relint: impl Fn(&str) -> Vec<Report>) {
    // (report, diagnostic) of every fix, in source order.
    let mut pending: Vec<(usize, usize)> = reports
        .iter()
        .enumerate()
        .flat_map(|(r, rep)| {
            rep.diagnostics
                .iter()
                .enumerate()
                .filter(|(_, d)| d.fix.is_some())
                .map(move |(d, _)| (r, d))
        })
        .collect();
    if pending.is_empty() {
        return;
    }
    let fix_of = |reports: &[Report], (r, d): (usize, usize)| reports[r].diagnostics[d].fix.clone();
    let key_of = |reports: &[Report], (r, d): (usize, usize)| -> Key {
        let diag = &reports[r].diagnostics[d];
        (reports[r].document, diag.code, diag.pointer.clone())
    };
    pending.sort_by_key(|&at| fix_of(reports, at).and_then(|f| f.edits.iter().map(|e| e.span.start).min()));
    let before = census(reports);
    let broken_before = unreadable(reports);
    let mut failed: Vec<(usize, usize)> = Vec::new();
    for _ in 0..ROUNDS {
        if pending.is_empty() {
            break;
        }
        let fixes: Vec<Fix> = pending.iter().filter_map(|&at| fix_of(reports, at)).collect();
        let refs: Vec<&Fix> = fixes.iter().collect();
        let (edits, chosen) = choose(text, &refs);
        let batch: Vec<(usize, usize)> = chosen.iter().map(|&i| pending[i]).collect();
        let rest: Vec<(usize, usize)> = pending
            .iter()
            .enumerate()
            .filter(|(i, _)| !chosen.contains(i))
            .map(|(_, &at)| at)
            .collect();
        if batch.is_empty() {
            // Edits outside the text or inside a character: never offerable.
            for at in rest {
                reports[at.0].diagnostics[at.1].fix = None;
            }
            pending = Vec::new();
            break;
        }
        let after_reports = relint(&apply(text, edits));
        let after = census(&after_reports);
        let readable = unreadable(&after_reports) <= broken_before;
        let mut in_batch: HashMap<Key, usize> = HashMap::new();
        for &at in &batch {
            *in_batch.entry(key_of(reports, at)).or_insert(0) += 1;
        }
        for &at in &batch {
            let key = key_of(reports, at);
            let was = before.get(&key).copied().unwrap_or(0);
            let now = after.get(&key).copied().unwrap_or(0);
            let fixed = in_batch.get(&key).copied().unwrap_or(0);
            if !(readable && now + fixed <= was) {
                failed.push(at);
            }
        }
        pending = rest;
    }
    // Overlapping fixes past the last round are unchecked.
    failed.extend(pending);
    for (n, at) in failed.into_iter().enumerate() {
        let ok = n < SINGLE_CHECKS
            && fix_of(reports, at)
                .is_some_and(|fix| single(text, &fix, &key_of(reports, at), &before, broken_before, &relint));
        if !ok {
            reports[at.0].diagnostics[at.1].fix = None;
        }
    }
}

/// Whether `fix` alone leaves `text` as readable as it was and removes one finding at `key`.
fn single(
    text: &str,
    fix: &Fix,
    key: &Key,
    before: &HashMap<Key, usize>,
    broken_before: usize,
    relint: &impl Fn(&str) -> Vec<Report>,
) -> bool {
    let (edits, chosen) = choose(text, &[fix]);
    if chosen.is_empty() {
        return false;
    }
    let after_reports = relint(&apply(text, edits));
    let was = before.get(key).copied().unwrap_or(0);
    let now = census(&after_reports).get(key).copied().unwrap_or(0);
    unreadable(&after_reports) <= broken_before && now < was
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Applicability;
    use crate::diagnostics::Edit;
    use crate::syntax::Span;
    use crate::{lint, Options};

    const BODY: &str = r#"{"chart_id": "af4b", "action": "upgrad", "parameters": {"dry_run": "false"}, "values": {}}"#;

    fn raw(text: &str) -> Vec<Report> {
        crate::lint_unchecked(text, &Options::new())
    }

    fn with_fix(reports: &mut [Report], code: &str, replacement: &str) {
        let d = reports[0]
            .diagnostics
            .iter_mut()
            .find(|d| d.code == code)
            .expect("finding");
        let span = d.fix.as_ref().expect("fix").edits[0].span;
        d.fix = Some(Fix {
            title: "test".into(),
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
            applicability: Applicability::Safe,
        });
    }

    fn fixed_codes(reports: &[Report]) -> Vec<&'static str> {
        reports[0]
            .diagnostics
            .iter()
            .filter(|d| d.fix.is_some())
            .map(|d| d.code)
            .collect()
    }

    #[test]
    fn good_fixes_are_kept() {
        let reports = lint(BODY, &Options::new());
        assert_eq!(fixed_codes(&reports), ["release-action", "invalid-type"]);
    }

    #[test]
    fn a_fix_that_breaks_the_document_is_dropped() {
        let mut reports = raw(BODY);
        with_fix(&mut reports, "invalid-type", "0644");
        offered_fixes(BODY, &mut reports, raw);
        assert_eq!(fixed_codes(&reports), ["release-action"]);
    }

    #[test]
    fn a_fix_that_leaves_its_finding_is_dropped() {
        let mut reports = raw(BODY);
        with_fix(&mut reports, "release-action", r#""upgrade_""#);
        offered_fixes(BODY, &mut reports, raw);
        assert_eq!(fixed_codes(&reports), ["invalid-type"]);
    }

    #[test]
    fn a_fix_outside_the_text_is_dropped() {
        let mut reports = raw(BODY);
        if let Some(f) = reports[0].diagnostics[0].fix.as_mut() {
            f.edits[0].span = Span::new(0, BODY.len() + 5);
        }
        offered_fixes(BODY, &mut reports, raw);
        assert_eq!(fixed_codes(&reports).len(), 1);
    }
}
