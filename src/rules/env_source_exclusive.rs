//! `env-source-exclusive`: an env var takes exactly one of value, value_from, field_path.
//!
//! "value、value_from和field_path必须三选一使用" (IEF v3 CreateDeployments, table 24);
//! "Specify only one of the value, value_from, and field_path parameters"
//! (IEF v3 UpdateDeployment, table 13).
//! Two sources at once: the second is reported at its key. None: reported at
//! the env object.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("env-source-exclusive", Category::Api)
    .summary(Msg::new("An env var has exactly one of value, value_from and field_path", "环境变量的 value、value_from、field_path 必须三选一"))
    .explanation(Msg::new(
            "\"value、value_from和field_path必须三选一使用\" (IEF v3 CreateDeployments, table 24); IEF v3 UpdateDeployment, table 13: \"Specify only one of the value, value_from, and field_path parameters.\" Giving two makes the variable's source ambiguous and the API rejects it; giving none leaves it without a value. v2 uses the same model, Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Env.",
            "\"value、value_from和field_path必须三选一使用\"(IEF v3 CreateDeployments 表24);IEF v3 UpdateDeployment 表13 同样要求只能指定其一。同时给出两个会使变量来源不明确,API 会拒绝;一个都不给则变量没有取值。v2 使用相同的模型:华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Env。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 24 (Env)"), Source::new(Doc::IefV3Update, "table 13 (Env)"), Source::new(Doc::GoSdk, "ief/v1 model Env")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::Env
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let found = present(v.node, &["value", "value_from", "field_path"]);
        match found.as_slice() {
            [_] => {}
            [] => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        "this env var has none of `value`, `value_from` and `field_path`".into(),
                        "该环境变量未指定 `value`、`value_from`、`field_path` 中的任何一个".into(),
                    ),
                    tr(lang, "give exactly one of them".into(), "三者必须选一".into()),
                );
                let p = cx.ptr(v, &[]);
                cx.emit(&META, p, v.node.span.opening(), &text, None);
            }
            [(first, _), rest @ ..] => {
                for (k, m) in rest {
                    let text = |lang: Lang| Text::pair(
                        tr(lang, 
                            format!("`{k}` is given together with `{first}`; an env var takes only one source"),
                            format!("`{k}` 与 `{first}` 同时出现;环境变量只能有一个来源"),
                        ),
                        tr(lang, 
                            format!("keep either `{first}` or `{k}`"),
                            format!("保留 `{first}` 或 `{k}` 之一"),
                        ),
                    );
                    let p = cx.ptr(v, &[Seg::Key(k)]);
                    cx.emit(&META, p, m.key_span, &text, None);
                }
            }
        }
    }
}
