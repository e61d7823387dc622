//! Hover: what the specs say about the field under the cursor, in the
//! configured language: its documentation, type, bounds, pattern, allowed
//! values, whether it is mandatory, and any dispute between Huawei's sources.

use super::convert;
use crate::api::Required;
use crate::diagnostics::bounds::{Bounds, Style, Unit};
use crate::query::{node_at, resolve, Resolved};
use crate::syntax::LineIndex;
use crate::{Kind, Lang};
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

/// `1–32`, `≥ 1`, `≤ 32`: the core's compact notation.
fn bounds(min: Option<f64>, max: Option<f64>) -> Option<String> {
    Bounds { min, max }.words(Lang::En, Style::Compact, Unit::NONE)
}

fn tr(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

fn code_list(values: &[&str]) -> String {
    values.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
}

/// The field described in Markdown.
pub fn describe(r: &Resolved, lang: Lang, docs_url: &str) -> String {
    let object = match (r.indices, r.object_spec()) {
        (1.., Some(element)) => element.name,
        _ => r.object.name,
    };
    let mut out = format!("**{}**: `{}` ({object})\n\n", r.name(), r.type_name());
    let doc = r.doc().get(lang);
    if !doc.is_empty() {
        out.push_str(doc);
        out.push_str("\n\n");
    }
    let mut facts: Vec<String> = Vec::new();
    let required = match r.required() {
        Required::Yes => tr(lang, "yes", "是"),
        Required::No => tr(lang, "no", "否"),
        Required::Disputed(_) => tr(lang, "disputed", "有分歧"),
    };
    facts.push(format!("{}: {required}", tr(lang, "mandatory", "必选")));
    if let Required::Disputed(d) = r.required() {
        facts.push(format!(
            "{}: {}",
            tr(lang, "whether it is mandatory", "是否必选"),
            d.note.get(lang)
        ));
    }
    if let Some(d) = r.presence_dispute() {
        facts.push(format!(
            "{}: {}",
            tr(lang, "not on this kind's own page", "本类型页面未列出该字段"),
            d.note.get(lang)
        ));
    }
    if let Some(b) = bounds(r.min(), r.max()) {
        let (label, unit) = match r.type_name() {
            "array" => (tr(lang, "items", "元素个数"), String::new()),
            "string" if r.num_spec().is_none() => (tr(lang, "length", "长度"), String::new()),
            _ => (
                tr(lang, "range", "取值范围"),
                r.num_spec()
                    .map(|n| n.unit.get(lang))
                    .filter(|u| !u.is_empty())
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default(),
            ),
        };
        facts.push(format!("{label}: {b}{unit}"));
    }
    if let Some(p) = r.pattern() {
        facts.push(format!(
            "{}: {} (`{}`)",
            tr(lang, "format", "格式"),
            p.desc.get(lang),
            p.regex
        ));
    }
    if !r.values().is_empty() {
        facts.push(format!(
            "{}: {}",
            tr(lang, "allowed values", "允许的值"),
            code_list(r.values())
        ));
    }
    for (v, d) in r.disputed_values() {
        facts.push(format!(
            "{} `{v}`: {}",
            tr(lang, "disputed value", "有分歧的值"),
            d.note.get(lang)
        ));
    }
    if let Some(code) = r.rule_code() {
        facts.push(format!(
            "{}: [`{code}`]({})",
            tr(lang, "rule", "规则"),
            crate::links::rule_url(docs_url, code)
        ));
    }
    for f in facts {
        out.push_str("- ");
        out.push_str(&f);
        out.push('\n');
    }
    out
}

/// The team policies that check a value, in Markdown (empty when none does).
fn policies(checking: &[&crate::policy::Policy], lang: Lang) -> String {
    if checking.is_empty() {
        return String::new();
    }
    let mut out = String::from(tr(
        lang,
        "**Team policies** checking this value:\n",
        "**团队策略**(检查此值):\n",
    ));
    for p in checking {
        let message = match lang {
            Lang::En => &p.message.0,
            Lang::Zh => p.message.1.as_ref().unwrap_or(&p.message.0),
        };
        let source = crate::generate::policies::source(p);
        out.push_str(&format!("- `{}`: {message} ({source})\n", p.id));
    }
    out
}

/// The hover at byte `offset` of the document `root` (of `kind`) in `text`:
/// the field's documentation, then the team policies that check it.
#[allow(clippy::too_many_arguments)]
pub fn hover(
    text: &str,
    index: &LineIndex,
    root: &crate::syntax::Node,
    kind: Kind,
    offset: usize,
    lang: Lang,
    docs_url: &str,
    team: &[std::sync::Arc<crate::policy::Policy>],
) -> Option<Hover> {
    let at = node_at(root, offset)?;
    if at.place == crate::query::Place::Inside {
        return None;
    }
    let checking = policies(&crate::policy::checking(text, root, kind, &at.pointer, team), lang);
    let value = match (resolve(kind, &at.pointer), checking.is_empty()) {
        (Some(r), true) => describe(&r, lang, docs_url),
        (Some(r), false) => format!("{}\n---\n{checking}", describe(&r, lang, docs_url)),
        (None, false) => checking,
        (None, true) => return None,
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(convert::range(index, text, at.span)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_read_naturally() {
        assert_eq!(bounds(Some(1.0), Some(65535.0)).as_deref(), Some("1–65535"));
        assert_eq!(bounds(Some(0.01), None).as_deref(), Some("≥ 0.01"));
        assert_eq!(bounds(Some(1.0), Some(1.0)).as_deref(), Some("1"));
        assert_eq!(bounds(None, None), None);
    }

    #[test]
    fn a_field_in_both_languages() {
        let r = resolve(Kind::IefV3Create, "/deployment/template/configs/restart_policy").expect("known");
        let en = describe(&r, Lang::En, "https://h/d/");
        assert!(en.starts_with("**restart_policy**: `string` (PodConfigs)\n\n"), "{en}");
        assert!(en.contains("- mandatory: yes\n"), "{en}");
        assert!(
            en.contains("- allowed values: `Always`, `OnFailure`, `Never`\n"),
            "{en}"
        );
        let zh = describe(&r, Lang::Zh, "https://h/d/");
        assert!(
            zh.contains("- 必选: 是\n") && zh.contains("- 允许的值: `Always`"),
            "{zh}"
        );
    }
}
