//! `volume-read-only`: configMap and secret volumes are mounted read-only.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::{Edit, Msg};
use crate::registry::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("volume-read-only", Category::Api)
    .summary(Msg::new("configMap and secret volumes are read-only", "configMap 与 secret 类型的卷只支持只读"))
    .explanation(Msg::new(
            "\"读写权限,configMap和secret类型只支持读权限\" (seed 004 表33; the Go SDK's shared Volumes model says the same, reference §1.3 Table 11). `\"read_only\": false` on such a volume is rejected.",
            "\"读写权限,configMap和secret类型只支持读权限\"(种子 004 表33;Go SDK 的共用 Volumes 模型相同,参考 §1.3 Table 11)。此类卷设置 `\"read_only\": false` 会被拒绝。",
        ))
    .sources(&[Source::new(Doc::S004, "表33 Volumes"), Source::new(Doc::Sdk, "§1.3 Table 11")]);

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
