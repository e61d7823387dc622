//! Why a text could not be parsed, as typed facts, and their wording in
//! English and Chinese.
//!
//! The parsers report a [`SyntaxErrorKind`] (never a parser's own English
//! text), so a message can be written once per fact and per language:
//! [`SyntaxError::message`] and [`SyntaxError::help`]. The one exception is
//! [`SyntaxErrorKind::YamlOther`], a YAML scanner error no other variant
//! classifies: its English message quotes the scanner, its Chinese one is
//! our own generic wording.

use super::Span;
use crate::diagnostics::message::Lang;
use crate::limits::Exceeded;

/// Why a text could not be turned into a tree, and where.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SyntaxError {
    /// Where parsing failed: the token at fault, or an empty span where the
    /// text ends too early.
    pub span: Span,
    /// What is wrong.
    pub kind: SyntaxErrorKind,
}

/// Every syntax error the JSON parser and the YAML front end report.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SyntaxErrorKind {
    /// The text is empty or holds only white space.
    Empty,
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// A limit crossed ([`Limit`](crate::Limit)): the input size, the nesting
    /// depth, the YAML alias expansion or the length of a string. Reported
    /// as `limit-exceeded`, not `parse-error`.
    Exceeded(Exceeded),

    /// JSON: the text ends inside a value.
    UnexpectedEnd,
    /// JSON: a character that cannot stand here.
    UnexpectedChar(char),
    /// JSON: a comma right before this closing bracket.
    TrailingComma(char),
    /// JSON: a `//` or `/*` comment.
    Comment,
    /// JSON: a string or key in single quotes.
    SingleQuotedString,
    /// JSON: an object key without quotes.
    UnquotedKey,
    /// JSON: an object key not followed by `:`.
    MissingColon,
    /// JSON: neither `,` nor this closing bracket after an element or member.
    MissingComma(char),
    /// JSON: a backslash followed by this character.
    InvalidEscape(char),
    /// JSON: `\u` not followed by four hexadecimal digits.
    InvalidUnicodeEscape,
    /// JSON: a `\uD800`–`\uDFFF` escape that is not half of a surrogate pair.
    LoneSurrogate,
    /// JSON: a number with leading zeros (`0644`).
    LeadingZero,
    /// JSON: a number with a leading `+`.
    LeadingPlus,
    /// JSON: a hexadecimal number (`0x1F`).
    HexNumber,
    /// JSON: `NaN` or `Infinity`.
    NonFiniteNumber,
    /// JSON: any other malformed number (`1.`, `.5`, `1e`, `1.2.3`).
    InvalidNumber,
    /// JSON: a bare word where a value should be (`True`, `undefined`, `tru`),
    /// at most 40 characters of it.
    BareWord(Box<str>),
    /// JSON: an unescaped control character inside a string.
    ControlCharacter(char),
    /// JSON: more text after the document's one value.
    TrailingContent,

    /// YAML: an alias to an anchor not defined before it.
    UnknownAnchor,
    /// YAML: a mapping or sequence used as a mapping key.
    ComplexKey,
    /// YAML: a tab where only spaces are allowed.
    YamlTab,
    /// YAML: wrong indentation.
    YamlIndentation,
    /// YAML: a `[…]` or `{…}` collection not closed, or missing a `,`.
    YamlFlow,
    /// YAML: a quoted scalar not closed, or with a bad escape.
    YamlQuoted,
    /// YAML: a `key: value` pair or a `:` where none can stand.
    YamlKey,
    /// YAML: the text ends inside a construct.
    YamlUnexpectedEnd,
    /// YAML: a malformed tag or directive.
    YamlTagOrDirective,
    /// YAML: a malformed anchor or alias name.
    YamlAnchor,
    /// YAML: a character YAML does not allow (a control character, a BOM
    /// inside a document).
    YamlCharacter,
    /// YAML: any other scanner error, with the scanner's English text.
    YamlOther(Box<str>),
}

/// A character as a message shows it, in backticks: itself, or its code
/// point when it is invisible or a backtick.
fn shown(c: char) -> String {
    let invisible = c.is_control()
        || c.is_whitespace()
        || matches!(c, '`' | '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}');
    if invisible {
        format!("`U+{:04X}`", u32::from(c))
    } else {
        format!("`{c}`")
    }
}

impl SyntaxError {
    /// The diagnostic message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use SyntaxErrorKind as K;
        let zh = lang == Lang::Zh;
        let json = |en: String, cn: String| {
            if zh {
                format!("JSON 语法错误:{cn}")
            } else {
                format!("invalid JSON: {en}")
            }
        };
        let yaml = |en: String, cn: String| {
            if zh {
                format!("YAML 语法错误:{cn}")
            } else {
                format!("invalid YAML: {en}")
            }
        };
        let plain = |en: String, cn: String| if zh { cn } else { en };
        match &self.kind {
            K::Empty => plain(
                "the document is empty; a request body is an object".into(),
                "文档为空;请求体应为对象".into(),
            ),
            K::InvalidUtf8 => plain("the text is not valid UTF-8".into(), "文本不是合法的 UTF-8 编码".into()),
            K::Exceeded(e) => super::exceeded::words(e, lang).0,
            K::UnexpectedEnd => json(
                "the text ends before the document is complete".into(),
                "文本在文档完整之前就结束了".into(),
            ),
            K::UnexpectedChar(c) => json(
                format!("unexpected {}", shown(*c)),
                format!("此处不应出现 {}", shown(*c)),
            ),
            K::TrailingComma(c) => json(
                format!("a trailing comma before `{c}`"),
                format!("`{c}` 前多了一个逗号"),
            ),
            K::Comment => json("comments are not allowed".into(), "不支持注释".into()),
            K::SingleQuotedString => json(
                "strings take double quotes, not single quotes".into(),
                "字符串须使用双引号,不能使用单引号".into(),
            ),
            K::UnquotedKey => json(
                "an object key must be a string in double quotes".into(),
                "对象的键必须是带双引号的字符串".into(),
            ),
            K::MissingColon => json("expected `:` after the object key".into(), "对象的键后应为 `:`".into()),
            K::MissingComma(']') => json(
                "expected `,` or `]` after an array element".into(),
                "数组元素后应为 `,` 或 `]`".into(),
            ),
            K::MissingComma(c) => json(
                format!("expected `,` or `{c}` after an object member"),
                format!("对象成员后应为 `,` 或 `{c}`"),
            ),
            K::InvalidEscape(c) => json(
                format!("`\\{c}` is not an escape sequence"),
                format!("`\\{c}` 不是合法的转义序列"),
            ),
            K::InvalidUnicodeEscape => json(
                "`\\u` must be followed by four hexadecimal digits".into(),
                "`\\u` 后须跟四位十六进制数字".into(),
            ),
            K::LoneSurrogate => json(
                "an unpaired UTF-16 surrogate escape (`\\uD800`–`\\uDFFF`)".into(),
                "未成对的 UTF-16 代理项转义(`\\uD800`–`\\uDFFF`)".into(),
            ),
            K::LeadingZero => json(
                "a number cannot start with `0` followed by more digits".into(),
                "数字不能以 `0` 开头后接其他数字".into(),
            ),
            K::LeadingPlus => json("a number cannot start with `+`".into(), "数字不能以 `+` 开头".into()),
            K::HexNumber => json("hexadecimal numbers are not allowed".into(), "不支持十六进制数".into()),
            K::NonFiniteNumber => json(
                "`NaN` and `Infinity` are not JSON numbers".into(),
                "`NaN` 与 `Infinity` 不是合法的数字".into(),
            ),
            K::InvalidNumber => json("malformed number".into(), "数字格式不正确".into()),
            K::BareWord(w) => json(format!("`{w}` is not a value"), format!("`{w}` 不是合法的值")),
            K::ControlCharacter(c) => json(
                format!("an unescaped control character ({}) in a string", shown(*c)),
                format!("字符串中含有未转义的控制字符({})", shown(*c)),
            ),
            K::TrailingContent => json(
                "more text after the end of the document".into(),
                "文档结束后还有多余的内容".into(),
            ),
            K::UnknownAnchor => yaml(
                "an alias (`*name`) refers to an anchor not defined before it".into(),
                "别名(`*name`)引用的锚点未在它之前定义".into(),
            ),
            K::ComplexKey => yaml(
                "a mapping or sequence cannot be a key".into(),
                "映射或序列不能作为键".into(),
            ),
            K::YamlTab => yaml(
                "a tab where YAML allows only spaces".into(),
                "此处只能使用空格,不能使用制表符".into(),
            ),
            K::YamlIndentation => yaml("wrong indentation".into(), "缩进不正确".into()),
            K::YamlFlow => yaml(
                "a `[…]` or `{…}` collection is not closed, or an item lacks its `,`".into(),
                "`[…]` 或 `{…}` 未闭合,或项之间缺少 `,`".into(),
            ),
            K::YamlQuoted => yaml(
                "a quoted string is not closed or holds an invalid escape".into(),
                "带引号的字符串未闭合或含有无效的转义".into(),
            ),
            K::YamlKey => yaml(
                "a `key: value` pair or a `:` where none can stand".into(),
                "此处不能出现键值对或 `:`".into(),
            ),
            K::YamlUnexpectedEnd => yaml("the text ends too early".into(), "文本提前结束".into()),
            K::YamlTagOrDirective => yaml(
                "a malformed tag (`!…`) or directive (`%…`)".into(),
                "标签(`!…`)或指令(`%…`)格式不正确".into(),
            ),
            K::YamlAnchor => yaml(
                "a malformed anchor (`&…`) or alias (`*…`)".into(),
                "锚点(`&…`)或别名(`*…`)格式不正确".into(),
            ),
            K::YamlCharacter => yaml(
                "a character YAML does not allow here (a control character or a byte order mark)".into(),
                "此处含有 YAML 不允许的字符(控制字符或字节顺序标记)".into(),
            ),
            K::YamlOther(text) => yaml(text.to_string(), "无法解析此处的内容".into()),
        }
    }

    /// How to fix it, in `lang`, where there is more to say than the message.
    pub fn help(&self, lang: Lang) -> Option<String> {
        use SyntaxErrorKind as K;
        let (en, zh) = match &self.kind {
            K::Exceeded(e) => return Some(super::exceeded::words(e, lang).1).filter(|h| !h.is_empty()),
            K::InvalidUtf8 => ("save the file as UTF-8".into(), "请以 UTF-8 编码保存文件".into()),
            K::UnexpectedEnd => (
                "close every open string, `[` and `{`".into(),
                "请检查字符串、`[` 与 `{` 是否都已闭合".into(),
            ),
            K::TrailingComma(_) => ("remove the comma".into(), "请删除这个逗号".into()),
            K::Comment => (
                "remove the comment (YAML input may carry `#` comments)".into(),
                "请删除注释(YAML 输入可以使用 `#` 注释)".into(),
            ),
            K::SingleQuotedString => (
                "write `\"…\"` instead of `'…'`".into(),
                "请将 `'…'` 改为 `\"…\"`".into(),
            ),
            K::UnquotedKey => (
                "write `\"name\": …` rather than `name: …`".into(),
                "请写成 `\"name\": …` 而不是 `name: …`".into(),
            ),
            K::MissingComma(_) => (
                "is a comma missing between two items?".into(),
                "两项之间是否缺少逗号?".into(),
            ),
            K::InvalidEscape(_) => (
                "the escapes are `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX`; a backslash itself is written `\\\\`".into(),
                "合法的转义为 `\\\"`、`\\\\`、`\\/`、`\\b`、`\\f`、`\\n`、`\\r`、`\\t` 与 `\\uXXXX`;反斜杠本身应写作 `\\\\`".into(),
            ),
            K::LoneSurrogate => (
                "a character above `U+FFFF` is escaped as a pair, e.g. `\\ud83d\\ude00`, or written as itself".into(),
                "码位大于 `U+FFFF` 的字符应转义为一对代理项,例如 `\\ud83d\\ude00`,或直接写出该字符".into(),
            ),
            K::LeadingZero => (
                "remove the leading zeros; JSON has no octal numbers, so a file mode such as `0644` is written in decimal: `420`".into(),
                "请去掉前导零;JSON 没有八进制数,文件权限如 `0644` 应写为十进制的 `420`".into(),
            ),
            K::LeadingPlus => ("remove the `+`".into(), "请删除 `+`".into()),
            K::HexNumber => ("write the number in decimal".into(), "请改写为十进制数".into()),
            K::InvalidNumber => (
                "a number is written like `-12`, `0.5` or `1e3`: digits on both sides of `.` and after `e`".into(),
                "数字应形如 `-12`、`0.5` 或 `1e3`:`.` 的两侧与 `e` 之后都须有数字".into(),
            ),
            K::BareWord(w) => (
                format!("text needs double quotes (`\"{w}\"`); the literals are `true`, `false` and `null`, in lower case"),
                format!("文本须加双引号(`\"{w}\"`);字面量只有小写的 `true`、`false` 与 `null`"),
            ),
            K::ControlCharacter(_) => (
                "escape it: a line break as `\\n`, a tab as `\\t`, others as `\\u00XX`".into(),
                "请转义:换行写作 `\\n`,制表符写作 `\\t`,其他写作 `\\u00XX`".into(),
            ),
            K::TrailingContent => (
                "a request body is a single JSON value; remove what follows it".into(),
                "请求体只能是一个 JSON 值;请删除其后的内容".into(),
            ),
            K::UnknownAnchor => (
                "define the anchor with `&name` before the alias".into(),
                "请先用 `&name` 定义锚点,再使用别名".into(),
            ),
            K::YamlTab => ("indent with spaces".into(), "请用空格缩进".into()),
            K::YamlIndentation => (
                "the entries of one mapping or list start in the same column".into(),
                "同一映射或列表的各项应从同一列开始".into(),
            ),
            K::YamlKey => (
                "check the colons and the indentation".into(),
                "请检查冒号与缩进".into(),
            ),
            _ => return None,
        };
        Some(if lang == Lang::Zh { zh } else { en })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::{Limit, Limits};
    use SyntaxErrorKind as K;

    fn every_kind() -> Vec<SyntaxErrorKind> {
        vec![
            K::Empty,
            K::InvalidUtf8,
            K::Exceeded(Exceeded::new(Limit::Depth, Limits::DEFAULT.depth, "/0".into())),
            K::UnexpectedEnd,
            K::UnexpectedChar('}'),
            K::UnexpectedChar('\u{a0}'),
            K::UnexpectedChar('\u{feff}'),
            K::ControlCharacter('\u{1f}'),
            K::TrailingComma('}'),
            K::TrailingComma(']'),
            K::Comment,
            K::SingleQuotedString,
            K::UnquotedKey,
            K::MissingColon,
            K::MissingComma(']'),
            K::MissingComma('}'),
            K::InvalidEscape('x'),
            K::InvalidUnicodeEscape,
            K::LoneSurrogate,
            K::LeadingZero,
            K::LeadingPlus,
            K::HexNumber,
            K::NonFiniteNumber,
            K::InvalidNumber,
            K::BareWord("undefined".into()),
            K::ControlCharacter('\n'),
            K::TrailingContent,
            K::Exceeded(Exceeded::new(Limit::Aliases, Limits::DEFAULT.aliases, "/a".into())),
            K::UnknownAnchor,
            K::ComplexKey,
            K::YamlTab,
            K::YamlIndentation,
            K::YamlFlow,
            K::YamlQuoted,
            K::YamlKey,
            K::YamlUnexpectedEnd,
            K::YamlTagOrDirective,
            K::YamlAnchor,
            K::YamlCharacter,
            K::YamlOther("while scanning something, found something else".into()),
        ]
    }

    fn error(kind: SyntaxErrorKind) -> SyntaxError {
        SyntaxError {
            span: Span::new(0, 1),
            kind,
        }
    }

    /// The longest run of ASCII letters outside backticks, leaving out the
    /// names of formats and encodings (`JSON`, `YAML`, `UTF`).
    fn longest_english_run(text: &str) -> usize {
        let mut outside = String::new();
        for (i, part) in text.split('`').enumerate() {
            if i % 2 == 0 {
                outside.push_str(part);
                outside.push(' ');
            }
        }
        for name in ["JSON", "YAML", "UTF"] {
            outside = outside.replace(name, " ");
        }
        outside
            .split(|c: char| !c.is_ascii_alphabetic())
            .map(str::len)
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn every_kind_is_worded_in_both_languages() {
        for kind in every_kind() {
            let e = error(kind.clone());
            let (en, zh) = (e.message(Lang::En), e.message(Lang::Zh));
            assert!(!en.is_empty() && !zh.is_empty() && en != zh, "{kind:?}");
            assert!(
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{kind:?}: {en}"
            );
            assert!(longest_english_run(&zh) < 3, "{kind:?}: {zh}");
            assert_eq!(e.help(Lang::En).is_some(), e.help(Lang::Zh).is_some(), "{kind:?}");
            if let Some(help) = e.help(Lang::Zh) {
                assert!(longest_english_run(&help) < 3, "{kind:?}: {help}");
            }
        }
    }

    #[test]
    fn exact_wording() {
        let e = error(K::TrailingComma('}'));
        assert_eq!(e.message(Lang::En), "invalid JSON: a trailing comma before `}`");
        assert_eq!(e.message(Lang::Zh), "JSON 语法错误:`}` 前多了一个逗号");
        assert_eq!(e.help(Lang::Zh).as_deref(), Some("请删除这个逗号"));
        let e = error(K::Exceeded(Exceeded::new(Limit::Depth, 512, "/0".into())));
        assert_eq!(
            e.message(Lang::En),
            "the document nests deeper than 512 levels (the `depth` limit): it is not checked past this point"
        );
        assert_eq!(
            e.message(Lang::Zh),
            "文档嵌套超过 512 层(`depth` 上限),此处之后不再检查"
        );
        let e = error(K::ControlCharacter('\t'));
        assert_eq!(
            e.message(Lang::En),
            "invalid JSON: an unescaped control character (`U+0009`) in a string"
        );
        let e = error(K::UnexpectedChar('\u{a0}'));
        assert_eq!(e.message(Lang::Zh), "JSON 语法错误:此处不应出现 `U+00A0`");
        let e = error(K::BareWord("True".into()));
        assert_eq!(e.message(Lang::Zh), "JSON 语法错误:`True` 不是合法的值");
        // The scanner's own text reaches English output only.
        let e = error(K::YamlOther("did not find expected node content".into()));
        assert_eq!(e.message(Lang::En), "invalid YAML: did not find expected node content");
        assert_eq!(e.message(Lang::Zh), "YAML 语法错误:无法解析此处的内容");
    }

    #[test]
    fn the_check_for_english_in_chinese_text_catches_english() {
        assert_eq!(longest_english_run("JSON 语法错误:`}` 前多了一个逗号"), 0);
        assert_eq!(longest_english_run("`true` 或 `U+FEFF`,U+0009"), 1);
        assert_eq!(longest_english_run("YAML 语法错误:did not find"), 4);
    }
}
