//! Findings about the document as a whole: bytes that are not UTF-8, text
//! that does not parse, a body that is not an object, a kind that cannot be
//! recognised or is ambiguous. (A limit crossed is `limit-exceeded`, in
//! `limit_exceeded.rs`.)
//!
//! The front end (`lint`) detects these; their words, in English and
//! Chinese, are here, each fact a type of its own.

use crate::diagnostics::{tr, Lang, Text, Words};
use crate::kind::Kind;
use crate::registry::structural as st;
use crate::sink::Sink;
use crate::syntax::{Node, Span, SyntaxError};

/// The bytes are not UTF-8.
pub struct NotUtf8 {
    /// Offset of the first invalid byte.
    pub at: usize,
}

impl Words for NotUtf8 {
    fn words(&self, lang: Lang) -> Text {
        let message = {
            let at = self.at;
            tr(
                lang,
                format!("the file is not valid UTF-8 (invalid byte at offset {at})"),
                format!("文件不是合法的 UTF-8(偏移 {at} 处字节非法)"),
            )
        };
        let help: Option<String> = {
            Some(tr(
                lang,
                "save the file as UTF-8".into(),
                "请以 UTF-8 编码保存文件".into(),
            ))
        };
        Text {
            message,
            help,
            fix: None,
            applicability: None,
        }
    }
}

/// Reports bytes that are not UTF-8; `at` is the first bad byte.
pub fn not_utf8(sink: &mut Sink<'_>, at: usize) {
    sink.report(
        &st::PARSE_ERROR,
        String::new(),
        Span::new(at, at + 1),
        &NotUtf8 { at },
        None,
    );
}

struct Syntax<'e>(&'e SyntaxError);

impl Words for Syntax<'_> {
    fn words(&self, lang: Lang) -> Text {
        // The parser's facts are worded beside them, in src/syntax/error.rs.
        Text {
            message: self.0.message(lang),
            help: self.0.help(lang),
            fix: None,
            applicability: None,
        }
    }
}

/// Reports a document that does not parse, or one that crosses a limit
/// (`limit-exceeded`, at the pointer where it was crossed).
pub fn syntax_error(sink: &mut Sink<'_>, e: &SyntaxError) {
    if let crate::syntax::SyntaxErrorKind::Exceeded(x) = &e.kind {
        super::limit_exceeded::report(sink, x, e.span);
        return;
    }
    sink.report(&st::PARSE_ERROR, String::new(), e.span, &Syntax(e), None);
}

/// The request body is not an object.
struct NotAnObject {
    found: &'static str,
}

impl Words for NotAnObject {
    fn words(&self, lang: Lang) -> Text {
        let message = {
            let found = self.found;
            let zh = crate::diagnostics::facts::zh_type(found);
            tr(
                lang,
                format!("the request body must be an object, not {found}"),
                format!("请求体必须是对象,而不是{zh}"),
            )
        };
        Text::new(message)
    }
}

/// Reports a body that is not a JSON object.
pub fn not_an_object(sink: &mut Sink<'_>, root: &Node) {
    let found = root.json_type().name();
    sink.report(
        &st::INVALID_TYPE,
        String::new(),
        root.span,
        &NotAnObject { found },
        None,
    );
}

/// The body is valid as several kinds.
struct Ambiguous<'k> {
    kinds: &'k [Kind],
}

impl Words for Ambiguous<'_> {
    fn words(&self, lang: Lang) -> Text {
        let message = {
            let names: Vec<_> = self.kinds.iter().map(|k| format!("`{}`", k.name())).collect();
            tr(
                lang,
                format!("this body is valid as more than one kind: {}", names.join(", ")),
                format!("该请求体同时符合多种类型:{}", names.join("、")),
            )
        };
        let help: Option<String> = {
            Some(tr(
                lang,
                "pass --kind to choose one".into(),
                "请使用 `--kind` 指定类型".into(),
            ))
        };
        Text {
            message,
            help,
            fix: None,
            applicability: None,
        }
    }
}

/// Reports a body that is valid as several kinds.
pub fn ambiguous(sink: &mut Sink<'_>, root: &Node, kinds: &[Kind]) {
    sink.report(
        &st::AMBIGUOUS_KIND,
        String::new(),
        root.span.opening(),
        &Ambiguous { kinds },
        None,
    );
}

/// The body is none of the kinds.
struct Unknown;

impl Words for Unknown {
    fn words(&self, lang: Lang) -> Text {
        let message = {
            tr(
                lang,
                "this body matches none of the request kinds".into(),
                "该请求体不符合任何一种请求类型".into(),
            )
        };
        let help: Option<String> = {
            let names: Vec<_> = Kind::ALL.iter().map(|k| format!("`{}`", k.name())).collect();
            Some(tr(
                lang,
                format!("pass --kind with one of: {}", names.join(", ")),
                format!("请使用 `--kind` 指定:{}", names.join("、")),
            ))
        };
        Text {
            message,
            help,
            fix: None,
            applicability: None,
        }
    }
}

/// Reports a body whose kind cannot be recognised.
pub fn unknown(sink: &mut Sink<'_>, root: &Node) {
    sink.report(&st::UNKNOWN_KIND, String::new(), root.span.opening(), &Unknown, None);
}
