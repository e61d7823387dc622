//! `rollback-release-version`: a rollback names the release version to return to.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("rollback-release-version", Category::Api)
    .warning()
    .summary(Msg::new("A rollback names parameters.release_version (≥ 1)", "回滚操作应指定 parameters.release_version(≥1)"))
    .explanation(Msg::new(
            "`release_version` is \"回滚实例的版本\" (CCE Autopilot UpdateAutopilotRelease, table 4): the version a rollback returns to. The page does not mark it mandatory, and the rollback step of the Terraform acceptance test (terraform-provider-huaweicloud, commit 64940da27b59) sends 1, so a rollback without it (or with a version below 1) is a warning: the API has nothing to roll back to.",
            "`release_version` 为\"回滚实例的版本\"(CCE Autopilot UpdateAutopilotRelease 表4):回滚的目标版本。页面未标为必选,Terraform 验收测试(terraform-provider-huaweicloud,commit 64940da27b59)的回滚步骤发送 1,因此回滚时缺少该值(或小于 1)为警告:API 无处可回滚。",
        ))
    .sources(&[Source::new(Doc::CceReleaseUpdate, "table 4 (ReleaseReqBodyParams)"), Source::new(Doc::TerraformTest, "huaweicloud_cce_autopilot_release rollback step")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        &[Kind::CceReleaseUpdate]
    }
    fn role(&self) -> Role {
        Role::Release
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        if v.node.get("action").and_then(Node::as_str) != Some("rollback") {
            return;
        }
        let params = v.node.get("parameters").filter(|p| p.members().is_some());
        let version = params.and_then(|p| p.get("release_version"));
        match version {
            Some(n) if n.as_f64().is_some_and(|x| x >= 1.0) => {}
            Some(n) if n.as_f64().is_some() => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        "`release_version` must be 1 or more to roll back to".into(),
                        "回滚的 `release_version` 应不小于 1".into(),
                    ),
                    String::new(),
                );
                let p = cx.ptr(v, &[Seg::Key("parameters"), Seg::Key("release_version")]);
                cx.emit(&META, p, n.span, &text, None);
            }
            Some(_) => {}
            None => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        "`action` is rollback but `parameters.release_version` is not given".into(),
                        "`action` 为 rollback,但未指定 `parameters.release_version`".into(),
                    ),
                    tr(lang, 
                        "add the release version to roll back to".into(),
                        "添加要回滚到的实例版本".into(),
                    ),
                );
                let p = cx.ptr(v, &[Seg::Key("parameters"), Seg::Key("release_version")]);
                let span = params.map_or(v.node.span.opening(), |p| p.span.opening());
                cx.emit(&META, p, span, &text, None);
            }
        }
    }
}
