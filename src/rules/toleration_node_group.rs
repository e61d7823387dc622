//! `toleration-node-group`: toleration_seconds only takes effect with a node group.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("toleration-node-group", Category::Api)
    .info()
    .summary(Msg::new("toleration_seconds only takes effect when deploying to a node group", "toleration_seconds 只在指定节点组部署时生效"))
    .explanation(Msg::new(
            "\"应用实例故障容忍时间……只在指定节点组部署时生效\" (IEF v2 CreateDeployment, table 4; IEF v3 CreateDeployments, table 7). The API accepts it without a node group and ignores it: the setting has no effect, so this is information (`info`), which never fails a run, `--deny-warnings` included. The request example of IEF v3 CreateDeployments itself deploys to a node with toleration_seconds 300 and gets this note: it is the one finding the shipped valid examples and the five pages' request examples get besides errors the pages' own examples contain. A v3 update is judged by where `--current` shows the deployment runs (IEF v3 UpdateDeployment, table 16 says the same).",
            "\"应用实例故障容忍时间……只在指定节点组部署时生效\"(IEF v2 CreateDeployment 表4、IEF v3 CreateDeployments 表7)。未指定节点组时 API 接受但忽略该值:该设置不起作用,因此为提示(`info`),从不导致检查失败,`--deny-warnings` 亦然。IEF v3 CreateDeployments 自己的请求示例部署到节点且设置了 toleration_seconds 300,会得到此提示。v3 更新按 `--current` 显示的部署位置判断(IEF v3 UpdateDeployment 表16 说法相同)。",
        ))
    .sources(&[
        Source::new(Doc::IefV2Create, "table 4 (app)"),
        Source::new(Doc::IefV3Create, "table 7 (PodConfigs)"),
        Source::new(Doc::IefV3Update, "table 16 (PodConfigs)"),
    ]);

fn warn(cx: &mut Ctx<'_, '_, '_>, pointer: String, span: crate::syntax::Span) {
    let text = |lang: Lang| Text::pair(
        tr(lang, 
            "`toleration_seconds` only takes effect when deploying to a node group; this deployment runs on nodes (`node_ids`)".into(),
            "`toleration_seconds` 只在指定节点组部署时生效;该部署运行在节点上(`node_ids`)".into(),
        ),
        tr(lang, 
            "remove it, or deploy with `group_id`".into(),
            "删除该字段,或使用 `group_id` 部署".into(),
        ),
    );
    cx.emit(&META, pointer, span, &text, None);
}

/// The field: `configs.toleration_seconds` in v3, `app.toleration_seconds` in v2.
const KEY: &str = "toleration_seconds";

/// One detection for v2 and v3: on nodes, a numeric `toleration_seconds`.
fn check(v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
    // An update without `--current` does not say where it runs.
    if placement(cx, v.node) != Placement::Nodes {
        return;
    }
    let Some((configs, p)) = pod_configs(cx, v, KEY) else {
        return;
    };
    if let Some(t) = configs.get(KEY).filter(|t| t.as_f64().is_some()) {
        warn(cx, p, t.span);
    }
}

/// v3 create, and v3 update when `--current` shows the deployment on nodes.
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
