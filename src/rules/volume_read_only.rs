//! `volume-read-only`: configMap and secret volumes are mounted read-only.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::{Edit, Msg};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("volume-read-only", Category::Api)
    .summary(Msg::new("configMap and secret volumes are read-only", "configMap 与 secret 类型的卷只支持只读"))
    .explanation(Msg::new(
            "\"读写权限,configMap和secret类型只支持读权限\" (IEF v3 CreateDeployments, table 33; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes says the same). `\"read_only\": false` on such a volume is rejected.",
            "\"读写权限,configMap和secret类型只支持读权限\"(IEF v3 CreateDeployments 表33;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes 相同)。此类卷设置 `\"read_only\": false` 会被拒绝。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 33 (Volumes)"), Source::new(Doc::GoSdk, "ief/v1 model Volumes")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::Volume
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(ty) = v.node.get("type").and_then(Node::as_str) else {
            return;
        };
        if ty != "configMap" && ty != "secret" {
            return;
        }
        if let Some(ro) = v.node.get("read_only").filter(|n| n.as_bool() == Some(false)) {
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    format!("a {ty} volume can only be mounted read-only, but `read_only` is false"),
                    format!("{ty} 类型的卷只支持只读,但 `read_only` 为 false"),
                ),
                tr(lang, "set `read_only` to true".into(), "将 `read_only` 设为 true".into()),
            );
            let text = |lang: Lang| text(lang).fix(tr(lang, "set `read_only` to `true`".into(), "将 `read_only` 设为 `true`".into()));
            let fix = Some(vec![Edit {
                span: ro.span,
                replacement: "true".into(),
            }]);
            let p = cx.ptr(v, &[Seg::Key("read_only")]);
            cx.emit(&META, p, ro.span, &text, fix);
        }
    }
}
