//! Completion: the fields that may still be added to the object at the
//! cursor (mandatory first), inserted as `key: ` in YAML or `"key": ` in
//! JSON with a placeholder of the field's type, and the values of
//! enumerated fields and booleans.
//!
//! Placeholders are snippets (`${1|Always,OnFailure,Never|}`) when the
//! editor supports them; otherwise the key alone is inserted, with the
//! opening of a nested object or array.
//!
//! In an empty document whose kind is known (it holds only comments, such
//! as the `# deploylint: kind=...` one, or a `[[kinds]]` glob matches it),
//! [`starter`] offers the kind's whole starter body ([`crate::skeleton`]),
//! as `deploylint new` prints it.

use super::context::{Context, Want};
use super::convert;
use super::hover::describe;
use super::workspace::Settings;
use crate::api::{Required, Ty};
use crate::query::{object_at, resolve, Resolved};
use crate::recognise::{recognise, Verdict};
use crate::syntax::{LineIndex, Span};
use crate::{InputFormat, Kind, Lang};
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Documentation, InsertTextFormat, MarkupContent, MarkupKind,
    TextEdit,
};

/// How a value of the field is started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Object,
    Array,
    Scalar,
}

fn shape(r: &Resolved) -> Shape {
    match r.ty {
        Ty::Object(_) | Ty::StrMap | Ty::Any => Shape::Object,
        Ty::Array(_) => Shape::Array,
        _ => Shape::Scalar,
    }
}

/// The snippet placeholder of a scalar value (without JSON quotes).
fn placeholder(r: &Resolved) -> String {
    let number = |r: &Resolved| {
        r.min().map(|m| {
            if m.fract() == 0.0 {
                format!("{}", m as i64)
            } else {
                format!("{m}")
            }
        })
    };
    match r.ty {
        Ty::Bool => "${1|true,false|}".into(),
        Ty::Str(_) if !r.values().is_empty() => format!("${{1|{}|}}", r.values().join(",")),
        Ty::Int(_) | Ty::Num(_) | Ty::NumStr(_) => format!("${{1:{}}}", number(r).unwrap_or_else(|| "0".into())),
        _ => "$1".into(),
    }
}

/// Whether a scalar value is written quoted in JSON.
fn json_string(r: &Resolved) -> bool {
    matches!(r.ty, Ty::Str(_) | Ty::NumStr(_))
}

/// The text inserted for the key `r` at `column`.
fn key_insert(format: InputFormat, r: &Resolved, column: usize, snippets: bool) -> String {
    let name = r.name();
    let below = " ".repeat(column + 2);
    match (format, shape(r), snippets) {
        (InputFormat::Yaml, Shape::Object, s) => format!("{name}:\n{below}{}", if s { "$0" } else { "" }),
        (InputFormat::Yaml, Shape::Array, s) => format!("{name}:\n{below}- {}", if s { "$0" } else { "" }),
        (InputFormat::Yaml, Shape::Scalar, false) => format!("{name}: "),
        (InputFormat::Yaml, Shape::Scalar, true) if matches!(r.ty, Ty::NumStr(_)) => {
            format!("{name}: \"{}\"", placeholder(r))
        }
        (InputFormat::Yaml, Shape::Scalar, true) => format!("{name}: {}", placeholder(r)),
        (InputFormat::Json, Shape::Object, s) => format!("\"{name}\": {{{}}}", if s { "$0" } else { "" }),
        (InputFormat::Json, Shape::Array, s) => format!("\"{name}\": [{}]", if s { "$0" } else { "" }),
        (InputFormat::Json, Shape::Scalar, false) => format!("\"{name}\": "),
        (InputFormat::Json, Shape::Scalar, true) if json_string(r) => format!("\"{name}\": \"{}\"", placeholder(r)),
        (InputFormat::Json, Shape::Scalar, true) => format!("\"{name}\": {}", placeholder(r)),
    }
}

fn markdown(value: String) -> Documentation {
    Documentation::MarkupContent(MarkupContent {
        kind: MarkupKind::Markdown,
        value,
    })
}

/// Whether `text` holds nothing but blank lines and, in YAML, comments.
fn is_empty(text: &str, format: InputFormat) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || (format == InputFormat::Yaml && l.starts_with('#'))
    })
}

/// The item "deploylint: new KIND body" when `text` is empty (see
/// [`is_empty`]): it inserts the starter body of `kind` at the cursor
/// (`offset`), on a new line after a comment the cursor is on, in YAML with
/// its comments in `lang`, in JSON without.
pub fn starter(
    text: &str,
    index: &LineIndex,
    format: InputFormat,
    offset: usize,
    kind: Kind,
    lang: Lang,
) -> Option<CompletionItem> {
    if !is_empty(text, format) {
        return None;
    }
    let before = text.get(..offset)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let body = match format {
        InputFormat::Yaml => crate::skeleton::yaml(kind, lang, false),
        InputFormat::Json => crate::skeleton::json(kind),
    };
    // On a comment: after it, on a new line; otherwise replacing what is before the cursor on its line.
    let (span, new_text) = if before[line_start..].trim_start().starts_with('#') {
        (
            Span {
                start: offset,
                end: offset,
            },
            format!("\n{body}"),
        )
    } else {
        (
            Span {
                start: line_start,
                end: offset,
            },
            body,
        )
    };
    let range = convert::range(index, text, span);
    let label = format!("deploylint: new {kind} body");
    Some(CompletionItem {
        detail: Some(kind.title().to_string()),
        kind: Some(CompletionItemKind::SNIPPET),
        filter_text: Some(label.clone()),
        label,
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, new_text))),
        insert_text_format: Some(InsertTextFormat::PLAIN_TEXT),
        ..CompletionItem::default()
    })
}

/// The completion items for `ctx` in `text`, a document of `kind`.
#[allow(clippy::too_many_arguments)]
pub fn items(
    text: &str,
    index: &LineIndex,
    format: InputFormat,
    ctx: &Context,
    kind: Kind,
    lang: Lang,
    docs_url: &str,
    snippets: bool,
) -> Vec<CompletionItem> {
    let range = convert::range(index, text, ctx.replace);
    let edit = |new_text: String| Some(CompletionTextEdit::Edit(TextEdit::new(range, new_text)));
    let quote = |s: &str| {
        if format == InputFormat::Json || ctx.quoted {
            format!("\"{s}\"")
        } else {
            s.to_string()
        }
    };
    match &ctx.want {
        Want::Key { object, present } => {
            let present: Vec<&str> = present.iter().map(String::as_str).collect();
            let Some(spec) = object_at(kind, object, &present) else {
                return Vec::new();
            };
            crate::query::allowed_fields(kind, object, &present)
                .into_iter()
                .enumerate()
                .map(|(i, f)| {
                    let r = Resolved::of(spec, f);
                    let required = match f.required {
                        Required::Yes => match lang {
                            Lang::En => ", mandatory",
                            Lang::Zh => ",必选",
                        },
                        _ => "",
                    };
                    CompletionItem {
                        label: f.name.to_string(),
                        kind: Some(CompletionItemKind::FIELD),
                        detail: Some(format!("{}{required}", r.type_name())),
                        documentation: Some(markdown(describe(&r, lang, docs_url))),
                        sort_text: Some(format!("{i:03}")),
                        filter_text: Some(quote(f.name)),
                        text_edit: edit(key_insert(format, &r, ctx.column, snippets)),
                        insert_text_format: Some(if snippets {
                            InsertTextFormat::SNIPPET
                        } else {
                            InsertTextFormat::PLAIN_TEXT
                        }),
                        ..CompletionItem::default()
                    }
                })
                .collect()
        }
        Want::Value { field } => {
            let Some(r) = resolve(kind, field) else {
                return Vec::new();
            };
            let mut values: Vec<(String, String, Option<String>)> =
                r.values().iter().map(|v| (v.to_string(), quote(v), None)).collect();
            values.extend(
                r.disputed_values()
                    .iter()
                    .map(|(v, d)| (v.to_string(), quote(v), Some(d.note.get(lang).to_string()))),
            );
            if matches!(r.ty, Ty::Bool) {
                values.extend(["true", "false"].map(|v| (v.to_string(), v.to_string(), None)));
            }
            values
                .into_iter()
                .enumerate()
                .map(|(i, (label, insert, dispute))| CompletionItem {
                    kind: Some(CompletionItemKind::ENUM_MEMBER),
                    detail: dispute.map(|note| match lang {
                        Lang::En => format!("disputed: {note}"),
                        Lang::Zh => format!("有分歧:{note}"),
                    }),
                    sort_text: Some(format!("{i:03}")),
                    filter_text: Some(insert.clone()),
                    text_edit: edit(insert),
                    label,
                    ..CompletionItem::default()
                })
                .collect()
        }
    }
}

/// For completion in a YAML text that does not parse: the verdict on the
/// text without the word being typed (`replace`), so that a bare `rest`
/// under `configs:` does not hide what the file is.
pub fn without_word(text: &str, replace: Span, settings: &Settings) -> Verdict {
    let mut repaired = String::with_capacity(text.len());
    repaired.push_str(&text[..replace.start.min(text.len())]);
    repaired.push_str(&text[replace.end.min(text.len())..]);
    recognise(
        &repaired,
        InputFormat::Yaml,
        settings.explicit,
        settings.forced,
        &settings.opts.limits,
    )
}
