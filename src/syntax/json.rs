//! Strict JSON → [`Node`] via `jsonc-parser`, with every leniency turned off.
//!
//! jsonc-parser keeps byte ranges for every value and key, keeps duplicate
//! keys, and caps nesting at 512 (so a 30,000-deep document is an error, not
//! a stack overflow). Its defaults accept comments, trailing commas, single
//! quotes and more; request bodies are strict JSON, so all of that is off.

use super::{Member, Node, Span, SyntaxError, SyntaxErrorKind, Value};
use jsonc_parser::ast;
use jsonc_parser::common::Ranged;
use jsonc_parser::errors::ParseErrorKind;
use jsonc_parser::{CollectOptions, CommentCollectionStrategy, ParseOptions};

fn strict() -> ParseOptions {
    ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

pub(super) fn parse(text: &str) -> Result<Node, SyntaxError> {
    // A UTF-8 byte order mark is tolerated, as serde_json and most APIs do not:
    // ranges stay byte offsets into the original text.
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    let collect = CollectOptions {
        comments: CommentCollectionStrategy::Off,
        tokens: false,
    };
    let result = jsonc_parser::parse_to_ast(body, &collect, &strict()).map_err(|e| {
        let r = e.range();
        let kind = match e.kind() {
            ParseErrorKind::NestingDepthExceeded => SyntaxErrorKind::TooDeep,
            _ => SyntaxErrorKind::Invalid,
        };
        SyntaxError {
            span: Span::new(r.start + bom, r.end.max(r.start) + bom),
            detail: e.kind().to_string(),
            kind,
        }
    })?;
    match result.value {
        Some(v) => Ok(convert(v, bom)),
        None => Err(SyntaxError {
            span: Span::new(bom, bom),
            detail: "the document holds no JSON value".into(),
            kind: SyntaxErrorKind::Empty,
        }),
    }
}

fn span(r: jsonc_parser::common::Range, off: usize) -> Span {
    Span::new(r.start + off, r.end + off)
}

/// Converts the AST. Recursion depth is bounded by the parser's nesting cap.
fn convert(v: ast::Value<'_>, off: usize) -> Node {
    match v {
        ast::Value::StringLit(s) => Node {
            span: span(s.range, off),
            value: Value::String(s.value.into_owned().into_boxed_str()),
        },
        ast::Value::NumberLit(n) => Node {
            span: span(n.range, off),
            value: Value::Number(n.value.into()),
        },
        ast::Value::BooleanLit(b) => Node {
            span: span(b.range, off),
            value: Value::Bool(b.value),
        },
        ast::Value::NullKeyword(n) => Node {
            span: span(n.range, off),
            value: Value::Null,
        },
        ast::Value::Array(a) => Node {
            span: span(a.range, off),
            value: Value::Array(a.elements.into_iter().map(|e| convert(e, off)).collect()),
        },
        ast::Value::Object(o) => Node {
            span: span(o.range, off),
            value: Value::Object(
                o.properties
                    .into_iter()
                    .map(|p| {
                        let key_span = span(p.name.range(), off);
                        Member {
                            key: p.name.into_string().into_boxed_str(),
                            key_span,
                            value: convert(p.value, off),
                        }
                    })
                    .collect(),
            ),
        },
    }
}
