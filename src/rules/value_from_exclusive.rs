//! `value-from-exclusive`: value_from takes exactly one of secret and configmap.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("value-from-exclusive", Category::Api)
    .summary(Msg::new("value_from has exactly one of secret and configmap", "value_from 的 secret 与 configmap 必须二选一"))
    .explanation(Msg::new(
            "\"使用ValueFrom时,secret与configmap必须二选一\" (IEF v3 CreateDeployments, table 25); IEF v3 UpdateDeployment, table 17: \"If value_from is specified, either secret or configmap must be specified.\"",
            "\"使用ValueFrom时,secret与configmap必须二选一\"(IEF v3 CreateDeployments 表25;IEF v3 UpdateDeployment 表17 相同)。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 25 (ValueFrom)"), Source::new(Doc::IefV3Update, "table 17 (value_from)")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::ValueFrom
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let found = present(v.node, &["secret", "configmap"]);
        match found.as_slice() {
            [_] => {}
            [] => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        "`value_from` has neither `secret` nor `configmap`".into(),
                        "`value_from` 未指定 `secret` 或 `configmap`".into(),
                    ),
                    tr(lang, 
                        "reference either a secret or a ConfigMap".into(),
                        "引用密钥或配置项之一".into(),
                    ),
                );
                let p = cx.ptr(v, &[]);
                cx.emit(&META, p, v.node.span.opening(), &text, None);
            }
            [_, (k, m)] => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        "`value_from` has both `secret` and `configmap`".into(),
                        "`value_from` 同时指定了 `secret` 与 `configmap`".into(),
                    ),
                    tr(lang, "keep one of them".into(), "只保留其中一个".into()),
                );
                let p = cx.ptr(v, &[Seg::Key(k)]);
                cx.emit(&META, p, m.key_span, &text, None);
            }
            _ => {}
        }
    }
}
