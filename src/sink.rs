//! The sink detection writes to: the spec walk, the cross-field rules, the
//! team policies and the front end hand each finding to a [`Sink`] the
//! moment it is found, as cargo-deny's checks hand theirs to its one
//! diagnostic sink. It applies, in this order:
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
//! costs nothing. It names no rule and no option: the report stage
//! ([`crate::report`]), high above, builds it from the options and finishes
//! it (the cap's note, stale suppressions, positions, order).

use crate::diagnostics::{Applicability, Diagnostic, Edit, Fix, Lang, Severity, Words};
use crate::levels::{Level, Preset};
use crate::rule_meta::RuleMeta;
use crate::suppress::{Suppressed, Suppression, Suppressions};
use crate::syntax::Span;

/// Where findings go.
pub struct Sink<'o> {
    pub(crate) lang: Lang,
    pub(crate) levels: &'o [(String, Level)],
    pub(crate) max: usize,
    pub(crate) found: Vec<Diagnostic>,
    /// Admitted findings past the cap, counted, not kept.
    pub(crate) over: usize,
    /// Where the document starts: the place of the cap note.
    pub(crate) start: Span,
    /// Which rules are on by default.
    pub(crate) preset: Preset,
    /// What may silence findings, shared by the documents of one text.
    pub(crate) suppressions: Option<&'o Suppressions<'o>>,
    /// Silenced findings, kept with what silenced them.
    pub(crate) suppressed: Vec<Suppressed>,
    /// Where the document's root ends (suppression comments before it are its own).
    pub(crate) end: Option<usize>,
}

impl<'o> Sink<'o> {
    /// An empty sink for one document: findings worded in `lang`, `levels`
    /// (the last entry for a code wins) over `preset`, at most `max` kept.
    pub fn new(lang: Lang, levels: &'o [(String, Level)], preset: Preset, max: usize) -> Self {
        Sink {
            lang,
            levels,
            max: max.max(1),
            found: Vec::new(),
            over: 0,
            start: Span::new(0, 0),
            preset,
            suppressions: None,
            suppressed: Vec::new(),
            end: None,
        }
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
    pub(crate) fn configured(&self, code: &str) -> Option<Level> {
        self.levels.iter().rev().find(|(c, _)| c == code).map(|(_, l)| *l)
    }

    /// The level of `rule`: configured, or off by the preset.
    pub(crate) fn level(&self, rule: &RuleMeta) -> Option<Level> {
        self.configured(rule.code)
            .or_else(|| self.preset.turns_off(rule.category).then_some(Level::Off))
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
}

/// The two codes about suppression comments themselves.
pub(crate) const SUPPRESSION_CODES: (&str, &str) = ("suppression-without-reason", "unused-suppression");

/// What the report stage does with a finding.
enum Admit {
    /// Not kept: off, or past the cap.
    Drop,
    /// Reported at this severity.
    Keep(Severity),
    /// Silenced: kept apart with its suppression.
    Silence(Severity, Suppression),
}
