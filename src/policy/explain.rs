//! What the schema said, in plain words (English and Chinese), from the
//! validator's error kinds: the pattern not matched, the bound crossed, the
//! missing property, the values allowed. A finding's help starts with these.

use jsonschema::error::{TypeKind, ValidationErrorKind as K};
use jsonschema::ValidationError;
use serde_json::Value;

/// One thing the schema said about an instance, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    /// In English.
    pub en: String,
    /// In Chinese.
    pub zh: String,
    /// Whether it is about a missing property (the finding then points at the object's opening).
    pub missing: bool,
}

/// A value as the help quotes it: JSON, at most 120 characters.
fn shown(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() <= 120 {
        return s;
    }
    let cut: String = s.chars().take(117).collect();
    format!("{cut}...")
}

fn list(v: &Value) -> String {
    match v {
        Value::Array(items) => items
            .iter()
            .map(|i| format!("`{}`", shown(i)))
            .collect::<Vec<_>>()
            .join(", "),
        other => format!("`{}`", shown(other)),
    }
}

fn names(items: &[String]) -> String {
    items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}

fn ty(kind: &TypeKind) -> String {
    match kind {
        TypeKind::Single(t) => t.to_string(),
        TypeKind::Multiple(ts) => ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" or "),
    }
}

/// The detail of one validation error.
pub fn detail(err: &ValidationError<'_>) -> Detail {
    // The instance as JSON only for the words that quote it (it is built on demand).
    let quotes = !matches!(
        err.kind(),
        K::Required { .. }
            | K::MinItems { .. }
            | K::MaxItems { .. }
            | K::MinProperties { .. }
            | K::MaxProperties { .. }
            | K::AdditionalProperties { .. }
            | K::UniqueItems
            | K::Contains
            | K::FalseSchema
    );
    let v = if quotes { shown(err.instance()) } else { String::new() };
    let d = |en: String, zh: String| Detail { en, zh, missing: false };
    match err.kind() {
        K::Pattern { pattern } => d(
            format!("{v} does not match the pattern `{pattern}`"),
            format!("{v} 不匹配模式 `{pattern}`"),
        ),
        K::Required { property } => {
            let p = property.as_str().map_or_else(|| property.to_string(), str::to_string);
            Detail {
                en: format!("the property `{p}` is missing"),
                zh: format!("缺少属性 `{p}`"),
                missing: true,
            }
        }
        K::Minimum { limit } => d(
            format!("{v} is below the minimum {limit}"),
            format!("{v} 小于最小值 {limit}"),
        ),
        K::Maximum { limit } => d(
            format!("{v} is above the maximum {limit}"),
            format!("{v} 大于最大值 {limit}"),
        ),
        K::ExclusiveMinimum { limit } => d(format!("{v} is not above {limit}"), format!("{v} 未大于 {limit}")),
        K::ExclusiveMaximum { limit } => d(format!("{v} is not below {limit}"), format!("{v} 未小于 {limit}")),
        K::MinLength { limit } => d(
            format!("{v} is shorter than {limit} characters"),
            format!("{v} 短于 {limit} 个字符"),
        ),
        K::MaxLength { limit } => d(
            format!("{v} is longer than {limit} characters"),
            format!("{v} 长于 {limit} 个字符"),
        ),
        K::MinItems { limit } => d(format!("fewer than {limit} items"), format!("少于 {limit} 项")),
        K::MaxItems { limit } => d(format!("more than {limit} items"), format!("多于 {limit} 项")),
        K::MinProperties { limit } => d(format!("fewer than {limit} properties"), format!("少于 {limit} 个属性")),
        K::MaxProperties { limit } => d(format!("more than {limit} properties"), format!("多于 {limit} 个属性")),
        K::Enum { options } => d(
            format!("{v} is not one of {}", list(options)),
            format!("{v} 不是 {} 之一", list(options)),
        ),
        K::Constant { expected_value } => d(
            format!("{v} is not `{}`", shown(expected_value)),
            format!("{v} 不是 `{}`", shown(expected_value)),
        ),
        K::Type { kind } => d(
            format!("{v} is not of type {}", ty(kind)),
            format!("{v} 的类型不是 {}", ty(kind)),
        ),
        K::AdditionalProperties { unexpected } => d(
            format!("the properties {} are not allowed", names(unexpected)),
            format!("不允许属性 {}", names(unexpected)),
        ),
        K::MultipleOf { multiple_of } => d(
            format!("{v} is not a multiple of {multiple_of}"),
            format!("{v} 不是 {multiple_of} 的倍数"),
        ),
        K::UniqueItems => d("the items are not unique".into(), "各项不唯一".into()),
        K::Contains => d(
            "no item matches the `contains` schema".into(),
            "没有任何一项符合 `contains` 的 JSON Schema".into(),
        ),
        K::FalseSchema => d("nothing is allowed here".into(), "此处不允许任何值".into()),
        _ => {
            let words = err.to_string();
            d(
                words.clone(),
                format!("不符合 JSON Schema(校验器原文:`{}`)", words.replace('`', "'")),
            )
        }
    }
}
