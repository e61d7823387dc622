//! `unused-ignore`: an `[[ignore]]` entry of `deploylint.toml` that applied
//! to some linted file and silenced nothing in any of them. The run's
//! reports are the evidence (`Config::unused_ignores` detects it once every
//! file is linted); the documentation and words, in English and Chinese,
//! are here. The finding is located at the entry's `[[ignore]]` header in
//! deploylint.toml.

use crate::diagnostics::{tr, Lang, Msg, Text, Words};
use crate::rule_meta::{Category, Doc, RuleMeta, Source};
use crate::sink::Sink;
use crate::syntax::Span;

/// The rule.
pub static META: RuleMeta = RuleMeta::new("unused-ignore", Category::Syntax)
    .warning()
    .summary(Msg::new(
        "An [[ignore]] entry of deploylint.toml silences nothing",
        "deploylint.toml 中的 [[ignore]] 条目没有抑制任何问题",
    ))
    .explanation(Msg::new(
        "An `[[ignore]]` entry silences findings of its `codes` in the files its `files` globs match (below its `pointer`, when it has one). When a run lints files the entry applies to and none of them has a finding it silences, the entry is stale: the body was fixed, the rule changed, or the glob or pointer no longer matches. It is reported at the entry's `[[ignore]]` line in deploylint.toml, like an unused suppression comment (`unused-suppression`), so stale entries do not pile up and silence a later, real finding. An entry that applies to no linted file is not judged, nor one whose every code is turned off (by a level or the `api` preset), which could silence nothing. Turn it off with `unused-ignore = \"off\"` under `[rules]`.",
        "`[[ignore]]` 条目在其 `files` glob 匹配的文件中(有 `pointer` 时仅在该位置及以下)抑制其 `codes` 的问题。若一次检查中该条目适用的文件都没有被它抑制的问题,该条目即已过时:请求体已修正、规则已变化,或 glob 与 pointer 不再匹配。它会在 deploylint.toml 中该条目的 `[[ignore]]` 行报告,与未使用的抑制注释(`unused-suppression`)一样,以免过时的条目越积越多、日后抑制真正的问题。不适用于任何被检查文件的条目不做判断;所有代码都已关闭(通过级别或 `api` 预设)的条目也不做判断,因为它不可能抑制任何问题。可在 `[rules]` 下设置 `unused-ignore = \"off\"` 关闭。",
    ))
    .sources(&[Source::new(Doc::Deploylint, "")]);

/// A stale entry: its codes and its file globs, as written.
pub struct Unused<'e> {
    /// The codes it silences.
    pub codes: &'e [String],
    /// The globs of the files it applies to.
    pub files: &'e [String],
}

fn list(items: &[String], sep: &str) -> String {
    items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(sep)
}

impl Words for Unused<'_> {
    fn words(&self, lang: Lang) -> Text {
        Text::pair(
            tr(
                lang,
                format!(
                    "this [[ignore]] entry for {} in {} silenced nothing in the files it applies to",
                    list(self.codes, ", "),
                    list(self.files, ", ")
                ),
                format!(
                    "该 `[[ignore]]` 条目({} 的 {})在其适用的文件中没有抑制任何问题",
                    list(self.files, "、"),
                    list(self.codes, "、")
                ),
            ),
            tr(
                lang,
                "remove the entry, or correct its files, pointer or codes".into(),
                "删除该条目,或修正其 `files`、`pointer` 或 `codes`".into(),
            ),
        )
    }
}

/// Reports the stale entry `entry`, whose header is at `span`.
pub fn report(sink: &mut Sink<'_>, entry: &Unused<'_>, span: Span) {
    sink.report(&META, String::new(), span, entry, None);
}
