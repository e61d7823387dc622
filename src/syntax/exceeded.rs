//! The words of a limit crossed ([`crate::limits`]): what the parsers report
//! as a [`SyntaxErrorKind::Exceeded`](super::SyntaxErrorKind::Exceeded), and
//! what the report stage reports past the findings limit. Written once here,
//! with the parser's error type, so the syntax layer needs no rule; the
//! `limit-exceeded` rule (src/rules/limit_exceeded.rs) reports them.

use crate::diagnostics::message::{tr, Lang};
use crate::diagnostics::plural::{be, count};
use crate::limits::{Exceeded, Limit, Limits};

/// The message and the help of `e`, in `lang`.
pub fn words(e: &Exceeded, lang: Lang) -> (String, String) {
    let (max, name) = (e.max, e.limit.name());
    let message = match e.limit {
        Limit::InputSize => tr(
            lang,
            format!("the input is larger than {} (the `{name}` limit): it is not checked", count(max, "byte", "bytes")),
            format!("输入超过 {max} 字节(`{name}` 上限),未做检查"),
        ),
        Limit::Depth => tr(
            lang,
            format!("the document nests deeper than {} (the `{name}` limit): it is not checked past this point", count(max, "level", "levels")),
            format!("文档嵌套超过 {max} 层(`{name}` 上限),此处之后不再检查"),
        ),
        Limit::Aliases => tr(
            lang,
            format!("YAML aliases expand to more than {} (the `{name}` limit; an alias bomb?): the document is not checked past this point", count(max, "node", "nodes")),
            format!("`YAML` 别名展开后超过 {max} 个节点(`{name}` 上限,疑似别名炸弹),此处之后不再检查"),
        ),
        Limit::StringLength if e.key => tr(
            lang,
            format!("a key is longer than {} (the `{name}` limit): the document is not checked past this point", count(max, "byte", "bytes")),
            format!("键的长度超过 {max} 字节(`{name}` 上限),此处之后不再检查"),
        ),
        Limit::StringLength => tr(
            lang,
            format!("a string is longer than {} (the `{name}` limit): the document is not checked past this point", count(max, "byte", "bytes")),
            format!("字符串长度超过 {max} 字节(`{name}` 上限),此处之后不再检查"),
        ),
        Limit::Findings => {
            let more = count(e.more, "more finding", "more findings");
            tr(
                lang,
                format!("{more} not reported: at most {max} {} reported per document (the `{name}` limit)", be(max)),
                format!("另有 {} 个问题未报告:每个文档最多报告 {max} 个(`{name}` 上限)", e.more),
            )
        }
    };
    let (ceiling_en, ceiling_zh) = match e.limit {
        Limit::Depth => (
            format!(" (at most {})", Limits::DEPTH_CEILING),
            format!("(最多 {})", Limits::DEPTH_CEILING),
        ),
        _ => (String::new(), String::new()),
    };
    let raise = (
        format!(
            "the limit is set by `--max-{name}`, by `{name}` under `[limits]` in `deploylint.toml`, or by the `limits` option (`{}`){ceiling_en}",
            e.limit.js_name()
        ),
        format!(
            "此上限可通过 `--max-{name}`、`deploylint.toml` 中 `[limits]` 的 `{name}` 或 `limits` 选项(`{}`)设置{ceiling_zh}",
            e.limit.js_name()
        ),
    );
    let (en, zh) = match e.limit {
        Limit::Depth if max == super::YAML_FLOW_DEPTH && max < Limits::DEFAULT.depth => (
            "YAML flow collections (`[…]`, `{…}`) nest at most 255 levels whatever the limit; real request bodies nest about 12".to_string(),
            "`YAML` 流式集合(`[…]`、`{…}`)无论上限如何最多嵌套 255 层;实际请求体约嵌套 12 层".to_string(),
        ),
        Limit::Depth => (
            format!("real request bodies nest about 12 levels; {}", raise.0),
            format!("实际请求体约嵌套 12 层;{}", raise.1),
        ),
        Limit::Findings => (
            format!("fix these and lint again; {}", raise.0),
            format!("请先修正这些问题再重新检查;{}", raise.1),
        ),
        _ => raise,
    };
    (message, tr(lang, en, zh))
}
