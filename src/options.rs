//! How to lint: the kind, language, input format, edition, rule levels and
//! the current deployment an update modifies.
//!
//! [`Options`] is non-exhaustive and built with methods, so new settings
//! never break a caller:
//!
//! ```
//! use deploylint::{Kind, Lang, Level, Options};
//!
//! let opts = Options::new()
//!     .kind(Kind::IefV3Update)
//!     .lang(Lang::Zh)
//!     .level("null-value", Level::Off);
//! assert_eq!(opts.kind, Some(Kind::IefV3Update));
//! ```

use crate::diagnostics::Lang;
use crate::edition::Edition;
use crate::kind::Kind;
use crate::levels::{Level, Preset};
use crate::limits::{Limit, Limits};
#[cfg(feature = "policies")]
use crate::policy::Policy;
use crate::syntax::{InputFormat, Node};
#[cfg(feature = "policies")]
use std::sync::Arc;

/// How to lint. Build it with [`Options::new`] (the same as `default()`) and the setters.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Options {
    /// The kind; `None` recognises it from the document's shape.
    pub kind: Option<Kind>,
    /// The language of messages.
    pub lang: Lang,
    /// The input format; `None` detects it (JSON if the text starts with `{` or `[`).
    pub format: Option<InputFormat>,
    /// The current deployment an update body modifies, parsed once.
    pub current: Option<Current>,
    /// The IEF edition: `Professional` makes platinum-only features errors.
    pub edition: Edition,
    /// Levels by rule code (`off` drops the rule's findings); later entries win.
    pub levels: Vec<(String, Level)>,
    /// The limits on input size, nesting, alias expansion, string length
    /// and findings ([`Limits`]).
    pub limits: Limits,
    /// Which rules are on by default: API constraints only, or best practices too.
    pub preset: Preset,
    /// Findings silenced from outside the text (`[[ignore]]` in deploylint.toml).
    pub ignores: Vec<crate::suppress::Ignore>,
    /// Team policies, compiled once per run ([`crate::policy`]), applied to every document.
    #[cfg(feature = "policies")]
    pub policies: Vec<Arc<Policy>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kind: None,
            lang: Lang::En,
            format: None,
            current: None,
            edition: Edition::Platinum,
            levels: Vec::new(),
            limits: Limits::DEFAULT,
            preset: Preset::Api,
            ignores: Vec::new(),
            #[cfg(feature = "policies")]
            policies: Vec::new(),
        }
    }
}

impl Options {
    /// The defaults: kind from the document's shape, English, format
    /// detected, platinum edition, every rule at its default level, the
    /// default [`Limits`].
    pub fn new() -> Self {
        Options::default()
    }

    /// Checks every document as `kind` instead of recognising it.
    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets or clears the kind.
    pub fn kind_opt(mut self, kind: Option<Kind>) -> Self {
        self.kind = kind;
        self
    }

    /// The language of messages.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The input format (otherwise detected).
    pub fn format(mut self, format: InputFormat) -> Self {
        self.format = Some(format);
        self
    }

    /// Sets or clears the input format.
    pub fn format_opt(mut self, format: Option<InputFormat>) -> Self {
        self.format = format;
        self
    }

    /// The current deployment an update modifies (see [`Current::parse`]).
    pub fn current(mut self, current: Current) -> Self {
        self.current = Some(current);
        self
    }

    /// The IEF edition the bodies are for.
    pub fn edition(mut self, edition: Edition) -> Self {
        self.edition = edition;
        self
    }

    /// Sets the level of one rule code.
    pub fn level(mut self, code: impl Into<String>, level: Level) -> Self {
        self.levels.push((code.into(), level));
        self
    }

    /// Sets the levels of many rule codes (later entries win).
    pub fn levels(mut self, levels: impl IntoIterator<Item = (String, Level)>) -> Self {
        self.levels.extend(levels);
        self
    }

    /// The most findings one document reports (at least 1): the same as
    /// `.limit(Limit::Findings, max)`.
    pub fn max_findings(self, max: usize) -> Self {
        self.limit(Limit::Findings, max)
    }

    /// Sets one limit (kept between 1 and [`Limit::ceiling`]).
    pub fn limit(mut self, limit: Limit, value: usize) -> Self {
        self.limits.set(limit, value);
        self
    }

    /// Sets every limit.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Which rules are on by default ([`Preset::Api`] unless set).
    pub fn preset(mut self, preset: Preset) -> Self {
        self.preset = preset;
        self
    }

    /// Applies a compiled policy (see [`crate::policy`]).
    #[cfg(feature = "policies")]
    pub fn policy(mut self, policy: Arc<Policy>) -> Self {
        self.policies.push(policy);
        self
    }

    /// Applies compiled policies.
    #[cfg(feature = "policies")]
    pub fn policies(mut self, policies: impl IntoIterator<Item = Arc<Policy>>) -> Self {
        self.policies.extend(policies);
        self
    }

    /// Silences findings matching `ignore` (an `[[ignore]]` entry of deploylint.toml, see [`Ignore`](crate::Ignore)).
    pub fn ignore(mut self, ignore: crate::suppress::Ignore) -> Self {
        self.ignores.push(ignore);
        self
    }
}

/// The current state of the deployment an update body modifies
/// (`--current`): enables the checks that compare the two, such as
/// `restart-policy-immutable`, and tells where the deployment runs.
///
/// ```
/// use deploylint::{Current, Lang};
///
/// let ok = Current::parse(r#"{"deployment": {"group_id": "g1"}}"#, Lang::En);
/// assert!(ok.is_ok());
/// let broken = Current::parse(r#"{"deployment": {"#, Lang::En).unwrap_err();
/// assert_eq!(broken[0].code, "parse-error");
/// assert_eq!((broken[0].line, broken[0].column), (1, 17));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Current {
    pub(crate) root: Node,
}

impl Current {
    /// The parsed tree.
    pub fn root(&self) -> &Node {
        &self.root
    }
}
