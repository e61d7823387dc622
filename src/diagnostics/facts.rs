//! The typed facts of the spec walk, and the one place their words are written.
//!
//! The walk detects; this module words. Every structural and field-constraint
//! finding is a [`Fact`] worded here in English and Chinese, with the field's
//! documented meaning from its API page as help, and the title of the fix the
//! walk offers with it ([`FixWords`]).

use super::message::{tr, Lang, Msg};
use super::plural::count;
use super::{Text, Words};
use crate::diagnostics::Applicability;

pub use super::bounds::Bounds;
use super::bounds::{Style, Unit};

/// A range as a message's sentence has it ([`Style::Message`]).
fn range(b: &Bounds, lang: Lang) -> String {
    b.words(lang, Style::Message, Unit::NONE)
        .unwrap_or_else(|| tr(lang, "any".into(), "任意".into()))
}

/// What the walk found wrong with one value or key.
#[derive(Clone, Debug)]
pub enum Fact<'a> {
    /// Wrong JSON type.
    Type {
        /// Field name (or `""` for the body).
        field: &'a str,
        /// Expected type, as a schema name.
        expected: &'static str,
        /// Found type.
        found: &'static str,
    },
    /// A mandatory field is absent (`object` names where it belongs) or null.
    Missing {
        /// The field.
        field: &'a str,
        /// The object it belongs in; `None` when the field is present but null.
        object: Option<&'static str>,
    },
    /// A key given twice in one object.
    Duplicate {
        /// The key.
        key: &'a str,
        /// The line of its first copy.
        first_line: usize,
    },
    /// A key the object does not have.
    Unknown {
        /// The key.
        key: &'a str,
        /// The object.
        object: &'static str,
        /// Keys it has.
        allowed: Vec<&'static str>,
        /// The closest allowed key.
        suggestion: Option<&'static str>,
    },
    /// `null` for an optional field.
    Null {
        /// The field.
        field: &'a str,
    },
    /// A value outside an enumeration.
    Enum {
        /// The field.
        field: &'a str,
        /// The value.
        value: &'a str,
        /// Allowed values.
        allowed: &'static [&'static str],
        /// The closest allowed value.
        suggestion: Option<&'static str>,
    },
    /// Too short.
    MinLen {
        /// The field.
        field: &'a str,
        /// Minimum.
        min: usize,
        /// Actual length.
        len: usize,
    },
    /// Too long.
    MaxLen {
        /// The field.
        field: &'a str,
        /// Maximum.
        max: usize,
        /// Actual length.
        len: usize,
    },
    /// Does not match a pattern.
    Pattern {
        /// The field.
        field: &'a str,
        /// The value.
        value: &'a str,
        /// What the pattern allows.
        desc: Msg,
    },
    /// Contains a forbidden character.
    Forbidden {
        /// The field.
        field: &'a str,
        /// The character.
        ch: char,
        /// All forbidden characters.
        set: &'static str,
    },
    /// A number outside its range.
    Range {
        /// The field.
        field: &'a str,
        /// The value as written.
        value: &'a str,
        /// The range.
        bounds: Bounds,
    },
    /// A fractional number where an integer is required.
    NotInteger {
        /// The field.
        field: &'a str,
        /// The value.
        value: &'a str,
    },
    /// A quantity string that is not a plain decimal number.
    NotDecimal {
        /// The field.
        field: &'a str,
        /// The value.
        value: &'a str,
        /// Unit the page means.
        unit: Msg,
    },
    /// Too few or too many array elements.
    Items {
        /// The field.
        field: &'a str,
        /// Bounds.
        min: Option<usize>,
        /// Bounds.
        max: Option<usize>,
        /// Actual count.
        len: usize,
    },
    /// A mandatory flag the sources dispute.
    DisputedRequired {
        /// The field.
        field: &'a str,
        /// Both sources.
        note: Msg,
    },
    /// A field the page omits.
    DisputedField {
        /// The field.
        field: &'a str,
        /// Both sources.
        note: Msg,
    },
    /// A value the sources dispute.
    DisputedValue {
        /// The field.
        field: &'a str,
        /// The value.
        value: &'a str,
        /// Both sources.
        note: Msg,
    },
}

fn list(items: &[&str]) -> String {
    items.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
}

/// The fix the walk offers with a fact.
#[derive(Clone, Debug)]
pub enum FixWords<'a> {
    /// Rename a misspelt key.
    Rename {
        /// The key as written.
        from: &'a str,
        /// The key meant.
        to: &'static str,
    },
    /// Replace a misspelt value.
    Replace {
        /// The value meant.
        to: &'static str,
    },
    /// Replace a value one Huawei source uses by the spelling the page
    /// lists (`userdefine` → `userdefined`): plausible, never certain, since
    /// the API may accept both.
    Prefer {
        /// The page's spelling.
        to: &'static str,
    },
    /// Write a number or Boolean as a string.
    Quote,
    /// Write a quoted number or Boolean without quotes.
    Unquote,
    /// Write a whole number without its fraction part (`8080.0` → `8080`).
    WholeNumber {
        /// The number as it should be written.
        to: &'a str,
    },
    /// Write an octal mode given as a string (`"0644"`) as its decimal value (`420`).
    Octal {
        /// The decimal value.
        to: String,
    },
    /// Write a quoted integer spelt with leading zeros or a sign (`"080"`)
    /// in plain decimal (`80`): plausible, not certain (`010` is octal 8 to YAML 1.1).
    Decimal {
        /// The decimal value.
        to: String,
    },
}

impl FixWords<'_> {
    /// Safe when the fix is certain to mean what the author meant, else unsafe.
    pub fn applicability(&self) -> Applicability {
        match self {
            FixWords::Prefer { .. } | FixWords::Decimal { .. } => Applicability::Unsafe,
            _ => Applicability::Safe,
        }
    }
}

impl FixWords<'_> {
    /// The fix's title in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        match self {
            FixWords::Rename { from, to } => tr(
                lang,
                format!("rename `{from}` to `{to}`"),
                format!("将 `{from}` 改为 `{to}`"),
            ),
            FixWords::Replace { to } => tr(lang, format!("replace with `{to}`"), format!("替换为 `{to}`")),
            FixWords::Prefer { to } => tr(
                lang,
                format!("replace with `{to}`, the spelling the kind lists"),
                format!("替换为该类型列出的写法 `{to}`"),
            ),
            FixWords::Quote => tr(lang, "write it as a string".into(), "改写为字符串".into()),
            FixWords::Unquote => tr(lang, "remove the quotes".into(), "去掉引号".into()),
            FixWords::WholeNumber { to } => tr(lang, format!("write it as `{to}`"), format!("改写为 `{to}`")),
            FixWords::Decimal { to } => tr(lang, format!("write it as `{to}`"), format!("改写为 `{to}`")),
            FixWords::Octal { to } => tr(
                lang,
                format!("write it as the decimal `{to}`"),
                format!("改写为十进制 `{to}`"),
            ),
        }
    }
}

/// A fact with the field's documentation and the fix offered: the words of
/// one walk finding.
pub struct FactWords<'a> {
    /// What was found.
    pub fact: Fact<'a>,
    /// The field's documented meaning.
    pub doc: Option<Msg>,
    /// The fix offered with it.
    pub fix: Option<FixWords<'a>>,
}

impl Words for FactWords<'_> {
    fn words(&self, lang: Lang) -> Text {
        let (message, help) = self.fact.render(lang, self.doc);
        Text {
            message,
            help,
            fix: self.fix.as_ref().map(|f| f.title(lang)),
            applicability: self.fix.as_ref().map(FixWords::applicability),
        }
    }
}

impl Fact<'_> {
    /// The message and help in `lang`. `doc` is the field's documented meaning.
    pub fn render(&self, lang: Lang, doc: Option<Msg>) -> (String, Option<String>) {
        use Fact::*;
        let (msg, help) = match self {
            Type { field, expected, found } => {
                let en_what = if field.is_empty() {
                    "the request body".to_string()
                } else {
                    format!("`{field}`")
                };
                let zh_what = if field.is_empty() {
                    "请求体".to_string()
                } else {
                    format!("`{field}` ")
                };
                (
                    tr(
                        lang,
                        format!(
                            "{en_what} must be {} {expected}, not {} {found}",
                            article(expected),
                            article(found)
                        ),
                        format!("{zh_what}应为{},实际为{}", zh_type(expected), zh_type(found)),
                    ),
                    None,
                )
            }
            Missing {
                field,
                object: Some(object),
            } => (
                tr(
                    lang,
                    format!("`{field}` is mandatory in {object} but missing"),
                    format!("{object} 缺少必选字段 `{field}`"),
                ),
                None,
            ),
            Missing { field, object: None } => (
                tr(
                    lang,
                    format!("`{field}` is mandatory but null"),
                    format!("必选字段 `{field}` 为 null"),
                ),
                Some(tr(lang, "give it a value".into(), "请填写取值".into())),
            ),
            Duplicate { key, first_line } => (
                tr(
                    lang,
                    format!(
                        "`{}` is given twice in this object (first on line {first_line}); the API uses the last copy",
                        clip(key)
                    ),
                    format!(
                        "`{}` 在该对象中出现了两次(第一次在第 {first_line} 行);API 使用最后一个",
                        clip(key)
                    ),
                ),
                Some(tr(
                    lang,
                    "parsers disagree about which copy wins; keep one".into(),
                    "不同解析器对取哪一个说法不一;请只保留一个".into(),
                )),
            ),
            Unknown {
                key,
                object,
                allowed,
                suggestion,
            } => {
                let msg = match suggestion {
                    Some(s) => tr(
                        lang,
                        format!("unknown field `{}` in {object}: did you mean `{s}`?", clip(key)),
                        format!("{object} 中不存在字段 `{}`,是否想写 `{s}`?", clip(key)),
                    ),
                    None => tr(
                        lang,
                        format!("unknown field `{}` in {object}", clip(key)),
                        format!("{object} 中不存在字段 `{}`", clip(key)),
                    ),
                };
                (
                    msg,
                    Some(tr(
                        lang,
                        format!("allowed fields: {}", list(allowed)),
                        format!("允许的字段:{}", list(allowed)),
                    )),
                )
            }
            Null { field } => (
                tr(
                    lang,
                    format!("`{field}` is null; the API treats it as absent"),
                    format!("`{field}` 为 null,API 视同未填写"),
                ),
                Some(tr(
                    lang,
                    "omit the field or give it a value".into(),
                    "请删除该字段或填写取值".into(),
                )),
            ),
            Enum {
                field,
                value,
                allowed,
                suggestion,
            } => {
                let msg = match suggestion {
                    Some(s) => tr(
                        lang,
                        format!("`{field}` is `{value}`; did you mean `{s}`?"),
                        format!("`{field}` 取值 `{value}` 无效,是否想写 `{s}`?"),
                    ),
                    None => tr(
                        lang,
                        format!("`{field}` is `{value}`, which is not an allowed value"),
                        format!("`{field}` 取值 `{value}` 不在允许范围内"),
                    ),
                };
                (
                    msg,
                    Some(tr(
                        lang,
                        format!("allowed values (case-sensitive): {}", list(allowed)),
                        format!("允许的取值(区分大小写):{}", list(allowed)),
                    )),
                )
            }
            MinLen { field, min, len } => (
                if *min == 1 && *len == 0 {
                    tr(
                        lang,
                        format!("`{field}` must not be empty"),
                        format!("`{field}` 不能为空字符串"),
                    )
                } else {
                    tr(
                        lang,
                        format!(
                            "`{field}` has {}; the minimum is {min}",
                            count(*len, "character", "characters")
                        ),
                        format!("`{field}` 长度为 {len},最小长度为 {min}"),
                    )
                },
                None,
            ),
            MaxLen { field, max, len } => (
                tr(
                    lang,
                    format!(
                        "`{field}` has {}; the maximum is {max}",
                        count(*len, "character", "characters")
                    ),
                    format!("`{field}` 长度为 {len},最大长度为 {max}"),
                ),
                None,
            ),
            Pattern { field, value, desc } => (
                tr(
                    lang,
                    format!("`{field}` value `{}` is not allowed: {}", clip(value), desc.en),
                    format!("`{field}` 取值 `{}` 不合法:{}", clip(value), desc.zh),
                ),
                None,
            ),
            Forbidden { field, ch, set } => (
                tr(
                    lang,
                    format!("`{field}` contains `{ch}`, which is not allowed"),
                    format!("`{field}` 含有不允许的字符 `{ch}`"),
                ),
                Some(tr(
                    lang,
                    format!("these characters are not allowed: {set}"),
                    format!("不允许的字符:{set}"),
                )),
            ),
            Range { field, value, bounds } => (
                tr(
                    lang,
                    format!("`{field}` is {value}; it must be {}", range(bounds, Lang::En)),
                    format!("`{field}` 取值为 {value},取值范围为 {}", range(bounds, Lang::Zh)),
                ),
                None,
            ),
            NotInteger { field, value } => (
                tr(
                    lang,
                    format!("`{field}` is {value}; it must be a whole number"),
                    format!("`{field}` 取值为 {value},必须为整数"),
                ),
                None,
            ),
            NotDecimal { field, value, unit } => (
                tr(
                    lang,
                    format!(
                        "`{field}` is `{}`; it must be a plain decimal number of {} without a unit",
                        clip(value),
                        unit.en
                    ),
                    format!(
                        "`{field}` 取值 `{}` 不合法:应为不带单位的十进制数({})",
                        clip(value),
                        unit.zh
                    ),
                ),
                Some(tr(
                    lang,
                    "write the number only, e.g. \"0.25\" or \"512\"".into(),
                    "只填写数字,例如 \"0.25\" 或 \"512\"".into(),
                )),
            ),
            Items { field, min, max, len } => {
                let b = Bounds {
                    min: min.map(|m| m as f64),
                    max: max.map(|m| m as f64),
                };
                (
                    tr(
                        lang,
                        format!(
                            "`{field}` has {}; it must have {}",
                            count(*len, "element", "elements"),
                            range(&b, Lang::En)
                        ),
                        format!("`{field}` 有 {len} 个元素,元素个数应为 {}", range(&b, Lang::Zh)),
                    ),
                    None,
                )
            }
            DisputedRequired { field, note } => (
                tr(
                    lang,
                    format!("`{field}` is missing; Huawei's sources disagree on whether it is mandatory"),
                    format!("缺少 `{field}`;华为各来源对其是否必选说法不一"),
                ),
                Some(note.get(lang).to_string()),
            ),
            DisputedField { field, note } => (
                tr(
                    lang,
                    format!(
                        "`{field}` is not on this kind's page; Huawei's sources disagree on whether the API accepts it"
                    ),
                    format!("本类型页面未列出 `{field}`;华为各来源对 API 是否接受该字段说法不一"),
                ),
                Some(note.get(lang).to_string()),
            ),
            DisputedValue { field, value, note } => (
                tr(
                    lang,
                    format!("`{field}` value `{}` is disputed between Huawei's sources", clip(value)),
                    format!("`{field}` 取值 `{}` 在华为各来源间存在分歧", clip(value)),
                ),
                Some(note.get(lang).to_string()),
            ),
        };
        let help = match (help, doc) {
            (Some(h), Some(d)) => Some(format!("{h}\n{}", doc_line(self, lang, d))),
            (None, Some(d)) => Some(doc_line(self, lang, d)),
            (h, None) => h,
        };
        (msg, help)
    }
}

fn doc_line(f: &Fact<'_>, lang: Lang, d: Msg) -> String {
    let name = match f {
        Fact::Unknown { .. } | Fact::Duplicate { .. } => return String::new(),
        Fact::Type { field, .. }
        | Fact::Missing { field, .. }
        | Fact::Null { field }
        | Fact::Enum { field, .. }
        | Fact::MinLen { field, .. }
        | Fact::MaxLen { field, .. }
        | Fact::Pattern { field, .. }
        | Fact::Forbidden { field, .. }
        | Fact::Range { field, .. }
        | Fact::NotInteger { field, .. }
        | Fact::NotDecimal { field, .. }
        | Fact::Items { field, .. }
        | Fact::DisputedRequired { field, .. }
        | Fact::DisputedField { field, .. }
        | Fact::DisputedValue { field, .. } => field,
    };
    match lang {
        Lang::En => format!("`{name}`: {}", d.en),
        Lang::Zh => format!("`{name}`:{}", d.zh),
    }
}

fn article(t: &str) -> &'static str {
    match t.as_bytes().first() {
        Some(b'a' | b'e' | b'i' | b'o' | b'u') => "an",
        _ => "a",
    }
}

/// The Chinese name of a JSON type.
pub fn zh_type(t: &str) -> &'static str {
    match t {
        "string" => "字符串",
        "integer" => "整数",
        "number" => "数字",
        "boolean" => "布尔",
        "array" => "数组",
        "object" => "对象",
        "null" => "null",
        _ => "其他",
    }
}

/// The words of a duplicate key's second place, its first copy (an
/// editor's related location of a `duplicate-key` finding), in `lang`.
#[cfg_attr(not(feature = "lsp"), allow(dead_code))] // The language server's.
pub fn first_copy(key: &str, lang: Lang) -> String {
    tr(lang, format!("the first `{key}`"), format!("第一个 `{key}`"))
}

/// Shortens a value for a message.
pub fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        let head: String = s.chars().take(57).collect();
        format!("{head}...")
    } else {
        s.to_string()
    }
}
