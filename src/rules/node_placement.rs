//! `node-placement`: a v3 create deploys to a node group or to one node, not both and not neither.
//!
//! v3 create: group_id "与node_ids二选一" (IEF v3 CreateDeployments, table 3):
//! both is an error, neither is an error. Only group_id: Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188),
//! ief/v1 model Deployment and IEF v3 CreateDeployments (English), table 3
//! mark node_ids mandatory: `disputed-required` warning.
//! v2 create is not this rule's: IEF v2 CreateDeployment, table 3 marks
//! node_ids mandatory (是) and group_id optional and never says they exclude
//! each other, and no second source contradicts it for v2 (Huawei's reference
//! has no independent v2 source for the top level). So a v2 body without
//! node_ids is a `missing-field` error, with or without group_id, and a body
//! with both is what the page describes for node-group deployments.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};
use crate::registry::structural::DISPUTED_REQUIRED;

pub static META: RuleMeta = RuleMeta::new("node-placement", Category::Api)
    .summary(Msg::new("A deployment targets a node group (group_id) or one node (node_ids)", "应用部署指定节点组(group_id)或单个节点(node_ids)"))
    .explanation(Msg::new(
            "v3 create: \"应用部署到指定节点组,与node_ids二选一\" (IEF v3 CreateDeployments, table 3): giving both, or neither, is an error. With only group_id, Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Deployment and IEF v3 CreateDeployments (English), table 3 still mark node_ids mandatory, reported as `disputed-required`. v2 create is not checked here: IEF v2 CreateDeployment, table 3 marks node_ids mandatory and group_id optional without saying they exclude each other, and no second Huawei source contradicts it for v2, so a v2 body without node_ids is a `missing-field` error (with or without group_id) and a body with both follows the page.",
            "v3 创建:\"应用部署到指定节点组,与node_ids二选一\"(IEF v3 CreateDeployments 表3):两者都给或都不给均为错误。仅给出 group_id 时,华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Deployment 与 IEF v3 CreateDeployments (English) 表3 仍将 node_ids 标记为必选,以 `disputed-required` 报告。v2 创建不由本规则检查:IEF v2 CreateDeployment 表3 将 node_ids 标为必选、group_id 为可选,未说明二者互斥,且没有其他华为来源与之矛盾,因此缺少 node_ids 的 v2 请求体为 `missing-field` 错误(无论是否给出 group_id),两者都给则符合页面。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 3 (request body)"), Source::new(Doc::IefV2Create, "tables 3 and 4"), Source::new(Doc::GoSdk, "ief/v1 model Deployment"), Source::new(Doc::IefV3CreateEn, "table 3")]);

fn check(obj: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
    let group = targets_group(obj.node);
    let nodes = obj
        .node
        .member("node_ids")
        .filter(|m| !matches!(m.value.value, crate::syntax::Value::Null));
    match (group, nodes) {
        (true, Some(n)) => {
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    "both `group_id` and `node_ids` are given; deploy to a node group or to one node".into(),
                    "同时指定了 `group_id` 与 `node_ids`;只能部署到节点组或单个节点之一".into(),
                ),
                tr(lang, 
                    "remove `node_ids` to deploy to the group, or `group_id` to deploy to the node".into(),
                    "删除 `node_ids` 以部署到节点组,或删除 `group_id` 以部署到节点".into(),
                ),
            );
            let p = cx.ptr(obj, &[Seg::Key("node_ids")]);
            cx.emit(&META, p, n.key_span, &text, None);
        }
        (false, None) => {
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    "neither `node_ids` nor `group_id` is given: the deployment has no target".into(),
                    "既没有 `node_ids` 也没有 `group_id`:应用部署没有目标".into(),
                ),
                tr(lang, 
                    "add `node_ids` with one edge node ID, or `group_id`".into(),
                    "添加含一个边缘节点 ID 的 `node_ids`,或添加 `group_id`".into(),
                ),
            );
            let p = cx.ptr(obj, &[Seg::Key("node_ids")]);
            cx.emit(&META, p, obj.node.span.opening(), &text, None);
        }
        (true, None) => {
            let text = |lang: Lang| Text::pair(
                tr(lang, "`node_ids` is missing; Huawei's sources disagree on whether it is mandatory with `group_id`".into(), "缺少 `node_ids`;华为各来源对给出 `group_id` 时它是否必选说法不一".into()),
                tr(lang, 
                    "IEF v3 CreateDeployments, table 3 says group_id and node_ids are alternatives; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Deployment and IEF v3 CreateDeployments (English), table 3 mark node_ids mandatory".into(),
                    "IEF v3 CreateDeployments 表3 称 group_id 与 node_ids 二选一;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Deployment 与 IEF v3 CreateDeployments (English) 表3 将 node_ids 标为必选".into(),
                ),
            );
            let p = cx.ptr(obj, &[Seg::Key("node_ids")]);
            cx.emit(&DISPUTED_REQUIRED, p, obj.node.span.opening(), &text, None);
        }
        (false, Some(_)) => {}
    }
}

/// v3 create: on the body root.
/// The other rule whose findings it reports.
static ALSO: &[&RuleMeta] = &[&DISPUTED_REQUIRED];

pub struct RootRule;
impl super::Rule for RootRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        &[Kind::IefV3Create]
    }
    fn also(&self) -> &'static [&'static RuleMeta] {
        ALSO
    }
    fn role(&self) -> Role {
        Role::Root
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        check(v, cx)
    }
}

