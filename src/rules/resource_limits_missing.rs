//! `resource-limits-missing`: containers have cpu and memory limits.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("resource-limits-missing", Category::BestPractice)
    .warning()
    .summary(Msg::new("Containers have cpu and memory limits", "容器设置 cpu 与 memory 上限"))
    .explanation(Msg::new(
        "Without `resources.limits` for `cpu` and `memory` a container may take the whole edge node: a leak or a busy loop starves every other workload on it, and the node's own agents with them. Edge nodes are small, so set both limits to what the workload may use at most. The pages make `resources` optional, so this is a warning. Init containers are checked too (they run on the same node); a v2 update body may leave the current resources in place, so it is not checked.",
        "未在 `resources.limits` 中为 `cpu` 与 `memory` 设置上限时,容器可能占满整个边缘节点:内存泄漏或忙循环会饿死节点上的其他工作负载,连同节点自身的代理进程。边缘节点资源有限,请将两个上限设为工作负载最多可用的量。页面将 `resources` 列为可选,因此为警告。init 容器同样检查(它们运行在同一节点);v2 更新请求体可能保留当前资源配置,因此不检查。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 23 (DeploymentResources)"),
        Source::new(Doc::IefV3Update, "table 14 (ResQuest)"),
        Source::new(Doc::IefV2Create, "table 12"),
    ]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        container_missing::KINDS
    }
    fn role(&self) -> Role {
        Role::Container
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(m) = container_missing::missing_quantities(v, cx, "limits") else {
            return;
        };
        let text = |lang: Lang| {
            let (who, keys) = (m.container.get(lang), m.keys(lang));
            Text::pair(
                tr(
                    lang,
                    format!("{who} has no {keys} limit: it may take the whole node"),
                    format!("{who}未设置 {keys} 上限:可能占满整个节点"),
                ),
                tr(
                    lang,
                    format!("set `resources.limits` for {keys} to what the workload may use at most"),
                    format!("在 `resources.limits` 中为 {keys} 设置工作负载最多可用的量"),
                ),
            )
        };
        cx.emit(&META, m.pointer.clone(), m.span, &text, None);
    }
}
