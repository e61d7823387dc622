//! `requests-within-limits`: a resource request is not above its limit.

use crate::diagnostics::number::Decimal;
use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};
use crate::api::walk::parse_decimal;
use crate::syntax::Value;

pub static META: RuleMeta = RuleMeta::new("requests-within-limits", Category::Api)
    .summary(Msg::new("A resource request is not above its limit", "资源申请量不能大于资源上限"))
    .explanation(Msg::new(
            "\"Requested resource amount, which cannot be greater than the resource limit\" (IEF v3 UpdateDeployment, table 14). Applied to every key present in both `requests` and `limits` (cpu, memory, gpu, npu, chip types), for v3 strings and v2 numbers alike; Kubernetes, which IEF runs, rejects such pods.",
            "\"申请的资源量不能大于资源上限\"(IEF v3 UpdateDeployment 表14)。对同时出现在 `requests` 与 `limits` 中的每个 key(cpu、memory、gpu、npu、芯片类型)生效,v3 的字符串与 v2 的数字均适用;IEF 所基于的 Kubernetes 会拒绝此类 Pod。",
        ))
    .sources(&[Source::new(Doc::IefV3Update, "table 14 (ResQuest)"), Source::new(Doc::GoSdk, "ief/v1 model DeploymentResources")]);

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
        let Some(members) = req.members() else { return };
        for m in members {
            let (Some(r), Some(l)) = (amount(&m.value), lim.get(&m.key).and_then(amount)) else {
                continue;
            };
            if r > l {
                let key = &*m.key;
                let (l, r) = (Decimal(l), Decimal(r));
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        format!("requests.{key} ({r}) is greater than limits.{key} ({l})"),
                        format!("requests.{key}({r})大于 limits.{key}({l})"),
                    ),
                    tr(lang, 
                        "lower the request or raise the limit".into(),
                        "降低申请量或提高上限".into(),
                    ),
                );
                let p = cx.ptr(v, &[Seg::Key("requests"), Seg::Key(key)]);
                cx.emit(&META, p, m.value.span, &text, None);
            }
        }
    }
}
