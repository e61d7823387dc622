//! `node-placement`: deploy to a node group or to one node, not both and not neither.
//!
//! v3 create: group_id "与node_ids二选一" (IEF v3 CreateDeployments, table 3):
//! both is an error, neither is an error. Only group_id: Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188),
//! ief/v1 model Deployment and IEF v3 CreateDeployments (English), table 3
//! mark node_ids mandatory: `disputed-required` warning.
//! v2 create: IEF v2 CreateDeployment, table 3 marks node_ids mandatory and group_id optional, and
//! never says they exclude each other, while the same page's migration and
//! toleration texts describe node-group deployments: neither is an error,
//! only group_id is `disputed-required`, both is a warning.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::registry::{structural::DISPUTED_REQUIRED, Doc, Source};

pub static META: RuleMeta = RuleMeta::new("node-placement", Category::Api)
    .summary(Msg::new("A deployment targets a node group (group_id) or one node (node_ids)", "应用部署指定节点组(group_id)或单个节点(node_ids)"))
    .explanation(Msg::new(
            "v3 create: \"应用部署到指定节点组,与node_ids二选一\" (IEF v3 CreateDeployments, table 3): giving both, or neither, is an error. With only group_id, Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Deployment and IEF v3 CreateDeployments (English), table 3 still mark node_ids mandatory, reported as `disputed-required`. v2 create: IEF v2 CreateDeployment, table 3 marks node_ids mandatory and group_id optional without saying they exclude each other, while its migration and toleration texts describe node-group deployments: neither is an error, group_id alone is `disputed-required`, both is a warning.",
            "v3 创建:\"应用部署到指定节点组,与node_ids二选一\"(IEF v3 CreateDeployments 表3):两者都给或都不给均为错误。仅给出 group_id 时,华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Deployment 与 IEF v3 CreateDeployments (English) 表3 仍将 node_ids 标记为必选,以 `disputed-required` 报告。v2 创建:IEF v2 CreateDeployment 表3 将 node_ids 标为必选、group_id 为可选,未说明二者互斥,而同一页面的 migration 与 toleration 说明描述了节点组部署:两者都不给为错误,仅给 group_id 为 `disputed-required`,两者都给为警告。",
        ))
    .variants(&[V2_BOTH])
    .sources(&[Source::new(Doc::IefV3Create, "table 3 (request body)"), Source::new(Doc::IefV2Create, "tables 3 and 4"), Source::new(Doc::GoSdk, "ief/v1 model Deployment"), Source::new(Doc::IefV3CreateEn, "table 3")]);

/// v2 create with both `group_id` and `node_ids`: the page never says they
/// exclude each other.
const V2_BOTH: Variant = Variant::new(
    "v2-both",
    Severity::Warning,
    Msg::new(
        "a v2 create body with both `group_id` and `node_ids`",
        "v2 创建请求体同时给出 `group_id` 与 `node_ids`",
    ),
);

fn check(obj: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>, v2: bool) {
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
            if v2 {
                cx.emit_variant(&META, &V2_BOTH, p, n.key_span, &text, None);
            } else {
                cx.emit(&META, p, n.key_span, &text, None);
            }
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
                    if v2 { "IEF v2 CreateDeployment, table 3 marks node_ids mandatory, but the same page's migration/toleration texts (table 4) describe group-only deployments".into() } else { "IEF v3 CreateDeployments, table 3 says group_id and node_ids are alternatives; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Deployment and IEF v3 CreateDeployments (English), table 3 mark node_ids mandatory".into() },
                    if v2 { "IEF v2 CreateDeployment 表3 将 node_ids 标为必选,但同一页面的 migration/toleration 说明(表4)描述了仅指定节点组的部署".into() } else { "IEF v3 CreateDeployments 表3 称 group_id 与 node_ids 二选一;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Deployment 与 IEF v3 CreateDeployments (English) 表3 将 node_ids 标为必选".into() },
                ),
            );
            let p = cx.ptr(obj, &[Seg::Key("node_ids")]);
            cx.emit(&DISPUTED_REQUIRED, p, obj.node.span.opening(), &text, None);
        }
        (false, Some(_)) => {}
    }
}

/// v3 create: on the body root.
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
        check(v, cx, false)
    }
}

/// v2 create: on the deployment object.
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
        check(v, cx, true)
    }
}
