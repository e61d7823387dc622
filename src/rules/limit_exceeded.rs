//! `limit-exceeded`: a limit of [`crate::limits`] was crossed (input size,
//! nesting depth, YAML alias expansion, string length, findings). The
//! parsers and the report stage detect it; its documentation is here, its
//! words in English and Chinese beside the parser's errors (src/syntax/exceeded.rs).

use crate::diagnostics::{Lang, Msg, Severity, Text, Words};
use crate::limits::{Exceeded, Limit};
use crate::rule_meta::{Category, Doc, RuleMeta, Source, Variant};
use crate::sink::Sink;
use crate::syntax::Span;

/// The findings limit: a note, not a failure (the findings it counts fail
/// or pass the run by their own severities).
pub static FINDINGS: Variant = Variant::new(
    "findings",
    Severity::Warning,
    Msg::new(
        "more findings than the `findings` limit: the ones past it are counted, not reported",
        "问题数超过 `findings` 上限:超出的只计数,不报告",
    ),
);

/// The rule.
pub static META: RuleMeta = RuleMeta::new("limit-exceeded", Category::Syntax)
    .summary(Msg::new(
        "The input crosses one of the linter's limits",
        "输入超出了检查器的某项上限",
    ))
    .explanation(Msg::new(
        "A linter runs on untrusted pull requests and on whatever is pasted into a browser, so what one lint may cost is bounded. The limits and their defaults: `input-size` 16 MiB (16777216 bytes; a larger input is not checked), `depth` 512 levels of nested arrays and objects (at most 1000 whatever is configured, for stack safety; YAML flow collections stop at 255), `aliases` 100000 nodes added to one YAML document by expanding aliases (an alias bomb), `string-length` 1 MiB (1048576 bytes) for one string or key once unescaped, `findings` 1000 reported per document. Crossing one of the first four is an error at the place it happens (the first byte past the size, the value that nests too deep, the alias, the string) and the document is not checked past it; past the findings limit the rest are counted, and one warning at the document's start says how many were not reported. Each is set by `--max-input-size`, `--max-depth`, `--max-aliases`, `--max-string-length` and `--max-findings`, by the same names under `[limits]` in deploylint.toml, by `Options::limit` in the library and by the `limits` option of the WASM package.",
        "检查器会处理不受信任的拉取请求和粘贴到浏览器中的任意内容,因此单次检查的开销是有上限的。各项上限及默认值:`input-size` 为 16 MiB(16777216 字节,超出的输入不做检查);`depth` 为数组与对象嵌套 512 层(出于栈安全,无论如何配置最多 1000 层;YAML 流式集合最多 255 层);`aliases` 为展开别名时单个 YAML 文档最多新增 100000 个节点(防止别名炸弹);`string-length` 为单个字符串或键反转义后最长 1 MiB(1048576 字节);`findings` 为每个文档最多报告 1000 个问题。超出前四项时,在超出之处(超出大小的第一个字节、嵌套过深的值、别名、字符串)报告错误,该文档此后不再检查;超出问题数上限时,其余问题只计数,并在文档开头给出一条警告说明有多少未报告。可分别通过 `--max-input-size`、`--max-depth`、`--max-aliases`、`--max-string-length`、`--max-findings`,`deploylint.toml` 中 `[limits]` 下的同名键,库中的 `Options::limit` 以及 WASM 包的 `limits` 选项设置。",
    ))
    .variants(std::slice::from_ref(&FINDINGS))
    .sources(&[Source::new(Doc::Deploylint, "")]);

/// Reports `e`, crossed at `span`.
pub fn report(sink: &mut Sink<'_>, e: &Exceeded, span: Span) {
    let severity = match e.limit {
        Limit::Findings => FINDINGS.severity,
        _ => META.severity,
    };
    sink.report_as(&META, severity, e.pointer.clone(), span, &Worded(e), None);
}

struct Worded<'e>(&'e Exceeded);

impl Words for Worded<'_> {
    fn words(&self, lang: Lang) -> Text {
        text(self.0, lang)
    }
}

/// The message and help of `e` in `lang` (worded beside the parser's
/// errors, in src/syntax/exceeded.rs).
pub fn text(e: &Exceeded, lang: Lang) -> Text {
    let (message, help) = crate::syntax::exceeded::words(e, lang);
    Text::pair(message, help)
}
