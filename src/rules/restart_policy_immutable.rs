//! `restart-policy-immutable`: an update may not change restart_policy.
//!
//! IEF v3 UpdateDeployment, table 16: "The restart_policy parameter value cannot be updated."
//! Silent unless the current deployment is given (`--current`).

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

/// The rule.
pub static META: RuleMeta = RuleMeta::new("restart-policy-immutable", Category::Api)
    .summary(Msg::new("An update does not change restart_policy", "更新不能修改 restart_policy"))
    .explanation(Msg::new(
            "IEF v3 UpdateDeployment, table 16, note on restart_policy: \"The restart_policy parameter value cannot be updated.\" With `--current CURRENT` (the deployment as it is now: a create or update body, or the GET/response body whose `template` sits at the top level), an update whose `deployment.template.configs.restart_policy` differs from the current one is an error. Without `--current` the rule is silent.",
            "IEF v3 UpdateDeployment 表16 对 restart_policy 的说明:\"restart_policy 参数值不能更新\"。指定 `--current CURRENT`(部署的当前状态:创建或更新请求体,或 `template` 位于顶层的查询/响应体)时,若更新中的 `deployment.template.configs.restart_policy` 与当前值不同,即为错误。未指定 `--current` 时不检查。",
        ))
    .sources(&[Source::new(Doc::IefV3Update, "table 16 (PodConfigs), note on restart_policy")]);

/// The field, in the update's and the current deployment's configs.
const KEY: &str = "restart_policy";

/// The current deployment's policy: its `template` under `deployment` or,
/// in a GET response, at the top level.
fn current_policy(doc: &Node) -> Option<&Node> {
    let template = doc
        .get("deployment")
        .and_then(|d| d.get("template"))
        .or_else(|| doc.get("template"))?;
    template.get("configs")?.get(KEY)
}

/// The rule.
pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        &[Kind::IefV3Update]
    }
    fn role(&self) -> Role {
        Role::Root
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(current) = cx.current.and_then(current_policy).and_then(Node::as_str) else {
            return;
        };
        let Some((configs, p)) = pod_configs(cx, v, KEY) else { return };
        let Some(new) = configs.get(KEY) else { return };
        let Some(value) = new.as_str() else { return };
        if value != current {
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    format!("`restart_policy` cannot be changed by an update: the deployment has `{current}`, this update sets `{value}`"),
                    format!("`restart_policy` 不能通过更新修改:当前部署为 `{current}`,本次更新设为 `{value}`"),
                ),
                tr(lang, 
                    format!("keep `{current}`, or delete and recreate the deployment to change it"),
                    format!("保持 `{current}`,或删除后重新创建部署以修改它"),
                ),
            );
            let text = |lang: Lang| text(lang).fix(tr(lang, format!("keep `{current}`"), format!("保持 `{current}`")));
            let fix = Some(vec![crate::diagnostics::Edit {
                span: new.span,
                replacement: crate::api::walk::requote(cx.text(), new.span, current),
            }]);
            cx.emit(&META, p, new.span, &text, fix);
        }
    }
}
