//! The report stage: the one sink every finding passes through.
//!
//! Detection (the front end, the spec walk, the cross-field rules) hands each
//! finding to a [`Sink`] the moment it is found, as cargo-deny's checks hand
//! theirs to its one diagnostic sink. The sink applies, in this order:
//!
//! 1. the configured **levels** (`off` drops a finding, `warning`/`error`
//!    replace its severity);
//! 2. **suppressions** ([`crate::suppress`]): a silenced finding is kept
//!    apart, with its suppression, not counted against the cap;
//! 3. the **cap**, counting only what survived the levels and suppressions,
//!    so a silenced flood never hides a real error.
//!
//! The levels include the preset: under [`Preset::Api`] a best-practice
//! rule is off unless a level names it.
//! A finding's words are rendered only once it is admitted, so an `off` rule
//! costs nothing. [`Sink::finish`] then resolves **positions** (line and
//! column in characters and in UTF-16 code units) and **sorts**.

use crate::diagnostics::Applicability;
use crate::diagnostics::{Diagnostic, Edit, Fix, Lang, Severity, Words};
use crate::options::{Level, Options, Preset};
use crate::rule_meta::{Category, RuleMeta};
use crate::suppress::{Suppressed, Suppression, Suppressions};
use crate::syntax::{LineIndex, Span};

/// Where findings go.
pub struct Sink<'o> {
    lang: Lang,
    levels: &'o [(String, Level)],
    max: usize,
    found: Vec<Diagnostic>,
    /// Admitted findings past the cap, counted, not kept.
    over: usize,
    /// Where the document starts: the place of the cap note.
    start: Span,
    /// Which rules are on by default.
    preset: Preset,
    /// What may silence findings, shared by the documents of one text.
    suppressions: Option<&'o Suppressions<'o>>,
    /// Silenced findings, kept with what silenced them.
    suppressed: Vec<Suppressed>,
    /// Where the document's root ends (suppression comments before it are its own).
    end: Option<usize>,
    /// The run's options: its team policies are codes a suppression comment may name.
    #[cfg_attr(not(feature = "policies"), allow(dead_code))]
    opts: &'o Options,
}

impl<'o> Sink<'o> {
    /// An empty sink for one document.
    pub fn new(opts: &'o Options) -> Self {
        Sink {
            lang: opts.lang,
            levels: &opts.levels,
            max: opts.limits.findings.max(1),
            found: Vec::new(),
            over: 0,
            start: Span::new(0, 0),
            preset: opts.preset,
            suppressions: None,
            suppressed: Vec::new(),
            end: None,
            opts,
        }
    }

    /// The rule of `code`: a built-in one, or a team policy of the run.
    fn rule_of(&self, code: &str) -> Option<&'static RuleMeta> {
        if let Some(e) = crate::registry::get(code) {
            return Some(e.meta);
        }
        #[cfg(feature = "policies")]
        if let Some(p) = self.opts.policies.iter().find(|p| p.code() == code) {
            return Some(p.meta);
        }
        None
    }

    /// The sink with the suppressions of the text its document is part of.
    pub(crate) fn with_suppressions(mut self, suppressions: &'o Suppressions<'o>) -> Self {
        self.suppressions = Some(suppressions).filter(|s| !s.is_empty());
        self
    }

    /// Where the cap note goes (the opening of the document's root).
    pub fn set_start(&mut self, span: Span) {
        self.start = span.opening();
        self.end = Some(span.end);
    }

    /// Whether a finding of `rule` would be kept: detection may skip the
    /// work of describing one that would not (an `off` rule, or past the
    /// cap, which it counts).
    pub fn wants(&mut self, rule: &RuleMeta) -> bool {
        if self.level(rule) == Some(Level::Off) {
            return false;
        }
        // Past the cap a finding may still be silenced, which the cap does not count.
        if self.found.len() >= self.max && self.suppressions.is_none() {
            self.over += 1;
            return false;
        }
        true
    }

    /// Whether every finding of `rule` would be dropped by the levels (it is
    /// `off`, or a best-practice rule under the API preset).
    pub(crate) fn off(&self, rule: &RuleMeta) -> bool {
        self.level(rule) == Some(Level::Off)
    }

    /// The level configured for `code`, if any (the last entry wins).
    fn configured(&self, code: &str) -> Option<Level> {
        self.levels.iter().rev().find(|(c, _)| c == code).map(|(_, l)| *l)
    }

    /// The level of `rule`: configured, or off by the preset.
    fn level(&self, rule: &RuleMeta) -> Option<Level> {
        self.configured(rule.code)
            .or_else(|| (self.preset == Preset::Api && rule.category == Category::BestPractice).then_some(Level::Off))
    }

    /// Levels, suppressions, cap: the severity a finding of `rule` at
    /// `severity` is reported with, or `None` when it is not kept.
    fn admit(&mut self, rule: &RuleMeta, severity: Severity, pointer: &str, span: Span) -> Admit {
        let severity = match self.level(rule) {
            Some(Level::Off) => return Admit::Drop,
            Some(Level::Info) => Severity::Info,
            Some(Level::Warning) => Severity::Warning,
            Some(Level::Error) => Severity::Error,
            None => severity,
        };
        // Suppressions apply here, before the cap.
        if let Some(s) = self.suppressions {
            // The findings about suppressions are not themselves silenced.
            let about_suppressions = [SUPPRESSION_CODES.0, SUPPRESSION_CODES.1].contains(&rule.code);
            if let Some(how) = s
                .silence(rule.code, pointer, span.start)
                .filter(|_| !about_suppressions)
            {
                if self.suppressed.len() >= self.max {
                    self.over += 1;
                    return Admit::Drop;
                }
                return Admit::Silence(severity, how);
            }
        }
        if self.found.len() >= self.max {
            self.over += 1;
            return Admit::Drop;
        }
        Admit::Keep(severity)
    }

    /// Reports a finding of `rule` at its default severity.
    pub fn report(
        &mut self,
        rule: &'static RuleMeta,
        pointer: String,
        span: Span,
        words: &dyn Words,
        edits: Option<Vec<Edit>>,
    ) {
        self.report_as(rule, rule.severity, pointer, span, words, edits);
    }

    /// Reports a finding of `rule` at `severity` (the rule's default or one
    /// of its named variants).
    pub fn report_as(
        &mut self,
        rule: &'static RuleMeta,
        severity: Severity,
        pointer: String,
        span: Span,
        words: &dyn Words,
        edits: Option<Vec<Edit>>,
    ) {
        let (severity, silenced) = match self.admit(rule, severity, &pointer, span) {
            Admit::Drop => return,
            Admit::Keep(severity) => (severity, None),
            Admit::Silence(severity, how) => (severity, Some(how)),
        };
        let lang = self.lang;
        let text = words.words(lang);
        let mut d = Diagnostic::new(rule.code, severity, pointer, span, text.message);
        d.help = text.help.filter(|h| !h.is_empty());
        d.fix = edits.map(|edits| Fix {
            title: text
                .fix
                .unwrap_or_else(|| crate::diagnostics::tr(lang, "apply the fix".into(), "应用修复".into())),
            edits,
            // As the catalogue says: the meta's, or (a did-you-mean of an
            // enumerated field) the registry's; a fix of no stated kind is unsafe.
            applicability: match (text.applicability, rule.fix) {
                (Some(a), _) => a,
                (None, Applicability::None) => Applicability::Unsafe,
                (None, a) => a,
            },
        });
        match silenced {
            Some(suppression) => self.suppressed.push(Suppressed {
                diagnostic: d,
                suppression,
            }),
            None => self.found.push(d),
        }
    }

    /// Positions and order: the finished findings of a document whose text
    /// is `text` (`index` is built on first need and shared between the
    /// documents of one stream).
    pub fn finish(self, text: &str, index: &std::cell::OnceCell<LineIndex>) -> Vec<Diagnostic> {
        self.finish_all(text, index).0
    }

    /// [`Sink::finish`], and the silenced findings, positioned likewise.
    pub(crate) fn finish_all(
        mut self,
        text: &str,
        index: &std::cell::OnceCell<LineIndex>,
    ) -> (Vec<Diagnostic>, Vec<Suppressed>) {
        self.judge_suppressions();
        if self.over > 0 {
            // The note itself is never capped, and obeys the levels.
            let mut e = crate::limits::Exceeded::new(crate::limits::Limit::Findings, self.max, String::new());
            e.more = self.over;
            let rule = &crate::rules::limit_exceeded::META;
            let default = rule.severity_of(crate::rules::limit_exceeded::FINDINGS.name);
            if let Some(severity) = match self.configured(rule.code) {
                Some(Level::Off) => None,
                Some(Level::Info) => Some(Severity::Info),
                Some(Level::Warning) => Some(Severity::Warning),
                Some(Level::Error) => Some(Severity::Error),
                None => Some(default),
            } {
                let text = crate::rules::limit_exceeded::text(&e, self.lang);
                let mut d = Diagnostic::new(rule.code, severity, String::new(), self.start, text.message);
                d.help = text.help;
                self.found.push(d);
            }
        }
        let mut found = self.found;
        let mut suppressed = self.suppressed;
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
        let order = |a: &Diagnostic, b: &Diagnostic| {
            (a.span.start, a.code, &a.pointer).cmp(&(b.span.start, b.code, &b.pointer))
        };
        found.sort_by(order);
        suppressed.sort_by(|a, b| order(&a.diagnostic, &b.diagnostic));
        (found, suppressed)
    }

    /// Reports the suppression comments this document is the last to see:
    /// those without a reason, and each of their codes that silenced nothing
    /// (unless its rule is off: a comment for a rule turned off is not stale).
    fn judge_suppressions(&mut self) {
        use crate::suppress::findings::{self as words, Unused};
        let Some(s) = self.suppressions else { return };
        for d in s.finish_document(self.end) {
            if d.reason.is_none() {
                let names: Vec<String> = d.codes.iter().map(|(c, _)| format!("`{c}`")).collect();
                let names = names.join(", ");
                self.report(
                    &words::WITHOUT_REASON,
                    String::new(),
                    d.comment,
                    &words::without_reason_words(&names),
                    None,
                );
            }
            for (i, (code, span)) in d.codes.iter().enumerate() {
                let why = match self.rule_of(code) {
                    None => Unused::Unknown(
                        code,
                        crate::diagnostics::suggest::closest(code, crate::registry::all().iter().map(|e| e.meta.code)),
                    ),
                    Some(meta) if self.level(meta) == Some(Level::Off) => continue,
                    Some(_) if d.misplaced => Unused::Misplaced(code),
                    Some(_) if d.used(i) => continue,
                    Some(_) => Unused::Nothing(code),
                };
                self.report(&words::UNUSED, String::new(), *span, &words::unused_words(why), None);
            }
        }
    }
}

/// The two codes about suppression comments themselves.
const SUPPRESSION_CODES: (&str, &str) = ("suppression-without-reason", "unused-suppression");

/// What the report stage does with a finding.
enum Admit {
    /// Not kept: off, or past the cap.
    Drop,
    /// Reported at this severity.
    Keep(Severity),
    /// Silenced: kept apart with its suppression.
    Silence(Severity, Suppression),
}
