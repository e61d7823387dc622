//! The report stage: where the options meet the sink ([`crate::sink`])
//! detection wrote to. [`sink`] builds a document's sink from the options
//! (language, levels, preset, findings limit); [`finish`] then adds the
//! cap's note (`limit-exceeded`, past the findings limit), judges the
//! suppression comments (without a reason, or silencing nothing), resolves
//! **positions** (line and column in characters and in UTF-16 code units)
//! and **sorts**.

use crate::diagnostics::{Diagnostic, Severity};
use crate::levels::Level;
use crate::options::Options;
use crate::rule_meta::RuleMeta;
use crate::sink::Sink;
use crate::suppress::Suppressed;
use crate::syntax::LineIndex;

/// An empty sink for one document, with the levels, preset, language and
/// findings limit of `opts`.
pub fn sink(opts: &Options) -> Sink<'_> {
    Sink::new(opts.lang, &opts.levels, opts.preset, opts.limits.findings)
}

/// Positions and order: the finished findings of a document whose text
/// is `text` (`index` is built on first need and shared between the
/// documents of one stream).
pub fn finish(sink: Sink<'_>, opts: &Options, text: &str, index: &std::cell::OnceCell<LineIndex>) -> Vec<Diagnostic> {
    finish_all(sink, opts, text, index).0
}

/// [`finish`], and the silenced findings, positioned likewise.
pub(crate) fn finish_all(
    mut sink: Sink<'_>,
    opts: &Options,
    text: &str,
    index: &std::cell::OnceCell<LineIndex>,
) -> (Vec<Diagnostic>, Vec<Suppressed>) {
    judge_suppressions(&mut sink, opts);
    if sink.over > 0 {
        // The note itself is never capped, and obeys the levels.
        let mut e = crate::limits::Exceeded::new(crate::limits::Limit::Findings, sink.max, String::new());
        e.more = sink.over;
        let rule = &crate::rules::limit_exceeded::META;
        let default = rule.severity_of(crate::rules::limit_exceeded::FINDINGS.name);
        if let Some(severity) = match sink.configured(rule.code) {
            Some(Level::Off) => None,
            Some(Level::Info) => Some(Severity::Info),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Error) => Some(Severity::Error),
            None => Some(default),
        } {
            let text = crate::rules::limit_exceeded::text(&e, sink.lang);
            let mut d = Diagnostic::new(rule.code, severity, String::new(), sink.start, text.message);
            d.help = text.help;
            sink.found.push(d);
        }
    }
    let mut found = sink.found;
    let mut suppressed = sink.suppressed;
    if found.is_empty() && suppressed.is_empty() {
        return (found, suppressed);
    }
    let index = index.get_or_init(|| LineIndex::new(text));
    // A span ends on a character boundary: an object's opening (its
    // first byte) may start a multi-byte key in YAML. (A span past the
    // text, such as an invalid byte after the valid prefix, is left as
    // it is.)
    let ends_on_a_boundary = |d: &mut Diagnostic| {
        let mut end = d.span.end.max(d.span.start);
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        d.span.end = end;
    };
    found.iter_mut().for_each(ends_on_a_boundary);
    suppressed
        .iter_mut()
        .for_each(|s| ends_on_a_boundary(&mut s.diagnostic));
    // Every position in one pass over the text (LineIndex::locate_all).
    let offsets: Vec<usize> = found
        .iter()
        .chain(suppressed.iter().map(|s| &s.diagnostic))
        .flat_map(|d| [d.span.start, d.span.end])
        .collect();
    let mut at = index.locate_all(text, &offsets).into_iter();
    let all = found.iter_mut().chain(suppressed.iter_mut().map(|s| &mut s.diagnostic));
    for d in all {
        let (Some((s, s16)), Some((e, e16))) = (at.next(), at.next()) else {
            break;
        };
        (d.line, d.column, d.end_line, d.end_column) = (s.line, s.column, e.line, e.column);
        (d.column_utf16, d.end_column_utf16) = (s16 as usize + 1, e16 as usize + 1);
    }
    let order =
        |a: &Diagnostic, b: &Diagnostic| (a.span.start, a.code, &a.pointer).cmp(&(b.span.start, b.code, &b.pointer));
    found.sort_by(order);
    suppressed.sort_by(|a, b| order(&a.diagnostic, &b.diagnostic));
    (found, suppressed)
}

/// Reports the suppression comments this document is the last to see:
/// those without a reason, and each of their codes that silenced nothing
/// (unless its rule is off: a comment for a rule turned off is not stale).
fn judge_suppressions(sink: &mut Sink<'_>, opts: &Options) {
    use crate::suppress::findings::{self as words, Unused};
    let Some(s) = sink.suppressions else { return };
    for d in s.finish_document(sink.end) {
        if d.reason.is_none() {
            let names: Vec<String> = d.codes.iter().map(|(c, _)| format!("`{c}`")).collect();
            let names = names.join(", ");
            sink.report(
                &words::WITHOUT_REASON,
                String::new(),
                d.comment,
                &words::without_reason_words(&names),
                None,
            );
        }
        for (i, (code, span)) in d.codes.iter().enumerate() {
            let why = match rule_of(opts, code) {
                None => Unused::Unknown(
                    code,
                    crate::diagnostics::suggest::closest(code, crate::registry::all().iter().map(|e| e.meta.code)),
                ),
                Some(meta) if sink.level(meta) == Some(Level::Off) => continue,
                Some(_) if d.misplaced => Unused::Misplaced(code),
                Some(_) if d.used(i) => continue,
                Some(_) => Unused::Nothing(code),
            };
            sink.report(&words::UNUSED, String::new(), *span, &words::unused_words(why), None);
        }
    }
}

/// The rule of `code`: a built-in one, or a team policy of the run.
#[cfg_attr(not(feature = "policies"), allow(unused_variables))]
fn rule_of(opts: &Options, code: &str) -> Option<&'static RuleMeta> {
    if let Some(e) = crate::registry::get(code) {
        return Some(e.meta);
    }
    #[cfg(feature = "policies")]
    if let Some(p) = opts.policies.iter().find(|p| p.code() == code) {
        return Some(p.meta);
    }
    None
}
