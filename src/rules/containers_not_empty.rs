//! `containers-not-empty`: a deployment template runs at least one container.
//!
//! IEF v3 UpdateDeployment, table 5 (PodRequest) marks `containers` mandatory
//! and IEF v3 CreateDeployments, table 6 lists it; neither page gives a
//! minimum count. An empty list deploys nothing, and the template becomes a
//! Kubernetes pod, which Kubernetes rejects without a container. The page
//! being silent on the count, this is a warning.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("containers-not-empty", Category::Api)
    .warning()
    .summary(Msg::new("A deployment template has at least one container", "应用部署模板至少包含一个容器"))
    .explanation(Msg::new(
        "`containers` is mandatory (IEF v3 UpdateDeployment, table 5; listed in IEF v3 CreateDeployments, table 6) but neither page states a minimum count. `\"containers\": []` satisfies \"present\" and deploys nothing; the template becomes a Kubernetes pod, and Kubernetes rejects a pod without containers. Since the pages are silent on the count, this is a warning, not an error.",
        "`containers` 为必选(IEF v3 UpdateDeployment 表5;IEF v3 CreateDeployments 表6 列出该字段),但两个页面都没有规定最少个数。`\"containers\": []` 满足\"存在\",却不部署任何东西;模板最终成为 Kubernetes Pod,而 Kubernetes 会拒绝没有容器的 Pod。由于页面未规定个数,此处为警告而非错误。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Update, "table 5 (PodRequest)"),
        Source::new(Doc::IefV3Create, "table 6 (PodRequest)"),
    ]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        V3
    }
    fn role(&self) -> Role {
        Role::PodTemplate
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(m) = v.node.member("containers") else { return };
        if m.value.elements().is_some_and(<[Node]>::is_empty) {
            let text = |lang: Lang| {
                Text::pair(
                    tr(
                        lang,
                        "`containers` is empty: the deployment runs nothing".into(),
                        "`containers` 为空:该部署不运行任何容器".into(),
                    ),
                    tr(
                        lang,
                        "add at least one container".into(),
                        "请至少添加一个容器".into(),
                    ),
                )
            };
            let p = cx.ptr(v, &[Seg::Key("containers")]);
            cx.emit(&META, p, m.value.span, &text, None);
        }
    }
}
