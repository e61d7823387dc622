//! `invalid-argument`: a call from a host (the WASM package) with an
//! argument or option that cannot be used — a text that is not a string or
//! bytes, options that are not an object, an unknown kind, level, limit or
//! rule code, a value of the wrong type, a broken `current`, an inline
//! policy with a bad field. [`crate::host`] detects these as typed facts
//! ([`Argument`]); their words, in English and Chinese, are here.
//!
//! It is not in the rule catalogue: no body and no deploylint.toml can
//! produce it, only a call, and nothing is linted when there is one. An
//! inline policy that does not compile is the catalogue's `invalid-policy`,
//! with the core's words for the problem after the option it is in.

use crate::diagnostics::{tr, Diagnostic, Lang, Severity, Text, Words};
use crate::limits::Limit;
use crate::names::{Setting, UnknownName};
use crate::rules::config_error::Problem;
use crate::rules::invalid_policy::PolicyProblem;
use crate::syntax::Span;

/// The code.
pub const CODE: &str = "invalid-argument";

/// The fields of an inline policy, in the order they are read.
pub const POLICY_FIELDS: [&str; 10] = [
    "id",
    "target",
    "pointer",
    "kinds",
    "level",
    "message",
    "messageZh",
    "help",
    "helpZh",
    "schema",
];

/// What a string option holds, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Nothing more than a string.
    Any,
    /// One of a setting's names.
    Name(Setting),
    /// JSON or YAML text.
    Text,
}

/// What may be said about a field an inline policy does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldHint {
    /// Nothing.
    None,
    /// The closest field.
    Closest(&'static str),
    /// A schema file (`schema-file`): the schema is given inline.
    Inline,
}

/// What is wrong with a call. Option paths are as the caller wrote them
/// (`rules.host-network`, `policies[0].level`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Argument {
    /// The text is neither a string nor bytes (`found`: its type); `fix`: the text to fix.
    NotText {
        /// Of `fixAll`.
        fix: bool,
        /// Its type.
        found: String,
    },
    /// The bytes to fix are not UTF-8.
    NotUtf8,
    /// Reading the options (or one of them) failed: a getter or proxy threw.
    Unreadable(Option<String>),
    /// The options (`None`) or an option must be an object.
    NotAnObject(Option<String>, String),
    /// An option must be an array (of policies; of kind names).
    NotAList(String, String),
    /// An option must be a string.
    NotAString(String, Expect, String),
    /// An option must be a boolean.
    NotABoolean(String, String),
    /// An option's string is none of its setting's names.
    Unknown(String, UnknownName),
    /// `rules.{code}` is no level.
    RuleLevel(String),
    /// `rules` names a code that is no rule's, and the closest one.
    UnknownCode(String, Option<&'static str>),
    /// `limits` names a key that is no limit's ([`Limit::js_name`]), and the closest one.
    UnknownLimit(String, Option<&'static str>),
    /// A limit's value is out of its range (`Problem::LimitBelow`, `Problem::LimitAbove`).
    Limit(Limit, Problem),
    /// A limit's value is not a whole number.
    NotWhole(Limit),
    /// `current` is not a readable deployment: its diagnostic's line, column and message.
    Current(usize, usize, String),
    /// An inline policy (`at`) has a field policies do not have.
    UnknownField(String, String, FieldHint),
    /// An inline policy's `kinds` names something that is no kind.
    NotAKind(String, String),
    /// An inline policy lacks a field it needs.
    Missing(String, &'static str),
    /// Policies given to a build without them (the default entry of the npm package).
    NeedsPoliciesEntry,
    /// An inline policy that does not compile, at an option path (`invalid-policy`).
    Policy(String, PolicyProblem),
}

impl Argument {
    /// A value that is no JSON data (`found`: its type): the options could
    /// not be read when it is an object (a getter or proxy threw), else it
    /// is no object.
    pub fn not_json(found: &str) -> Argument {
        match found {
            "object" => Argument::Unreadable(None),
            _ => Argument::NotAnObject(None, found.to_string()),
        }
    }

    /// The problem as a diagnostic at the start of the text, in `lang`:
    /// `invalid-argument`, or `invalid-policy` for a policy that does not compile.
    pub fn diagnostic(&self, lang: Lang) -> Diagnostic {
        let code = match self {
            Argument::Policy(..) => crate::rules::invalid_policy::META.code,
            _ => CODE,
        };
        let text = self.words(lang);
        let mut d = Diagnostic::new(code, Severity::Error, String::new(), Span::new(0, 0), text.message);
        (d.line, d.column, d.end_line, d.end_column) = (1, 1, 1, 1);
        (d.column_utf16, d.end_column_utf16) = (1, 1);
        d.help = text.help;
        d
    }
}

/// `; did you mean `h`?` or nothing.
fn hint(lang: Lang, hint: Option<&str>) -> String {
    hint.map(|h| tr(lang, format!("; did you mean `{h}`?"), format!(";是否想写 `{h}`?")))
        .unwrap_or_default()
}

impl Words for Argument {
    fn words(&self, lang: Lang) -> Text {
        use Argument as A;
        let t = |en: String, zh: String| tr(lang, en, zh);
        let message = match self {
            A::NotText { fix, found } => {
                let (en, zh) = if *fix { ("fix", "修复") } else { ("lint", "检查") };
                t(
                    format!("the text to {en} must be a string or a Uint8Array, not {found}"),
                    format!("要{zh}的文本必须是字符串或 Uint8Array,不能是 {found}"),
                )
            }
            A::NotUtf8 => t(
                "the text to fix must be valid UTF-8".into(),
                "要修复的文本必须是有效的 UTF-8".into(),
            ),
            A::Unreadable(None) => t("the options could not be read".into(), "无法读取选项".into()),
            A::Unreadable(Some(o)) => t(format!("option `{o}` could not be read"), format!("无法读取选项 `{o}`")),
            A::NotAnObject(None, found) => t(
                format!("options must be an object, not {found}"),
                format!("选项必须是对象,不能是 {found}"),
            ),
            A::NotAnObject(Some(o), found) => t(
                format!("option `{o}` must be an object, not {found}"),
                format!("选项 `{o}` 必须是对象,不能是 {found}"),
            ),
            A::NotAList(o, found) if o.ends_with("kinds") => t(
                format!("option `{o}` must be an array of kind names, not {found}"),
                format!("选项 `{o}` 必须是类型名称的数组,不能是 {found}"),
            ),
            A::NotAList(o, found) => t(
                format!("option `{o}` must be an array of policies, not {found}"),
                format!("选项 `{o}` 必须是策略的数组,不能是 {found}"),
            ),
            A::NotAString(o, expect, found) => {
                let what = match expect {
                    Expect::Any => String::new(),
                    Expect::Name(s) => format!(" ({})", s.expected(lang)),
                    Expect::Text => t(" (JSON or YAML text)".into(), "(JSON 或 YAML 文本)".into()),
                };
                t(
                    format!("option `{o}` must be a string{what}, not {found}"),
                    format!("选项 `{o}` 必须是字符串{what},不能是 {found}"),
                )
            }
            A::NotABoolean(o, found) => t(
                format!("option `{o}` must be a boolean, not {found}"),
                format!("选项 `{o}` 必须是布尔值,不能是 {found}"),
            ),
            A::Unknown(o, name) => t(
                format!("option `{o}` is `{}`; {}", name.given, name.expected(lang)),
                format!("选项 `{o}` 的值 `{}` 无效;{}", name.given, name.expected(lang)),
            ),
            A::RuleLevel(code) => t(
                format!("option `rules.{code}` must be {}", Setting::Level.expected(lang)),
                format!("选项 `rules.{code}` 必须是 {}", Setting::Level.expected(lang)),
            ),
            A::UnknownCode(code, h) => t(
                format!("option `rules` names `{code}`, which is not a rule code{} (see rules())", hint(lang, *h)),
                format!("选项 `rules` 中的 `{code}` 不是规则代码{}(见 rules())", hint(lang, *h)),
            ),
            A::UnknownLimit(key, h) => {
                let names: Vec<_> = Limit::ALL.iter().map(|l| format!("`{}`", l.js_name())).collect();
                t(
                    format!(
                        "option `limits` names `{key}`, which is not a limit{} (the limits are {})",
                        hint(lang, *h),
                        names.join(", ")
                    ),
                    format!("选项 `limits` 中的 `{key}` 不是上限{}(上限有 {})", hint(lang, *h), names.join("、")),
                )
            }
            A::Limit(l, problem) => {
                let why = problem.words(lang).message;
                t(
                    format!("option `limits.{}`: {why}", l.js_name()),
                    format!("选项 `limits.{}`:{why}", l.js_name()),
                )
            }
            A::NotWhole(l) => t(
                format!("option `limits.{}` must be a whole number", l.js_name()),
                format!("选项 `limits.{}` 必须是非负整数", l.js_name()),
            ),
            A::Current(line, column, m) => t(
                format!("option `current` is not a readable deployment: {line}:{column}: {m}"),
                format!("选项 `current` 不是可读取的部署:{line}:{column}:{m}"),
            ),
            A::UnknownField(at, key, h) => {
                let fields: Vec<_> = POLICY_FIELDS.iter().map(|f| format!("`{f}`")).collect();
                let h = match h {
                    FieldHint::None => String::new(),
                    FieldHint::Closest(f) => t(format!(" (did you mean `{f}`?)"), format!("(是否想写 `{f}`?)")),
                    FieldHint::Inline => t(
                        " (a schema is given inline as `schema`)".into(),
                        "(schema 须以 `schema` 内联给出)".into(),
                    ),
                };
                t(
                    format!(
                        "option `{at}` has the field `{key}`, which policies do not have{h}; the fields are {}",
                        fields.join(", ")
                    ),
                    format!("选项 `{at}` 含有策略没有的字段 `{key}`{h};字段有 {}", fields.join("、")),
                )
            }
            A::NotAKind(at, name) => {
                let kinds = Setting::Kind.names();
                t(
                    format!(
                        "option `{at}.kinds` names `{name}`, which is not a kind (the kinds are {})",
                        kinds.join(", ")
                    ),
                    format!("选项 `{at}.kinds` 中的 `{name}` 不是类型(类型有 {})", kinds.join("、")),
                )
            }
            A::Missing(at, "schema") => t(
                format!("option `{at}.schema` is missing: a policy needs one (a JSON Schema, inline)"),
                format!("缺少选项 `{at}.schema`:策略必须有一个(内联的 JSON Schema)"),
            ),
            A::Missing(at, field) => t(
                format!("option `{at}.{field}` is missing: a policy needs one"),
                format!("缺少选项 `{at}.{field}`:策略必须有此项"),
            ),
            A::NeedsPoliciesEntry => t(
                "option `policies` needs the policies entry: import from `deploylint/policies` instead of `deploylint` \
                 (the default entry leaves out the JSON Schema validator, to stay small); no policy was applied"
                    .into(),
                "选项 `policies` 需要 policies 入口:请从 `deploylint/policies` 而不是 `deploylint` 导入\
                 (默认入口为保持体积不含 JSON Schema 校验器);未应用任何策略"
                    .into(),
            ),
            A::Policy(at, problem) => format!("option `{at}`: {}", problem.words(lang).message),
        };
        let help = match self {
            A::Policy(..) => t(
                "a policy that does not compile stops the lint; see `policies` in the deploylint package README".into(),
                "无法编译的策略会使检查停止;请参阅 deploylint 包 README 中 `policies` 的说明".into(),
            ),
            _ => t(
                "see the options of `lint` in the deploylint package README".into(),
                "请参阅 deploylint 包 README 中 `lint` 的选项说明".into(),
            ),
        };
        Text::new(message).help(help)
    }
}
