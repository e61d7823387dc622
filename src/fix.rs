//! Fix-all: apply every fix that is certain, again and again until nothing
//! changes, as ruff's and biome's `--fix` do.
//!
//! A fix is a set of byte-range edits of the source text, so everything it
//! does not touch (comments, key order, indentation, quoting elsewhere)
//! survives byte for byte. Each pass lints the text, takes the fixes of the
//! reported findings (safe ones; unsafe ones too when asked; each already
//! checked by the lint to parse and remove its finding), applies those
//! whose edits overlap no edit already taken (a later overlapping fix waits
//! for the next pass, when it is found again on the new text) and lints
//! again. A pass that would turn a readable document into one that does not
//! parse is discarded. Passes are bounded ([`MAX_PASSES`]), so two fixes
//! that undo each other cannot loop.
//!
//! ```
//! use deploylint::{fix_all, lint, Options};
//!
//! let body = r#"{"chart_id": "af4b", "action": "upgrad", "parameters": {"dry_run": "false"}, "values": {}}"#;
//! let fixed = fix_all(body, &Options::new(), false);
//! assert_eq!(
//!     fixed.text,
//!     r#"{"chart_id": "af4b", "action": "upgrade", "parameters": {"dry_run": false}, "values": {}}"#
//! );
//! assert_eq!((fixed.applied, fixed.remaining), (2, 0));
//! assert!(lint(&fixed.text, &Options::new())[0].diagnostics.is_empty());
//! ```

use crate::diagnostics::{Applicability, Edit, Fix};
use crate::syntax::Span;
use crate::{lint, Options, Report};

/// The most passes [`fix_all`] makes.
pub const MAX_PASSES: usize = 10;

/// What [`fix_all`] did.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FixResult {
    /// The fixed text (the input itself when nothing applied).
    pub text: String,
    /// How many fixes were applied.
    pub applied: usize,
    /// How many findings the fixed text still has.
    pub remaining: usize,
    /// The reports of the fixed text.
    pub reports: Vec<Report>,
}

/// Applies every safe fix (and every unsafe one when `unsafe_too`) to
/// `text`, repeating until no fix applies or `MAX_PASSES` (10) passes are made.
pub fn fix_all(text: &str, opts: &Options, unsafe_too: bool) -> FixResult {
    let mut current = text.to_string();
    let mut reports = lint(&current, opts);
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let fixes = wanted(&reports, unsafe_too);
        let (edits, taken) = choose(&current, &fixes);
        let count = taken.len();
        if count == 0 {
            break;
        }
        let next = apply(&current, edits);
        let next_reports = lint(&next, opts);
        if unreadable(&next_reports) > unreadable(&reports) {
            break;
        }
        current = next;
        reports = next_reports;
        applied += count;
    }
    let remaining = reports.iter().map(|r| r.diagnostics.len()).sum();
    FixResult {
        text: current,
        applied,
        remaining,
        reports,
    }
}

/// The fixes of `reports` that may be applied, in source order.
fn wanted<'r>(reports: impl IntoIterator<Item = &'r Report>, unsafe_too: bool) -> Vec<&'r Fix> {
    let mut fixes: Vec<&Fix> = reports
        .into_iter()
        .flat_map(|r| &r.diagnostics)
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| match f.applicability {
            Applicability::Safe => true,
            Applicability::Unsafe => unsafe_too,
            Applicability::None => false,
        })
        .collect();
    fixes.sort_by_key(|f| f.edits.iter().map(|e| e.span.start).min());
    fixes
}

/// One pass of [`fix_all`] over `reports` of `text`: the edits of the fixes
/// it applies together (safe ones; unsafe ones too when `unsafe_too`; a fix
/// overlapping one taken before it waits), in source order. An editor's
/// "fix all" applies these, and the next lint offers what waited.
#[cfg_attr(not(feature = "lsp"), allow(dead_code))] // The language server's.
pub fn one_pass<'r>(text: &str, reports: impl IntoIterator<Item = &'r Report>, unsafe_too: bool) -> Vec<Edit> {
    let fixes = wanted(reports, unsafe_too);
    let (mut edits, _) = choose(text, &fixes);
    edits.sort_by_key(|(s, _)| s.start);
    edits
        .into_iter()
        .map(|(span, replacement)| Edit { span, replacement })
        .collect()
}

/// Whether `fix` can be applied to `text` on its own (an editor's quick
/// fix of one finding): it has edits, each inside the text, on character
/// boundaries, and none overlapping another.
pub fn applies(text: &str, fix: &Fix) -> bool {
    !fix.edits.is_empty()
        && fix.edits.iter().enumerate().all(|(i, e)| {
            e.span.start <= e.span.end
                && text.is_char_boundary(e.span.start)
                && text.is_char_boundary(e.span.end)
                && !fix.edits[..i].iter().any(|o| overlap(o.span, e.span))
        })
}

/// Whether two edits touch the same bytes (two insertions at one place count).
fn overlap(a: Span, b: Span) -> bool {
    (a.start < b.end && b.start < a.end) || a.start == b.start
}

/// The edits of the fixes that overlap nothing taken before them, and the
/// indices (into `fixes`) of the fixes taken. A fix that does not
/// [`applies`] on its own is skipped.
pub(crate) fn choose(text: &str, fixes: &[&Fix]) -> (Vec<(Span, String)>, Vec<usize>) {
    let mut taken: Vec<(Span, String)> = Vec::new();
    let mut chosen = Vec::new();
    for (at, fix) in fixes.iter().enumerate() {
        let free = fix
            .edits
            .iter()
            .all(|e| !taken.iter().any(|(s, _)| overlap(*s, e.span)));
        if applies(text, fix) && free {
            taken.extend(fix.edits.iter().map(|e| (e.span, e.replacement.clone())));
            chosen.push(at);
        }
    }
    (taken, chosen)
}

/// `text` with the non-overlapping `edits` applied.
pub(crate) fn apply(text: &str, mut edits: Vec<(Span, String)>) -> String {
    edits.sort_by_key(|(s, _)| s.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (span, replacement) in edits {
        out.push_str(&text[at..span.start]);
        out.push_str(&replacement);
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// How many documents do not parse.
pub(crate) fn unreadable(reports: &[Report]) -> usize {
    reports
        .iter()
        .filter(|r| r.diagnostics.iter().any(|d| d.code == "parse-error"))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(edits: &[(usize, usize, &str)]) -> Fix {
        Fix {
            title: String::new(),
            edits: edits
                .iter()
                .map(|&(s, e, r)| Edit {
                    span: Span::new(s, e),
                    replacement: r.into(),
                })
                .collect(),
            applicability: Applicability::Safe,
        }
    }

    #[test]
    fn a_later_overlapping_fix_waits() {
        let text = "abcdef";
        let (a, b, c) = (fix(&[(0, 2, "X")]), fix(&[(1, 3, "Y")]), fix(&[(4, 5, "Z")]));
        let (edits, n) = choose(text, &[&a, &b, &c]);
        assert_eq!(n, [0, 2]);
        assert_eq!(apply(text, edits), "XcdZf");
    }

    #[test]
    fn edits_outside_the_text_or_inside_a_character_are_skipped() {
        let text = "名字";
        let (a, b) = (fix(&[(1, 2, "x")]), fix(&[(0, 9, "x")]));
        assert!(choose(text, &[&a, &b]).1.is_empty());
    }

    #[test]
    fn two_insertions_at_one_place_conflict() {
        let (a, b) = (fix(&[(2, 2, "x")]), fix(&[(2, 2, "y")]));
        let (edits, n) = choose("abcd", &[&a, &b]);
        assert_eq!(n, [0]);
        assert_eq!(apply("abcd", edits), "abxcd");
    }
}
