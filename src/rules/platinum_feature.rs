//! `platinum-feature`: features only the platinum edition has, in a professional-edition body.
//!
//! affinity ("仅铂金版支持", IEF v3 CreateDeployments, table 6),
//! host_port_range ("仅铂金版可用", table 28) and, for v3 create, more than
//! one replica (IEF v3 CreateDeployments (English), table 4: "only 1 for the
//! professional edition"). Accepted by default; with
//! `edition = "professional"` in the config they are errors.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};
use crate::Edition;

/// The rule.
pub static META: RuleMeta = RuleMeta::new("platinum-feature", Category::Api)
    .summary(Msg::new(
            "Platinum-edition features (affinity, host_port_range, replicas > 1) in a professional-edition body",
            "专业版请求体中使用了仅铂金版支持的功能(affinity、host_port_range、replicas > 1)",
        ))
    .explanation(Msg::new(
            "`affinity` is \"仅铂金版支持\" (IEF v3 CreateDeployments, table 6; IEF v3 UpdateDeployment, table 5: \"available only for platinum service instances\"), `host_port_range` \"仅铂金版可用\" (IEF v3 CreateDeployments, table 28), and a v3 create may have more than one replica only on platinum (IEF v3 CreateDeployments (English), table 4). The edition is not in the body, so these are accepted by default; set `edition = \"professional\"` in deploylint.toml (or `Options::edition`) to make them errors.",
            "`affinity`\"仅铂金版支持\"(IEF v3 CreateDeployments 表6;IEF v3 UpdateDeployment 表5 同),`host_port_range`\"仅铂金版可用\"(IEF v3 CreateDeployments 表28),v3 创建的副本数大于 1 仅铂金版支持(IEF v3 CreateDeployments (English) 表4)。版本信息不在请求体中,因此默认接受;在 deploylint.toml 中设置 `edition = \"professional\"`(或 `Options::edition`)后报错。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "tables 6 and 28 (PodRequest, HostContainerPortMapping)"), Source::new(Doc::IefV3Update, "table 5 (PodRequest)"), Source::new(Doc::IefV3CreateEn, "table 4 (CreateAppsInDeploymentV3)")]);

/// `what`: the feature, worded in each language.
fn report(cx: &mut Ctx<'_, '_, '_>, pointer: String, span: crate::syntax::Span, what: Msg) {
    let text = |lang: Lang| Text::pair(
        tr(lang, 
            format!("{} is only available in the platinum edition, and the configured edition is professional", what.en),
            format!("{} 仅铂金版支持,而配置的版本为专业版", what.zh),
        ),
        tr(lang, 
            "remove it, or set `edition = \"platinum\"` in deploylint.toml".into(),
            "删除该配置,或在 deploylint.toml 中设置 `edition = \"platinum\"`".into(),
        ),
    );
    cx.emit(&META, pointer, span, &text, None);
}

/// affinity on a template.
pub struct Affinity;
impl super::Rule for Affinity {
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
        if cx.edition != Edition::Professional {
            return;
        }
        if let Some(m) = v.node.member("affinity") {
            let p = cx.ptr(v, &[Seg::Key("affinity")]);
            report(cx, p, m.key_span, Msg::new("`affinity`", "`affinity`"));
        }
    }
}

/// host_port_range on a port mapping.
pub struct PortRange;
impl super::Rule for PortRange {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        V3
    }
    fn role(&self) -> Role {
        Role::PortMapping
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        if cx.edition != Edition::Professional {
            return;
        }
        if let Some(m) = v.node.member("host_port_range") {
            let p = cx.ptr(v, &[Seg::Key("host_port_range")]);
            report(cx, p, m.key_span, Msg::new("`host_port_range`", "`host_port_range`"));
        }
    }
}

/// replicas > 1 in a v3 create.
pub struct Replicas;
impl super::Rule for Replicas {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        &[Kind::IefV3Create]
    }
    fn role(&self) -> Role {
        Role::Root
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        if cx.edition != Edition::Professional {
            return;
        }
        let Some(r) = v.node.get("deployment").and_then(|d| d.get("replicas")) else {
            return;
        };
        if r.as_f64().is_some_and(|x| x > 1.0) {
            let p = cx.ptr(v, &[Seg::Key("deployment"), Seg::Key("replicas")]);
            report(cx, p, r.span, Msg::new("more than one replica", "副本数大于 1"));
        }
    }
}
