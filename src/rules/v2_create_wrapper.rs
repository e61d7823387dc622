//! `v2-create-wrapper`: a v2 create body whose fields stand at the top level.
//!
//! IEF v2 CreateDeployment, table 3 lists name, node_ids, app, ... as top-level request
//! parameters, while its request example (and Huawei's live page) wraps
//! them in `{"deployment": {...}}`. The wrapped form is validated as the
//! canonical one; a flat body is accepted with this warning and checked as
//! if it were wrapped.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

/// The rule.
pub static META: RuleMeta = RuleMeta::new("v2-create-wrapper", Category::Disputed)
    .warning()
    .summary(Msg::new("A v2 create body wraps its fields in `deployment`", "v2 创建请求体应将字段包在 `deployment` 中"))
    .explanation(Msg::new(
            "IEF v2 CreateDeployment, table 3 lists name, description, node_ids, app, group_id and visibility as top-level body parameters, but the same page's request example (also on Huawei's published page ief_02_0054) wraps them in `{\"deployment\": {...}}`. The wrapped form is treated as canonical; a flat body is validated as if wrapped and gets this warning, since the sources contradict each other.",
            "IEF v2 CreateDeployment 表3 将 name、description、node_ids、app、group_id、visibility 列为请求体顶层参数,但同一页面的请求示例(华为发布的页面 ief_02_0054 亦同)将它们包在 `{\"deployment\": {...}}` 中。以包装形式为准;扁平请求体按包装形式校验并给出此警告,因为两处说法矛盾。",
        ))
    .sources(&[Source::new(Doc::IefV2Create, "table 3 and request example")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        &[Kind::IefV2Create]
    }
    fn role(&self) -> Role {
        Role::V2Deployment
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        // The flat body is walked as the `deployment` object at the root.
        if !std::ptr::eq(v.node, cx.root) {
            return;
        }
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    "the v2 create fields stand at the top level; the page's example wraps them in `deployment`".into(),
                    "v2 创建的字段位于顶层;页面示例将其包在 `deployment` 中".into(),
                ),
                tr(
                    lang,
                    "IEF v2 CreateDeployment, table 3 lists them at the top level, its request example wraps them as {\"deployment\": {...}}; wrap them to match the example".into(),
                    "IEF v2 CreateDeployment 表3 将其列在顶层,请求示例则写作 {\"deployment\": {...}};建议按示例包装".into(),
                ),
            )
        };
        cx.emit(&META, String::new(), cx.root.span.opening(), &text, None);
    }
}
