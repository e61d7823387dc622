//! Bounds in words: the one formatter of an inclusive range (a value's, a
//! length's, a count's), for messages, field documentation and editor help.
//!
//! ```
//! use deploylint::__private::bounds::{Bounds, Style, Unit};
//! use deploylint::Lang;
//!
//! let port = Bounds { min: Some(1.0), max: Some(65535.0) };
//! assert_eq!(port.words(Lang::En, Style::Message, Unit::NONE).as_deref(), Some("from 1 to 65535"));
//! assert_eq!(port.words(Lang::Zh, Style::Doc, Unit::NONE).as_deref(), Some("1~65535"));
//! assert_eq!(port.words(Lang::En, Style::Compact, Unit::NONE).as_deref(), Some("1–65535"));
//! let name = Bounds { min: Some(1.0), max: None };
//! assert_eq!(name.words(Lang::Zh, Style::Message, Unit::NONE).as_deref(), Some("不小于 1"));
//! assert_eq!(name.words(Lang::En, Style::Doc, Unit::CHARACTERS).as_deref(), Some("at least 1 character"));
//! ```

use super::message::Lang;

/// An inclusive range; either end may be open.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Lower bound, inclusive.
    pub min: Option<f64>,
    /// Upper bound, inclusive.
    pub max: Option<f64>,
}

/// Where a range is written, which decides its notation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// In a message's sentence ("it must be …"): `from 1 to 65535`,
    /// `at least 1`, `at most 32`; `1~65535`, `不小于 1`, `不大于 32`.
    Message,
    /// In a field's documentation, with what it counts: `from 1 to 65535`,
    /// `1 to 32 characters`, `at least 1 character`; `1~65535`,
    /// `1~32 个字符`, `≥1 个字符`.
    Doc,
    /// In an editor's hover, compact and the same in both languages:
    /// `1–65535`, `≥ 1`, `≤ 32`, and `1` for a single allowed value.
    Compact,
}

/// What a range counts, in each language: empty for a plain number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// English, plural (`characters`); the singular drops the final `s`.
    pub en: &'static str,
    /// Chinese, with its leading space (` 个字符`).
    pub zh: &'static str,
}

impl Unit {
    /// A plain number.
    pub const NONE: Unit = Unit { en: "", zh: "" };
    /// A string's length.
    pub const CHARACTERS: Unit = Unit {
        en: "characters",
        zh: " 个字符",
    };
    /// An array's length.
    pub const ITEMS: Unit = Unit {
        en: "items", zh: " 项"
    };
}

impl Bounds {
    /// A number as people write it: `1`, not `1.0`; `0.01`.
    pub fn num(x: f64) -> String {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            super::number::plain(x)
        }
    }

    /// A number with its thousands grouped, as a page writes a large one:
    /// `1,024,000`, `0.01`.
    ///
    /// ```
    /// use deploylint::__private::bounds::Bounds;
    ///
    /// assert_eq!(Bounds::grouped(1_024_000.0), "1,024,000");
    /// assert_eq!(Bounds::grouped(-1000.5), "-1,000.5");
    /// assert_eq!(Bounds::grouped(999.0), "999");
    /// ```
    pub fn grouped(x: f64) -> String {
        let plain = Bounds::num(x);
        let (sign, rest) = plain.split_at(usize::from(plain.starts_with('-')));
        let (whole, fraction) = rest.split_at(rest.find('.').unwrap_or(rest.len()));
        let mut out = String::from(sign);
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(digit);
        }
        out.push_str(fraction);
        out
    }

    /// The range in words, in `lang`, as `style` writes it; `None` when
    /// both ends are open.
    pub fn words(self, lang: Lang, style: Style, unit: Unit) -> Option<String> {
        let (min, max) = (self.min.map(Bounds::num), self.max.map(Bounds::num));
        let plural = |n: &str| match n {
            "1" => unit.en.strip_suffix('s').unwrap_or(unit.en),
            _ => unit.en,
        };
        let zh = unit.zh;
        let text = match (style, lang, min, max) {
            (_, _, None, None) => return None,
            (Style::Compact, _, Some(a), Some(b)) if a == b => a,
            (Style::Compact, _, Some(a), Some(b)) => format!("{a}–{b}"),
            (Style::Compact, _, Some(a), None) => format!("≥ {a}"),
            (Style::Compact, _, None, Some(b)) => format!("≤ {b}"),
            (_, Lang::En, Some(a), Some(b)) if unit.en.is_empty() => format!("from {a} to {b}"),
            (_, Lang::En, Some(a), Some(b)) => format!("{a} to {b} {}", plural(&b)),
            (_, Lang::En, Some(a), None) => format!("at least {a} {}", plural(&a)),
            (_, Lang::En, None, Some(b)) => format!("at most {b} {}", plural(&b)),
            (_, Lang::Zh, Some(a), Some(b)) => format!("{a}~{b}{zh}"),
            (Style::Message, Lang::Zh, Some(a), None) => format!("不小于 {a}{zh}"),
            (Style::Message, Lang::Zh, None, Some(b)) => format!("不大于 {b}{zh}"),
            (Style::Doc, Lang::Zh, Some(a), None) => format!("≥{a}{zh}"),
            (Style::Doc, Lang::Zh, None, Some(b)) => format!("≤{b}{zh}"),
        };
        Some(text.trim_end().to_owned())
    }
}
