//! `kind-comment`: a `# deploylint: kind=NAME` comment (on one of the first
//! lines of a YAML file) that names no kind. [`crate::kind_comment`] finds
//! the comment (the language server reads it); the documentation and
//! words, in English and Chinese, are here.

use crate::diagnostics::{tr, Lang, Msg, Text, Words};
use crate::kind::Kind;
use crate::rule_meta::{Category, Doc, RuleMeta, Source};
use crate::sink::Sink;
use crate::syntax::Span;

/// The rule.
pub static META: RuleMeta = RuleMeta::new("kind-comment", Category::Syntax)
    .summary(Msg::new(
        "A `# deploylint: kind=` comment names no kind",
        "`# deploylint: kind=` 注释中的类型不存在",
    ))
    .explanation(Msg::new(
        "A comment `# deploylint: kind=NAME` on one of a YAML file's first five lines tells the language server that the file is a request body of that kind, whatever its shape (the command line takes `--kind` or a `[[kinds]]` glob of deploylint.toml instead). When NAME is none of `ief-v2-create`, `ief-v2-update`, `ief-v3-create`, `ief-v3-update` and `cce-release-update`, the error is reported at the name, with the closest kind when one is close, and the file is still linted with its kind recognised from its shape.",
        "YAML 文件前五行中的注释 `# deploylint: kind=NAME` 告诉语言服务器:无论文件形状如何,它都是该类型的请求体(命令行则使用 `--kind` 或 deploylint.toml 中的 `[[kinds]]` glob)。若 NAME 不是 `ief-v2-create`、`ief-v2-update`、`ief-v3-create`、`ief-v3-update`、`cce-release-update` 之一,则在该名称处报告错误(有相近类型时给出),文件仍按其形状识别的类型检查。",
    ))
    .sources(&[Source::new(Doc::Deploylint, "")]);

/// A kind comment naming `name`, which is no kind.
struct Unknown<'n> {
    name: &'n str,
}

impl Words for Unknown<'_> {
    fn words(&self, lang: Lang) -> Text {
        let name = self.name;
        let names: Vec<_> = Kind::ALL.iter().map(|k| format!("`{}`", k.name())).collect();
        let close = crate::diagnostics::suggest::closest(name, Kind::ALL.iter().map(|k| k.name()));
        Text::pair(
            tr(
                lang,
                format!("unknown kind `{name}` in the `# deploylint:` comment"),
                format!("`# deploylint:` 注释中的类型 `{name}` 不存在"),
            ),
            match close {
                Some(c) => tr(lang, format!("did you mean `{c}`?"), format!("是否想写 `{c}`?")),
                None => tr(
                    lang,
                    format!("the kinds are {}", names.join(", ")),
                    format!("请求类型有 {}", names.join("、")),
                ),
            },
        )
    }
}

/// Reports the kind comment whose name, `name`, is at `span`.
pub fn report(sink: &mut Sink<'_>, name: &str, span: Span) {
    sink.report(&META, String::new(), span, &Unknown { name }, None);
}
