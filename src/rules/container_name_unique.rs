//! `container-name-unique`: container names are unique within a deployment template.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("container-name-unique", Category::Api)
    .warning()
    .summary(Msg::new("Container names are unique across containers and init_containers", "containers 与 init_containers 中的容器名称应唯一"))
    .explanation(Msg::new(
            "The pages do not say it, but the template becomes a Kubernetes pod, and Kubernetes rejects a pod whose containers (including init containers) share a name. Since the page is silent this is a warning.",
            "页面未作说明,但模板最终成为 Kubernetes Pod,而 Kubernetes 会拒绝容器(含 `init_containers` 中的容器)重名的 Pod。由于页面未写明,此处仅为警告。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 6 (PodRequest)"), Source::new(Doc::IefV3Update, "table 5 (PodRequest)")]);

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
        // A hash set: a template with thousands of containers stays linear.
        let mut seen: crate::hash::Set<&str> = crate::hash::set(0);
        for list in ["init_containers", "containers"] {
            let Some(items) = v.node.get(list).and_then(Node::elements) else {
                continue;
            };
            for (i, c) in items.iter().enumerate() {
                let Some(name) = c.get("name").filter(|n| n.as_str().is_some()) else {
                    continue;
                };
                let s = name.as_str().unwrap_or_default();
                if !seen.insert(s) {
                    let text = |lang: Lang| Text::pair(
                        tr(lang, 
                            format!("container name `{s}` is used twice in this template"),
                            format!("容器名称 `{s}` 在该模板中重复使用"),
                        ),
                        tr(lang, 
                            "give every container and init container its own name".into(),
                            "为 `containers` 与 `init_containers` 中的每个容器指定不同名称".into(),
                        ),
                    );
                    let p = cx.ptr(v, &[Seg::Key(list), Seg::Index(i), Seg::Key("name")]);
                    cx.emit(&META, p, name.span, &text, None);
                }
            }
        }
    }
}
