//! `config-error`: a `deploylint.toml` that cannot be used (it does not
//! parse, has a key deploylint does not know, names a rule, kind, limit or
//! language that does not exist, a bad glob, URL or JSON Pointer, or an
//! `[[ignore]]` entry without its files, codes or reason). `Config::parse`
//! detects these as typed facts ([`Problem`]); their words, in English and
//! Chinese, are here.

use crate::diagnostics::{tr, Lang, Msg, Text, Words};
use crate::limits::Limit;
use crate::rule_meta::{Category, Doc, RuleMeta, Source};
use crate::sink::Sink;
use crate::syntax::Span;

/// The rule.
pub static META: RuleMeta = RuleMeta::new("config-error", Category::Syntax)
    .summary(Msg::new(
        "deploylint.toml cannot be used",
        "deploylint.toml 无法使用",
    ))
    .explanation(Msg::new(
        "The configuration is read strictly: TOML that does not parse, a key deploylint does not know (a misspelling such as `severity` or `exlude`), a rule code, kind, limit or language that does not exist (with the closest one when there is one), a level other than `off`, `info`, `warning` and `error`, a glob that does not compile, a `docs-url` that is not an absolute URL, a `pointer` that is not a JSON Pointer, and an `[[ignore]]` entry without `files`, `codes` or a reason are each reported at their place in the file. A configuration that half applies would lint with settings nobody wrote, so `deploylint check` stops with exit status 2 and the language server lints with the defaults until the file is fixed. This finding cannot be turned off: the levels are in the file that is broken.",
        "配置按严格方式读取:无法解析的 TOML、deploylint 不认识的键(例如拼错的 `severity`、`exlude`)、不存在的规则代码、类型、上限或语言(有相近的名称时会给出)、`off`、`info`、`warning`、`error` 之外的级别、无法编译的 glob、不是绝对 URL 的 `docs-url`、不是 JSON Pointer 的 `pointer`,以及缺少 `files`、`codes` 或原因的 `[[ignore]]` 条目,都会在文件中的相应位置报告。只生效一半的配置会按无人写过的设置检查,因此 `deploylint check` 以退出码 2 停止,语言服务器在文件修好之前使用默认设置检查。该问题无法关闭:级别就写在出错的文件里。",
    ))
    .sources(&[Source::new(Doc::Deploylint, "")]);

/// What part an `[[ignore]]` entry lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// `files`.
    Files,
    /// `codes`.
    Codes,
    /// A reason that is not blank.
    Reason,
}

/// What is wrong with a `deploylint.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The TOML parser's (or its schema's) complaint, as the parser words
    /// it: unknown keys, bad levels, syntax.
    Toml(String),
    /// `lang` is not `en` or `zh`.
    UnknownLang(String),
    /// A rule code that does not exist, and the closest one.
    UnknownCode(String, Option<&'static str>),
    /// A glob that does not compile: the glob library's words, and why.
    BadGlob(String, GlobWhy),
    /// A kind that does not exist, and the closest one.
    UnknownKind(String, Option<&'static str>),
    /// A `[limits]` key that is no limit, and the closest one.
    UnknownLimit(String, Option<&'static str>),
    /// A limit set below 1.
    LimitBelow(Limit),
    /// A limit set above its ceiling.
    LimitAbove(Limit),
    /// A `docs-url` that is not an absolute URL.
    BadDocsUrl(String),
    /// An `[[ignore]]` entry without one of its parts.
    IgnoreWithout(Missing),
    /// An `[[ignore]]` pointer that is not a JSON Pointer.
    NotAPointer(String),
    /// A `[[policies]]` entry that cannot be used (reported as `invalid-policy`).
    Policy(crate::rules::invalid_policy::PolicyProblem),
}

/// Why a glob does not compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GlobWhy {
    /// `[abc` without its `]`.
    UnclosedClass(String),
    /// A range such as `[z-a]` that ends before it starts.
    InvalidRange(String, char, char),
    /// A `}` without its `{`.
    UnopenedAlternates(String),
    /// A `{` without its `}`.
    UnclosedAlternates(String),
    /// A `\` at the end.
    DanglingEscape(String),
    /// Anything else the glob library says.
    Other,
}

impl GlobWhy {
    /// Why `globset` refused a glob.
    #[cfg(feature = "config")]
    pub(crate) fn of(e: &globset::Error) -> GlobWhy {
        use globset::ErrorKind as K;
        let glob = e.glob().unwrap_or_default().to_string();
        match e.kind() {
            K::UnclosedClass => GlobWhy::UnclosedClass(glob),
            K::InvalidRange(a, b) => GlobWhy::InvalidRange(glob, *a, *b),
            K::UnopenedAlternates => GlobWhy::UnopenedAlternates(glob),
            K::UnclosedAlternates => GlobWhy::UnclosedAlternates(glob),
            K::DanglingEscape => GlobWhy::DanglingEscape(glob),
            _ => GlobWhy::Other,
        }
    }

    fn zh(&self) -> String {
        match self {
            GlobWhy::UnclosedClass(g) => format!("glob `{g}` 无效:字符类未闭合,缺少 `]`"),
            GlobWhy::InvalidRange(g, a, b) => format!("glob `{g}` 无效:字符范围 `{a}-{b}` 的起点大于终点"),
            GlobWhy::UnopenedAlternates(g) => format!("glob `{g}` 无效:`}}` 之前没有对应的 `{{`"),
            GlobWhy::UnclosedAlternates(g) => format!("glob `{g}` 无效:`{{` 之后没有对应的 `}}`"),
            GlobWhy::DanglingEscape(g) => format!("glob `{g}` 无效:末尾是未转义的 `\\`"),
            GlobWhy::Other => "glob 无法编译".into(),
        }
    }
}

/// The TOML parser's words in Chinese: its "unknown field" and "unknown
/// variant" (a key or a value deploylint does not know) in full, anything
/// else (TOML syntax) quoted as the parser says it, after a Chinese lead.
fn toml_zh(m: &str) -> String {
    let ticked = |s: &str| -> Vec<String> {
        s.split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, t)| format!("`{t}`"))
            .collect()
    };
    let known = |rest: &str| {
        let names = ticked(rest);
        if names.is_empty() {
            String::new()
        } else {
            format!(";应为 {} 之一", names.join("、"))
        }
    };
    for (lead, zh) in [("unknown field `", "未知的键"), ("unknown variant `", "未知的取值")] {
        if let Some(rest) = m.strip_prefix(lead) {
            if let Some((name, rest)) = rest.split_once('`') {
                return format!("{zh} `{name}`{}", known(rest));
            }
        }
    }
    // TOML syntax: the parser's own words, quoted.
    format!("TOML 语法错误(解析器原文:`{}`)", m.replace('`', "'"))
}

fn hint(lang: Lang, hint: Option<&str>) -> String {
    hint.map(|h| tr(lang, format!("; did you mean `{h}`?"), format!(";是否想写 `{h}`?")))
        .unwrap_or_default()
}

impl Words for Problem {
    fn words(&self, lang: Lang) -> Text {
        let message = match self {
            Problem::Toml(m) => tr(lang, m.clone(), toml_zh(m)),
            Problem::UnknownLang(l) => {
                let unknown = crate::names::UnknownName {
                    setting: crate::names::Setting::Lang,
                    given: l.clone(),
                };
                return unknown.words(lang);
            }
            Problem::UnknownCode(c, h) => tr(
                lang,
                format!("unknown rule code `{c}`{} (see `deploylint rules`)", hint(lang, *h)),
                format!("未知规则代码 `{c}`{}(见 `deploylint rules`)", hint(lang, *h)),
            ),
            Problem::BadGlob(e, why) => tr(lang, format!("invalid glob: {e}"), why.zh()),
            Problem::UnknownKind(k, h) => tr(
                lang,
                format!("unknown kind `{k}`{}", hint(lang, *h)),
                format!("未知类型 `{k}`{}", hint(lang, *h)),
            ),
            Problem::UnknownLimit(n, h) => {
                let names: Vec<_> = Limit::ALL.iter().map(|l| format!("`{}`", l.name())).collect();
                tr(
                    lang,
                    format!(
                        "unknown limit `{n}`{} (the limits are {})",
                        hint(lang, *h),
                        names.join(", ")
                    ),
                    format!("未知上限 `{n}`{}(上限有 {})", hint(lang, *h), names.join("、")),
                )
            }
            Problem::LimitBelow(l) => tr(
                lang,
                format!("limit `{}` must be at least 1", l.name()),
                format!("上限 `{}` 至少为 1", l.name()),
            ),
            Problem::LimitAbove(l) => tr(
                lang,
                format!(
                    "limit `{}` can be at most {} (deeper nesting could overflow the stack)",
                    l.name(),
                    l.ceiling()
                ),
                format!("上限 `{}` 最多为 {}(嵌套更深可能导致栈溢出)", l.name(), l.ceiling()),
            ),
            Problem::BadDocsUrl(u) => tr(
                lang,
                format!("`{u}` is not an absolute URL (expected something like https://example.com/deploylint/docs/)"),
                format!("`{u}` 不是绝对 URL(应形如 https://example.com/deploylint/docs/)"),
            ),
            Problem::IgnoreWithout(Missing::Files) => tr(
                lang,
                "an [[ignore]] entry needs `files`".into(),
                "`[[ignore]]` 条目需要 `files`".into(),
            ),
            Problem::IgnoreWithout(Missing::Codes) => tr(
                lang,
                "an [[ignore]] entry needs `codes`".into(),
                "`[[ignore]]` 条目需要 `codes`".into(),
            ),
            Problem::IgnoreWithout(Missing::Reason) => tr(
                lang,
                "an [[ignore]] entry needs a reason".into(),
                "`[[ignore]]` 条目需要写明原因".into(),
            ),
            Problem::Policy(p) => return p.words(lang),
            Problem::NotAPointer(p) => tr(
                lang,
                format!("`{p}` is not a JSON Pointer: it starts with `/`"),
                format!("`{p}` 不是 JSON Pointer:应以 `/` 开头"),
            ),
        };
        Text::new(message)
    }
}

/// Reports `problem`, found at `span` of the config text (a policy's as `invalid-policy`).
pub fn report(sink: &mut Sink<'_>, problem: &Problem, span: Span) {
    sink.report(meta_of(problem), String::new(), span, problem, None);
}

/// The rule a problem is reported as.
pub(crate) fn meta_of(problem: &Problem) -> &'static RuleMeta {
    match problem {
        Problem::Policy(_) => &crate::rules::invalid_policy::META,
        _ => &META,
    }
}
