//! `migration-node-group`: `migration` is mandatory when deploying to a node group.
//!
//! "应用实例故障是否迁移,指定节点组部署时必选" (IEF v2 CreateDeployment, table 4;
//! IEF v3 CreateDeployments, table 7).

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("migration-node-group", Category::Api)
    .summary(Msg::new("migration is mandatory when deploying to a node group", "指定节点组部署时 migration 为必选"))
    .explanation(Msg::new(
            "\"应用实例故障是否迁移,指定节点组部署时必选,默认值false\" (IEF v2 CreateDeployment, table 4 for v2 `app.migration`; IEF v3 CreateDeployments, table 7 for v3 `template.configs.migration`). A create body with `group_id` must say whether instances migrate. IEF v3 UpdateDeployment, table 16 says the same (\"mandatory when the application is deployed to a specified node group\"); an update body does not say where the deployment runs, so a v3 update is checked when `--current` shows a node group (`group_id`). The IEF v2 UpdateDeployment page only says migration is used in node groups, so v2 updates are not checked.",
            "\"应用实例故障是否迁移,指定节点组部署时必选,默认值false\"(v2 `app.migration` 见 IEF v2 CreateDeployment 表4,v3 `template.configs.migration` 见 IEF v3 CreateDeployments 表7)。带 `group_id` 的创建请求体必须说明实例是否迁移。IEF v3 UpdateDeployment 表16 同样规定部署到指定节点组时必选;更新请求体不说明部署位置,因此当 `--current` 显示部署在节点组上(含 `group_id`)时检查 v3 更新。IEF v2 UpdateDeployment 页面只说明 migration 用于节点组,v2 更新不检查。",
        ))
    .sources(&[
        Source::new(Doc::IefV2Create, "table 4 (app)"),
        Source::new(Doc::IefV3Create, "table 7 (PodConfigs)"),
        Source::new(Doc::IefV3Update, "table 16 (PodConfigs)"),
    ]);

/// Absent or `null` (which the API treats as absent).
fn absent(n: Option<&Node>) -> bool {
    n.is_none_or(|n| matches!(n.value, crate::syntax::Value::Null))
}

fn report(cx: &mut Ctx<'_, '_, '_>, pointer: String, span: crate::syntax::Span) {
    let update = cx.kind == Kind::IefV3Update;
    let text = move |lang: Lang| Text::pair(
        if update {
            tr(lang,
                "`migration` is mandatory for a deployment on a node group (the current deployment has `group_id`)".into(),
                "部署在节点组上(当前部署含 `group_id`)时 `migration` 为必选".into(),
            )
        } else {
            tr(lang,
                "`migration` is mandatory when deploying to a node group (`group_id` is set)".into(),
                "指定节点组部署(已设置 `group_id`)时 `migration` 为必选".into(),
            )
        },
        tr(lang, 
            "add `\"migration\": true` or `false`".into(),
            "添加 `\"migration\": true` 或 `false`".into(),
        ),
    );
    cx.emit(&META, pointer, span, &text, None);
}

/// The field: `configs.migration` in v3, `app.migration` in v2.
const KEY: &str = "migration";

/// One detection for v2 and v3: on a node group, configs without `migration`.
fn check(v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
    if placement(cx, v.node) != Placement::Group {
        return;
    }
    let Some((configs, p)) = pod_configs(cx, v, KEY) else {
        return;
    };
    if configs.members().is_some() && absent(configs.get(KEY)) {
        report(cx, p, configs.span.opening());
    }
}

/// v3 create, and v3 update when `--current` shows a node group.
pub struct RootRule;
impl super::Rule for RootRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        V3
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
