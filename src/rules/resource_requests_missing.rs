//! `resource-requests-missing`: containers request the cpu and memory they need.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("resource-requests-missing", Category::BestPractice)
    .warning()
    .summary(Msg::new("Containers request the cpu and memory they need", "容器申请所需的 cpu 与 memory"))
    .explanation(Msg::new(
        "`resources.requests` is what the scheduler reserves for a container on its node. With no request (and no limit) for `cpu` or `memory` it reserves nothing: the container is placed on nodes that cannot run it and is the first evicted when memory runs short; with only a limit, Kubernetes (which IEF runs) reserves the whole limit, which wastes the node. A zero request is not allowed by the API (see `resource-quantity`), so this checks that both are requested. Set the requests to what the workload needs to run. The pages make `resources` optional, so this is a warning; a v2 update body may leave the current resources in place, so it is not checked.",
        "`resources.requests` 是调度器在节点上为容器预留的资源。`cpu` 或 `memory` 既无申请量(也无上限)时不预留任何资源:容器会被调度到运行不了它的节点,内存紧张时最先被驱逐;只有上限时,IEF 所基于的 Kubernetes 会按整个上限预留,浪费节点资源。API 不允许申请量为 0(见 `resource-quantity`),因此本规则检查两者是否都已申请。请将申请量设为工作负载运行所需的量。页面将 `resources` 列为可选,因此为警告;v2 更新请求体可能保留当前资源配置,因此不检查。",
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
        let Some(m) = container_missing::missing_quantities(v, cx, "requests") else {
            return;
        };
        let text = |lang: Lang| {
            let (who, keys) = (m.container.get(lang), m.keys(lang));
            Text::pair(
                tr(
                    lang,
                    format!("{who} requests no {keys}: the scheduler reserves nothing for it, or its whole limit"),
                    format!("{who}未申请 {keys}:调度器不为其预留资源,或按整个上限预留"),
                ),
                tr(
                    lang,
                    format!("set `resources.requests` for {keys} to what the workload needs to run"),
                    format!("在 `resources.requests` 中为 {keys} 设置工作负载运行所需的量"),
                ),
            )
        };
        cx.emit(&META, m.pointer.clone(), m.span, &text, None);
    }
}
