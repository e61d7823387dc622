//! The names of settings' values, read in one place: a language, kind,
//! input format, edition, preset, rule level or policy level from its name.
//!
//! Every front end reads them with `str::parse` (the CLI's value parsers,
//! `deploylint.toml`, the WASM options through [`crate::host`]), so all
//! accept the same names and say the same about anything else: an
//! [`UnknownName`], worded here in English and Chinese, with the closest
//! name when one is close.
//!
//! ```
//! use deploylint::{Kind, Lang, Level, Preset, Setting, UnknownName};
//!
//! assert_eq!("info".parse::<Level>(), Ok(Level::Info));
//! assert_eq!("zh".parse::<Lang>(), Ok(Lang::Zh));
//! assert_eq!("recommended".parse::<Preset>(), Ok(Preset::Recommended));
//! let e = "ief-v3-creat".parse::<Kind>().unwrap_err();
//! assert_eq!(e.hint(), Some("ief-v3-create"));
//! assert!(e.to_string().starts_with("unknown kind `ief-v3-creat`; did you mean `ief-v3-create`? expected one of"));
//! let e: UnknownName = "loud".parse::<Level>().unwrap_err();
//! assert_eq!(e.setting, Setting::Level);
//! ```

use crate::diagnostics::{suggest, tr, Lang, Severity, Text, Words};
use crate::edition::Edition;
use crate::kind::Kind;
use crate::levels::{Level, Preset};
use crate::syntax::InputFormat;
use std::str::FromStr;

/// A setting whose value is one of a few names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Setting {
    /// The language of messages: `en`, `zh`.
    Lang,
    /// A request-body kind ([`Kind::name`]).
    Kind,
    /// The input format: `json`, `yaml` (also `yml`, in any case).
    Format,
    /// The IEF edition: `platinum`, `professional`.
    Edition,
    /// Which rules are on by default: `api`, `recommended`.
    Preset,
    /// A rule's level: `off`, `info`, `warning`, `error`.
    Level,
    /// A team policy's level: `error`, `warning`, `info`.
    PolicyLevel,
}

impl Setting {
    /// The names it accepts, in the order messages list them.
    pub fn names(self) -> Vec<&'static str> {
        match self {
            Setting::Lang => vec!["en", "zh"],
            Setting::Kind => Kind::ALL.iter().map(|k| k.name()).collect(),
            Setting::Format => vec!["json", "yaml"],
            Setting::Edition => vec!["platinum", "professional"],
            Setting::Preset => vec!["api", "recommended"],
            Setting::Level => Level::ALL.iter().map(|l| l.name()).collect(),
            Setting::PolicyLevel => vec!["error", "warning", "info"],
        }
    }

    /// What the names are, for messages: `one of ief-v2-create, …` for
    /// the kinds, `"off", "info", "warning" or "error"` for the others.
    pub fn expected(self, lang: Lang) -> String {
        let names = self.names();
        if self == Setting::Kind {
            return tr(
                lang,
                format!("one of {}", names.join(", ")),
                format!("{} 之一", names.join("、")),
            );
        }
        let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        match quoted.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                let or = tr(lang, " or ".into(), " 或 ".into());
                format!("{}{or}{last}", rest.join(", "))
            }
            _ => quoted.concat(),
        }
    }

    /// The setting's noun, in `lang`.
    fn noun(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Setting::Lang, Lang::En) => "language",
            (Setting::Lang, Lang::Zh) => "语言",
            (Setting::Kind, Lang::En) => "kind",
            (Setting::Kind, Lang::Zh) => "类型",
            (Setting::Format, Lang::En) => "input format",
            (Setting::Format, Lang::Zh) => "输入格式",
            (Setting::Edition, Lang::En) => "edition",
            (Setting::Edition, Lang::Zh) => "版本",
            (Setting::Preset, Lang::En) => "preset",
            (Setting::Preset, Lang::Zh) => "预设",
            (Setting::Level, Lang::En) => "level",
            (Setting::Level, Lang::Zh) => "级别",
            (Setting::PolicyLevel, Lang::En) => "policy level",
            (Setting::PolicyLevel, Lang::Zh) => "策略级别",
        }
    }
}

/// A name that is none of a setting's.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnknownName {
    /// The setting.
    pub setting: Setting,
    /// The name given.
    pub given: String,
}

impl UnknownName {
    /// The closest name the setting has, if one is close.
    pub fn hint(&self) -> Option<&'static str> {
        suggest::closest(&self.given, self.setting.names())
    }

    /// `did you mean `x`? ` (with its trailing space), or nothing.
    pub fn did_you_mean(&self, lang: Lang) -> String {
        self.hint()
            .map(|h| tr(lang, format!("did you mean `{h}`? "), format!("是否想写 `{h}`?")))
            .unwrap_or_default()
    }

    /// `{did you mean …? }expected …`: what follows the name in a message.
    pub fn expected(&self, lang: Lang) -> String {
        let expected = self.setting.expected(lang);
        tr(
            lang,
            format!("{}expected {expected}", self.did_you_mean(lang)),
            format!("{}应为 {expected}", self.did_you_mean(lang)),
        )
    }
}

impl Words for UnknownName {
    /// `unknown level `loud`; expected "off", …`.
    fn words(&self, lang: Lang) -> Text {
        let (noun, given, rest) = (self.setting.noun(lang), &self.given, self.expected(lang));
        Text::new(tr(
            lang,
            format!("unknown {noun} `{given}`; {rest}"),
            format!("未知{noun} `{given}`;{rest}"),
        ))
    }
}

impl std::fmt::Display for UnknownName {
    /// The English words.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En).message)
    }
}

impl std::error::Error for UnknownName {}

/// The value named `s` among `values` (the setting's names, in their order).
fn pick<T: Copy>(setting: Setting, s: &str, values: &[T]) -> Result<T, UnknownName> {
    let at = setting.names().iter().position(|n| *n == s);
    at.and_then(|i| values.get(i).copied()).ok_or_else(|| UnknownName {
        setting,
        given: s.to_string(),
    })
}

impl FromStr for Lang {
    type Err = UnknownName;
    /// `en` or `zh` exactly (a locale such as `zh_CN.UTF-8` is [`Lang::parse`]'s).
    fn from_str(s: &str) -> Result<Lang, UnknownName> {
        pick(Setting::Lang, s, &[Lang::En, Lang::Zh])
    }
}

impl FromStr for Kind {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Kind, UnknownName> {
        pick(Setting::Kind, s, &Kind::ALL)
    }
}

impl FromStr for InputFormat {
    type Err = UnknownName;
    /// `json`, `yaml` or `yml`, in any case (as file extensions are).
    fn from_str(s: &str) -> Result<InputFormat, UnknownName> {
        InputFormat::from_extension(s).ok_or_else(|| UnknownName {
            setting: Setting::Format,
            given: s.to_string(),
        })
    }
}

impl FromStr for Edition {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Edition, UnknownName> {
        pick(Setting::Edition, s, &[Edition::Platinum, Edition::Professional])
    }
}

impl FromStr for Preset {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Preset, UnknownName> {
        pick(Setting::Preset, s, &[Preset::Api, Preset::Recommended])
    }
}

impl FromStr for Level {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Level, UnknownName> {
        pick(Setting::Level, s, &Level::ALL)
    }
}

/// A team policy's level, as a severity (`error`, `warning` or `info`).
#[cfg_attr(not(feature = "policies"), allow(dead_code))] // Only policies have one.
pub fn policy_level(s: &str) -> Result<Severity, UnknownName> {
    pick(
        Setting::PolicyLevel,
        s,
        &[Severity::Error, Severity::Warning, Severity::Info],
    )
}

/// The parsing side of [`Level`], beside its `FromStr`.
impl Level {
    /// The level named `s` (`"off"`, `"info"`, `"warning"` or `"error"`), or `None`.
    ///
    /// ```
    /// use deploylint::Level;
    /// assert_eq!(Level::parse("info"), Some(Level::Info));
    /// assert_eq!(Level::parse("loud"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Level> {
        s.parse().ok()
    }

    /// The names a level may have, for messages: `"off", "info", "warning" or "error"`.
    pub fn expected() -> String {
        Setting::Level.expected(crate::Lang::En)
    }
}

impl TryFrom<String> for Level {
    type Error = UnknownName;

    /// `FromStr`, with the words of a name that is not a level.
    fn try_from(s: String) -> Result<Level, UnknownName> {
        s.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_as_its_value_and_others_are_worded_in_both_languages() {
        for l in Level::ALL {
            assert_eq!(l.name().parse::<Level>(), Ok(l));
        }
        for k in Kind::ALL {
            assert_eq!(k.name().parse::<Kind>(), Ok(k));
        }
        assert_eq!("YML".parse::<InputFormat>(), Ok(InputFormat::Yaml));
        assert_eq!("professional".parse::<Edition>(), Ok(Edition::Professional));
        assert_eq!(policy_level("info"), Ok(Severity::Info));
        let e = "loud".parse::<Level>().unwrap_err();
        assert_eq!(
            e.words(Lang::En).message,
            "unknown level `loud`; expected \"off\", \"info\", \"warning\" or \"error\""
        );
        assert_eq!(
            e.words(Lang::Zh).message,
            "未知级别 `loud`;应为 \"off\", \"info\", \"warning\" 或 \"error\""
        );
        let e = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(e.to_string(), "unknown language `fr`; expected \"en\" or \"zh\"");
        assert_eq!(e.words(Lang::Zh).message, "未知语言 `fr`;应为 \"en\" 或 \"zh\"");
        let e = "recomended".parse::<Preset>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown preset `recomended`; did you mean `recommended`? expected \"api\" or \"recommended\""
        );
        assert_eq!(
            e.words(Lang::Zh).message,
            "未知预设 `recomended`;是否想写 `recommended`?应为 \"api\" 或 \"recommended\""
        );
    }
}
