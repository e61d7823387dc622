//! What a rule's findings may be turned into: the [`Level`]s a
//! configuration sets by code, and the [`Preset`] that says which rules are
//! on unless a level says otherwise. The sink ([`crate::sink`]) applies them.

use crate::rule_meta::Category;

/// Which rules are on unless a level says otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Preset {
    /// Only what the API rejects or Huawei's sources dispute (the default):
    /// best-practice rules are off unless a level turns one on, so a body
    /// the API accepts never fails CI by default.
    #[default]
    Api,
    /// The API constraints and the best-practice warnings (what
    /// `deploylint init` writes into a new deploylint.toml).
    Recommended,
}

impl Preset {
    /// Every preset, in declaration order.
    pub const ALL: [Preset; 2] = [Preset::Api, Preset::Recommended];

    /// Whether the preset turns a rule of `category` off when no level
    /// names it: under [`Preset::Api`], the best-practice rules.
    pub fn turns_off(self, category: Category) -> bool {
        self == Preset::Api && category == Category::BestPractice
    }
}

/// A configured level for a rule.
///
/// Every adapter reads a level's name with its `FromStr` (in src/names.rs:
/// `deploylint.toml` through `Deserialize`, the WASM `rules` option through
/// src/host), so all accept the same four names and say the same thing about
/// anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
#[non_exhaustive]
pub enum Level {
    /// Do not report the rule.
    Off,
    /// Report as information: never fails a run.
    Info,
    /// Report as a warning.
    Warning,
    /// Report as an error.
    Error,
}

impl Level {
    /// Every level, from quietest to loudest.
    pub const ALL: [Level; 4] = [Level::Off, Level::Info, Level::Warning, Level::Error];

    /// The level's name, as `deploylint.toml` and the WASM options write it.
    pub fn name(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}
