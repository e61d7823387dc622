//! `limits-far-above-requests`: a limit is at most ten times its request.

use crate::diagnostics::number::Decimal;
use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};
use crate::api::walk::parse_decimal;
use crate::syntax::Value;

pub static META: RuleMeta = RuleMeta::new("limits-far-above-requests", Category::BestPractice)
    .warning()
    .summary(Msg::new(
        "A resource limit is at most ten times its request",
        "资源上限不超过申请量的十倍",
    ))
    .explanation(Msg::new(
        "The scheduler places a container by its requests; the limit is what it may take once running. A limit more than ten times its request (`cpu` 0.1 with a limit of 4) lets a node be packed with containers that together may use many times what it has: under load they starve each other, and memory beyond the node's is reclaimed by killing them. Request what the workload needs and keep the limit close to it. Applied to every key present in both `requests` and `limits`; the API accepts any ratio, so this is a warning.",
        "调度器按申请量放置容器;上限是容器运行后最多可用的量。上限超过申请量十倍(`cpu` 申请 0.1、上限 4)时,节点上可能挤满合计用量数倍于节点容量的容器:负载升高时相互争抢,超出节点内存的部分以杀死容器回收。请按工作负载所需申请,并使上限接近申请量。对同时出现在 `requests` 与 `limits` 中的每个 key 生效;API 接受任何比例,因此为警告。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 23 (DeploymentResources)"),
        Source::new(Doc::IefV3Update, "table 14 (ResQuest)"),
        Source::new(Doc::IefV2Create, "table 12"),
    ]);

/// The largest limit/request ratio that is not reported.
const RATIO: f64 = 10.0;

fn amount(n: &Node) -> Option<f64> {
    match &n.value {
        Value::Number(s) | Value::String(s) => parse_decimal(s),
        _ => None,
    }
}

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::Resources
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let (Some(req), Some(lim)) = (v.node.get("requests"), v.node.get("limits")) else {
            return;
        };
        let Some(members) = lim.members() else { return };
        for m in members {
            let (Some(l), Some(r)) = (amount(&m.value), req.get(&m.key).and_then(amount)) else {
                continue;
            };
            if r <= 0.0 || l <= r * RATIO {
                continue;
            }
            let key = &*m.key;
            let times = Decimal((l / r * 10.0).round() / 10.0);
            let (l, r) = (Decimal(l), Decimal(r));
            let text = |lang: Lang| {
                Text::pair(
                    tr(
                        lang,
                        format!("limits.{key} ({l}) is {times} times requests.{key} ({r}), more than {}", Decimal(RATIO)),
                        format!("limits.{key}({l})是 requests.{key}({r})的 {times} 倍,超过 {} 倍", Decimal(RATIO)),
                    ),
                    tr(
                        lang,
                        "request what the workload needs and keep the limit close to it".into(),
                        "按工作负载所需申请,并使上限接近申请量".into(),
                    ),
                )
            };
            let p = cx.ptr(v, &[Seg::Key("limits"), Seg::Key(key)]);
            cx.emit(&META, p, m.value.span, &text, None);
        }
    }
}
