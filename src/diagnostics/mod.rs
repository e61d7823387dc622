//! The one diagnostic type every adapter converts.
//!
//! A [`Diagnostic`] is produced by the spec walk or a cross-field rule with
//! its code, severity, JSON Pointer, byte span, message, help and optional
//! machine-applicable [`Fix`]. Line and column are filled in once, by the
//! report stage ([`crate::report`]), from the span; adapters never compute
//! locations.

pub mod bounds;
pub(crate) mod facts;
pub(crate) mod message;
pub(crate) mod number;
pub(crate) mod plural;
pub(crate) mod suggest;

pub use message::{tr, Lang, Msg};

use crate::syntax::Span;
use serde::Serialize;

/// A finding's words in one language: message, help and fix title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// What the fix does, when the finding carries one.
    pub fix: Option<String>,
    /// The fix's applicability whatever the rule says: `Safe` for the walk's
    /// certain renames, value replacements and quoting, `Unsafe` for its
    /// guesses (another spelling of a number, the page's spelling of a
    /// disputed value); `None` leaves it to the rule.
    pub applicability: Option<Applicability>,
}

impl Text {
    /// A message.
    pub fn new(message: String) -> Self {
        Text {
            message,
            help: None,
            fix: None,
            applicability: None,
        }
    }

    /// A message and its help (an empty help is none).
    pub fn pair(message: String, help: String) -> Self {
        Text::new(message).help(help)
    }

    /// Adds help (an empty help is none).
    pub fn help(mut self, help: String) -> Self {
        self.help = Some(help).filter(|h| !h.is_empty());
        self
    }

    /// Adds the fix's title.
    pub fn fix(mut self, title: String) -> Self {
        self.fix = Some(title);
        self
    }
}

/// A finding's words, in English and Chinese, written once beside the rule
/// that detects it. They are rendered only for findings the report stage
/// admits, in the report's language.
pub trait Words {
    /// The words in `lang`.
    fn words(&self, lang: Lang) -> Text;
}

impl<F: Fn(Lang) -> Text> Words for F {
    fn words(&self, lang: Lang) -> Text {
        self(lang)
    }
}

/// Whether a rule's fixes may be applied without a person looking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Applicability {
    /// The rule offers no fix.
    None,
    /// Certain: `--fix` applies it.
    Safe,
    /// Plausible: offered (quick fixes, `--unsafe-fixes`), never applied silently.
    Unsafe,
}

impl Applicability {
    /// `none`, `safe` or `unsafe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::None => "none",
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The API accepts the body, but part of it has no effect there (a field
    /// the page says only takes effect elsewhere). Never fails a run.
    Info,
    /// The body may be accepted, but Huawei's own sources disagree about it,
    /// or it does not do what its author likely meant.
    Warning,
    /// The API rejects the body, by its own reference page.
    Error,
}

impl Severity {
    /// `"error"`, `"warning"` or `"info"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A text edit: replace `span` with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Edit {
    /// The bytes to replace.
    pub span: Span,
    /// The new text.
    pub replacement: String,
}

/// A suggested change that resolves the diagnostic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Fix {
    /// What the fix does, in the report's language.
    pub title: String,
    /// The edits, non-overlapping.
    pub edits: Vec<Edit>,
    /// Whether `--fix` may apply it unattended.
    pub applicability: Applicability,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Stable kebab-case rule code, e.g. `container-name`.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// JSON Pointer of the offending value (of the key for an unknown or
    /// duplicate key; of the missing field for a missing one).
    pub pointer: String,
    /// Byte range in the source of the offending value or key; for a
    /// missing field, the opening of the enclosing object.
    pub span: Span,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// 1-based column (in characters) of `span.start`.
    pub column: usize,
    /// 1-based line of `span.end`.
    pub end_line: usize,
    /// 1-based column of `span.end`.
    pub end_column: usize,
    /// 1-based column of `span.start` in UTF-16 code units (LSP, JavaScript).
    pub column_utf16: usize,
    /// 1-based column of `span.end` in UTF-16 code units.
    pub end_column_utf16: usize,
    /// A machine-applicable change, when one is certain enough to offer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A diagnostic whose line/column are not yet resolved (the report
    /// stage resolves them): not public, so no caller sees line 0.
    pub(crate) fn new(code: &'static str, severity: Severity, pointer: String, span: Span, message: String) -> Self {
        Diagnostic {
            code,
            severity,
            message,
            help: None,
            pointer,
            span,
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            column_utf16: 0,
            end_column_utf16: 0,
            fix: None,
        }
    }

    /// Adds help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a fix.
    pub fn with_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix;
        self
    }
}
