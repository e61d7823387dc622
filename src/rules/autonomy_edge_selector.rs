//! `autonomy-edge-selector`: offline self-healing schedules on the deployment's own node group.
//!
//! IEF v3 CreateDeployments, table 34 (Annotations):
//! `autonomy_edge_selector` "离线自愈功能配置字段,须填写调度的节点组id" — the ID
//! of the node group the deployment is scheduled on. With `group_id` set
//! (table 3), a different ID names a group the deployment does not run on.
//! The page does not say the API rejects it, so this is a warning.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("autonomy-edge-selector", Category::Api)
    .warning()
    .fix(Applicability::Unsafe)
    .summary(Msg::new(
        "autonomy_edge_selector names the node group the deployment is scheduled on",
        "autonomy_edge_selector 填写部署所调度的节点组 ID",
    ))
    .explanation(Msg::new(
        "IEF v3 CreateDeployments, table 34 (Annotations): `deployment.annotations.autonomy_edge_selector` is \"离线自愈功能配置字段,须填写调度的节点组id\" (the offline self-healing setting; it must hold the ID of the node group scheduled on). When the body deploys to a node group (`group_id`, table 3), an `autonomy_edge_selector` naming another group points self-healing at a group the deployment does not run on. The page does not say the API rejects it, so this is a warning; the fix (offered, not applied by `--fix`) writes the `group_id`.",
        "IEF v3 CreateDeployments 表34(Annotations):`deployment.annotations.autonomy_edge_selector` 为\"离线自愈功能配置字段,须填写调度的节点组id\"。请求体部署到节点组(`group_id`,表3)时,若 `autonomy_edge_selector` 填写了另一个节点组,离线自愈会指向部署并未运行的节点组。页面未说明 API 会拒绝,因此为警告;修复(仅提供,`--fix` 不会自动应用)改为 `group_id` 的值。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 34 (Annotations)"),
        Source::new(Doc::IefV3Create, "table 3 (request body)"),
    ]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        &[Kind::IefV3Create]
    }
    fn role(&self) -> Role {
        Role::Root
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(group) = v.node.get("group_id").and_then(Node::as_str).filter(|g| !g.is_empty()) else {
            return;
        };
        let Some(selector) = v
            .node
            .get("deployment")
            .and_then(|d| d.get("annotations"))
            .and_then(|a| a.get("autonomy_edge_selector"))
        else {
            return;
        };
        let Some(named) = selector.as_str().filter(|s| *s != group) else {
            return;
        };
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    format!("`autonomy_edge_selector` is `{named}`, but the deployment is scheduled on node group `{group}`"),
                    format!("`autonomy_edge_selector` 为 `{named}`,但部署调度到节点组 `{group}`"),
                ),
                tr(
                    lang,
                    "write the deployment's own `group_id`".into(),
                    "请填写部署自身的 `group_id`".into(),
                ),
            )
            .fix(tr(lang, format!("use `{group}`"), format!("改为 `{group}`")))
        };
        let edit = crate::diagnostics::Edit {
            span: selector.span,
            replacement: crate::api::walk::requote(cx.text(), selector.span, group),
        };
        let p = cx.ptr(
            v,
            &[Seg::Key("deployment"), Seg::Key("annotations"), Seg::Key("autonomy_edge_selector")],
        );
        cx.emit(&META, p, selector.span, &text, Some(vec![edit]));
    }
}
