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

/// The quantities every container should state.
const KEYS: [&str; 2] = ["cpu", "memory"];

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        // A v2 update changes what it carries: absent resources may stay as they are.
        &[Kind::IefV2Create, Kind::IefV3Create, Kind::IefV3Update]
    }
    fn role(&self) -> Role {
        Role::Container
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let resources = v.node.get("resources").filter(|r| r.members().is_some());
        let set = resources
            .and_then(|r| r.get("requests"))
            .filter(|l| l.members().is_some());
        let missing: Vec<&str> = KEYS
            .into_iter()
            .filter(|k| set.is_none_or(|l| present(l, &[k]).is_empty()))
            .collect();
        if missing.is_empty() {
            return;
        }
        let keys = missing.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>();
        let (keys, zh_keys) = (keys.join(" or "), keys.join("、"));
        let name = v.node.get("name").and_then(Node::as_str).unwrap_or_default();
        let (who, zh_who) = match name {
            "" => ("the container".to_string(), "该容器".to_string()),
            n => (format!("container `{n}`"), format!("容器 `{n}` ")),
        };
        let text = |lang: Lang| {
            let keys = if lang == Lang::Zh { &zh_keys } else { &keys };
            Text::pair(
                tr(
                    lang,
                    format!("{who} requests no {keys}: the scheduler reserves nothing for it, or its whole limit"),
                    format!("{zh_who}未申请 {keys}:调度器不为其预留资源,或按整个上限预留"),
                ),
                tr(
                    lang,
                    format!("set `resources.requests` for {keys} to what the workload needs to run"),
                    format!("在 `resources.requests` 中为 {keys} 设置工作负载运行所需的量"),
                ),
            )
        };
        let p = cx.ptr(v, &[Seg::Key("resources"), Seg::Key("requests")]);
        let span = set.or(resources).unwrap_or(v.node).span.opening();
        cx.emit(&META, p, span, &text, None);
    }
}
