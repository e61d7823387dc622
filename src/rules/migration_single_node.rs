//! `migration-single-node`: `migration` is not set where there is no node to migrate to.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("migration-single-node", Category::BestPractice)
    .warning()
    .summary(Msg::new(
        "`migration` is not enabled for a deployment to a single node",
        "部署到单个节点时不启用 `migration`",
    ))
    .explanation(Msg::new(
        "`migration` says whether instances move to another node of the node group when theirs fails; the pages say it is used in node groups only (IEF v2 UpdateDeployment, table 4: \"仅在节点组中使用该功能\"). A create body that deploys to one node (`node_ids`, no `group_id`) with `migration: true` is accepted, but nothing will migrate: the author expects failover that does not exist. Deploy to a node group, or remove `migration`. `toleration_seconds` on a single node is reported as information by `toleration-node-group`.",
        "`migration` 表示节点故障时实例是否迁移到节点组中的其他节点;页面说明该功能仅在节点组中使用(IEF v2 UpdateDeployment 表4:\"仅在节点组中使用该功能\")。部署到单个节点(`node_ids`,无 `group_id`)的创建请求体设置 `migration: true` 会被接受,但不会发生任何迁移:作者期望的故障转移并不存在。请部署到节点组,或删除 `migration`。单个节点上的 `toleration_seconds` 由 `toleration-node-group` 以提示报告。",
    ))
    .sources(&[
        Source::new(Doc::IefV2Update, "table 4"),
        Source::new(Doc::IefV3Create, "table 7 (PodConfigs)"),
    ]);

/// Whether a create body (or v2 deployment object) deploys to nodes and not to a group.
fn single_node(n: &Node) -> bool {
    !targets_group(n)
        && n.get("node_ids")
            .and_then(Node::elements)
            .is_some_and(|e| !e.is_empty())
}

fn report(cx: &mut Ctx<'_, '_, '_>, pointer: String, flag: &Node) {
    let text = |lang: Lang| {
        Text::pair(
            tr(
                lang,
                "`migration` is true but the body deploys to a single node: there is nowhere to migrate to".into(),
                "`migration` 为 true,但请求体部署到单个节点:无处可迁移".into(),
            ),
            tr(
                lang,
                "deploy to a node group with `group_id`, or remove `migration`".into(),
                "使用 `group_id` 部署到节点组,或删除 `migration`".into(),
            ),
        )
    };
    cx.emit(&META, pointer, flag.span, &text, None);
}

/// The field: `configs.migration` in v3, `app.migration` in v2.
const KEY: &str = "migration";

/// One detection for v2 and v3: on nodes only, `migration` true.
fn check(v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
    if !single_node(v.node) {
        return;
    }
    let Some((configs, p)) = pod_configs(cx, v, KEY) else {
        return;
    };
    if let Some(flag) = configs.get(KEY).filter(|f| f.as_bool() == Some(true)) {
        report(cx, p, flag);
    }
}

/// v3 create.
pub struct RootRule;

impl super::Rule for RootRule {
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
        check(v, cx);
    }
}

/// v2 create.
pub struct V2Rule;

impl super::Rule for V2Rule {
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
        check(v, cx);
    }
}
