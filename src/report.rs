//! The report stage: the one sink every finding passes through.
//!
//! Detection (the front end, the spec walk, the cross-field rules) hands each
//! finding to a [`Sink`] the moment it is found, as cargo-deny's checks hand
//! theirs to its one diagnostic sink. The sink applies, in this order:
//!
//! 1. the configured **levels** (`off` drops a finding, `warning`/`error`
//!    replace its severity);
//! 2. **suppressions** (none yet: the place where they will apply);
//! 3. the **cap**, counting only what survived the levels and suppressions,
//!    so a silenced flood never hides a real error.
//!
//! A finding's words are rendered only once it is admitted, so an `off` rule
//! costs nothing. [`Sink::finish`] then resolves **positions** (line and
//! column in characters and in UTF-16 code units) and **sorts**.

use crate::diagnostics::{Diagnostic, Edit, Fix, Lang, Severity, Words};
use crate::options::{Level, Options};
use crate::registry::{Applicability, RuleMeta};
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
}

impl<'o> Sink<'o> {
    /// An empty sink for one document.
    pub fn new(opts: &'o Options) -> Self {
        Sink {
            lang: opts.lang,
            levels: &opts.levels,
            max: opts.max_findings.max(1),
            found: Vec::new(),
            over: 0,
            start: Span::new(0, 0),
        }
    }

    /// Where the cap note goes (the opening of the document's root).
    pub fn set_start(&mut self, span: Span) {
        self.start = span.opening();
    }

    /// Whether a finding of `rule` would be kept: detection may skip the
    /// work of describing one that would not (an `off` rule, or past the
    /// cap, which it counts).
    pub fn wants(&mut self, rule: &RuleMeta) -> bool {
        if self.configured(rule.code) == Some(Level::Off) {
            return false;
        }
        if self.found.len() >= self.max {
            self.over += 1;
            return false;
        }
        true
    }

    /// The level configured for `code`, if any (the last entry wins).
    fn configured(&self, code: &str) -> Option<Level> {
        self.levels.iter().rev().find(|(c, _)| c == code).map(|(_, l)| *l)
    }

    /// Levels, suppressions, cap: the severity a finding of `rule` at
    /// `severity` is reported with, or `None` when it is not kept.
    fn admit(&mut self, rule: &RuleMeta, severity: Severity) -> Option<Severity> {
        let severity = match self.configured(rule.code) {
            Some(Level::Off) => return None,
            Some(Level::Info) => Severity::Info,
            Some(Level::Warning) => Severity::Warning,
            Some(Level::Error) => Severity::Error,
            None => severity,
        };
        // Suppressions apply here, before the cap.
        if self.found.len() >= self.max {
            self.over += 1;
            return None;
        }
        Some(severity)
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
        let Some(severity) = self.admit(rule, severity) else {
            return;
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
            applicability: match rule.fix {
                _ if text.certain => Applicability::Safe,
                Applicability::None => Applicability::Unsafe,
                a => a,
            },
        });
        self.found.push(d);
    }

    /// Positions and order: the finished findings of a document whose text
    /// is `text` (`index` is built on first need and shared between the
    /// documents of one stream).
    pub fn finish(mut self, text: &str, index: &std::cell::OnceCell<LineIndex>) -> Vec<Diagnostic> {
        if self.over > 0 {
            let note = crate::rules::document::TooMany { max: self.max };
            let rule = &crate::registry::structural::TOO_MANY_FINDINGS;
            // The note itself is never capped, and obeys the levels.
            if let Some(severity) = match self.configured(rule.code) {
                Some(Level::Off) => None,
                Some(Level::Info) => Some(Severity::Info),
                Some(Level::Warning) => Some(Severity::Warning),
                Some(Level::Error) => Some(Severity::Error),
                None => Some(rule.severity),
            } {
                let text = note.words(self.lang);
                let mut d = Diagnostic::new(rule.code, severity, String::new(), self.start, text.message);
                d.help = text.help;
                self.found.push(d);
            }
        }
        let mut found = self.found;
        if found.is_empty() {
            return found;
        }
        let index = index.get_or_init(|| LineIndex::new(text));
        for d in &mut found {
            let s = index.line_col(text, d.span.start);
            let e = index.line_col(text, d.span.end);
            (d.line, d.column, d.end_line, d.end_column) = (s.line, s.column, e.line, e.column);
            d.column_utf16 = index.utf16(text, d.span.start).1 as usize + 1;
            d.end_column_utf16 = index.utf16(text, d.span.end).1 as usize + 1;
        }
        found.sort_by(|a, b| (a.span.start, a.code, &a.pointer).cmp(&(b.span.start, b.code, &b.pointer)));
        found
    }
}
