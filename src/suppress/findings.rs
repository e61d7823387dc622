//! `suppression-without-reason` and `unused-suppression`: suppression
//! comments that say no reason, or silence nothing. Their documentation and
//! words; the report stage ([`crate::report`]) judges each comment once the
//! document it stands in is finished, and `src/rules/suppression.rs`
//! registers the two codes with the other rules.

use crate::diagnostics::{tr, Lang, Msg, Text};
use crate::rule_meta::{Category, Doc, RuleMeta, Source};

const SOURCES: &[Source] = &[Source::new(Doc::Deploylint, "")];

pub static WITHOUT_REASON: RuleMeta = RuleMeta::new("suppression-without-reason", Category::Syntax)
    .warning()
    .summary(Msg::new(
        "A suppression comment gives no reason",
        "抑制注释未写明原因",
    ))
    .explanation(Msg::new(
        "A `# deploylint-ignore: CODE -- reason` comment silences a finding on purpose; the reason after `--` tells the next reader why, and when the comment may go. A comment without one still silences its finding, and is reported so that one is written.",
        "`# deploylint-ignore: CODE -- 原因` 注释有意抑制某个问题;`--` 之后的原因告诉后来的读者为什么抑制、何时可以删除注释。未写原因的注释仍会抑制其问题,但会被报告,以便补上原因。",
    ))
    .sources(SOURCES);

pub static UNUSED: RuleMeta = RuleMeta::new("unused-suppression", Category::Syntax)
    .warning()
    .summary(Msg::new(
        "A suppression comment silences nothing",
        "抑制注释没有抑制任何问题",
    ))
    .explanation(Msg::new(
        "Each code of a `# deploylint-ignore` comment must silence a finding on the line it applies to (its own line, or the next line with content when the comment stands alone), and each code of a `# deploylint-ignore-file` comment one in the file; the file form only counts in the file's first comment block. A code that silences nothing, or names no rule, is reported, as ruff and eslint report unused directives, so stale suppressions do not pile up. Codes of rules that are turned off (by a level or `--preset api`) are not reported.",
        "`# deploylint-ignore` 注释中的每个代码都必须抑制其所作用行(注释所在行;注释独占一行时为其后第一个有内容的行)上的某个问题,`# deploylint-ignore-file` 注释中的每个代码都必须抑制文件中的某个问题,且文件级注释只在文件开头的第一个注释块中有效。没有抑制任何问题、或不是任何规则的代码会被报告(与 ruff、eslint 报告未使用的指令相同),以免过时的抑制注释越积越多。已关闭的规则(通过级别或 `--preset api`)的代码不报告。",
    ))
    .sources(SOURCES);

/// Why a code of a suppression comment silences nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unused<'c> {
    /// No finding of the code where the comment applies.
    Nothing(&'c str),
    /// No rule has this code (`suggestion`: a close one).
    Unknown(&'c str, Option<&'static str>),
    /// A file-wide comment outside the first comment block.
    Misplaced(&'c str),
}

/// The words of an unused suppression.
pub fn unused_words(why: Unused<'_>) -> impl Fn(Lang) -> Text + '_ {
    move |lang| match why {
        Unused::Nothing(code) => Text::pair(
            tr(
                lang,
                format!("`{code}` is suppressed here but nothing is reported for it"),
                format!("此处抑制了 `{code}`,但没有该规则的问题"),
            ),
            tr(
                lang,
                "remove the code from the comment (or the comment)".into(),
                "从注释中删除该代码(或删除整条注释)".into(),
            ),
        ),
        Unused::Unknown(code, hint) => Text::pair(
            tr(
                lang,
                format!("`{code}` is not a rule code"),
                format!("`{code}` 不是规则代码"),
            ),
            match hint {
                Some(h) => tr(lang, format!("did you mean `{h}`?"), format!("是否想写 `{h}`?")),
                None => tr(
                    lang,
                    "`deploylint rules` lists the codes".into(),
                    "`deploylint rules` 列出了全部代码".into(),
                ),
            },
        ),
        Unused::Misplaced(code) => Text::pair(
            tr(
                lang,
                format!("`deploylint-ignore-file` for `{code}` only takes effect in the first comment block"),
                format!("`{code}` 的 `deploylint-ignore-file` 只在文件开头的第一个注释块中生效"),
            ),
            tr(
                lang,
                "move the comment to the top of the file, before any content".into(),
                "将注释移到文件开头、所有内容之前".into(),
            ),
        ),
    }
}

/// The words of a suppression without a reason.
pub fn without_reason_words(codes: &str) -> impl Fn(Lang) -> Text + '_ {
    move |lang| {
        Text::pair(
            tr(
                lang,
                format!("the suppression of {codes} gives no reason"),
                format!("对 {codes} 的抑制未写明原因"),
            ),
            tr(
                lang,
                "add the reason after `--`: `# deploylint-ignore: CODE -- why`".into(),
                "在 `--` 之后写明原因:`# deploylint-ignore: CODE -- 原因`".into(),
            ),
        )
    }
}
