//! `probe-handler`: a probe has exactly one handler (exec or http_get).
//!
//! v3: "exec ... 与http_get二选一" (IEF v3 CreateDeployments, table 30; IEF v3 UpdateDeployment, table 8): both
//! or neither is an error. v2: no v2 source says they are exclusive (the
//! 2021 SDK even required both), so in v2 both-at-once is a warning; a v2
//! probe with neither checks nothing and is an error.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("probe-handler", Category::Api)
    .summary(Msg::new("A probe has exactly one of exec and http_get", "探针的 exec 与 http_get 必须二选一"))
    .explanation(Msg::new(
            "v3: \"exec: 执行命令检查,与http_get二选一\" (IEF v3 CreateDeployments, table 30); IEF v3 UpdateDeployment, table 8: \"Specify either this parameter or exec.\" Both or neither is an error. v2 probes (`exec_command`, `http_get`): no v2 source states exclusivity and Huawei Go SDK (huaweicloud-sdk-go-v3 0.0.73), ief/v1 models AppVersionDetailLivenessProbe and AppVersionDetailReadinessProbe marked both required (ief/v1 ProbeDetail has both optional since 0.0.96), so both at once is a warning there; a probe with neither still probes nothing and is an error.",
            "v3:\"exec:执行命令检查,与http_get二选一\"(IEF v3 CreateDeployments 表30;IEF v3 UpdateDeployment 表8 相同)。两者都有或都没有均为错误。v2 探针(`exec_command`、`http_get`):没有 v2 来源规定二者互斥,华为 Go SDK(huaweicloud-sdk-go-v3 0.0.73)的 ief/v1 模型 AppVersionDetailLivenessProbe、AppVersionDetailReadinessProbe 甚至要求两者必填(自 0.0.96 起 ief/v1 模型 ProbeDetail 中两者均为可选),因此 v2 中同时出现仅为警告;两者都没有的探针什么也不检查,仍为错误。",
        ))
    .variants(&[V2_BOTH])
    .sources(&[Source::new(Doc::IefV3Create, "table 30 (Probe)"), Source::new(Doc::IefV3Update, "table 8 (Probe)"), Source::new(Doc::GoSdk, "ief/v1 model ProbeDetail")]);

/// A v2 probe with both handlers: the v2 pages leave out the probe table.
const V2_BOTH: Variant = Variant::new(
    "v2-both",
    Severity::Warning,
    Msg::new(
        "a v2 probe with both handlers (the v2 pages leave out the probe table)",
        "v2 探针同时指定两种探测方式(v2 页面省略了探针表)",
    ),
);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::Probe
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let exec = if cx.kind.is_v2() { "exec_command" } else { "exec" };
        let found = present(v.node, &[exec, "http_get"]);
        match found.as_slice() {
            [_] => {}
            [] => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        format!("this probe has neither `{exec}` nor `http_get`"),
                        format!("该探针既没有 `{exec}` 也没有 `http_get`"),
                    ),
                    tr(lang, 
                        format!("give one of `{exec}` and `http_get`, or omit the probe"),
                        format!("指定 `{exec}` 或 `http_get` 之一,或删除该探针"),
                    ),
                );
                let p = cx.ptr(v, &[]);
                cx.emit(&META, p, v.node.span.opening(), &text, None);
            }
            [_, (k, m)] => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        format!("this probe has both `{exec}` and `http_get`"),
                        format!("该探针同时指定了 `{exec}` 与 `http_get`"),
                    ),
                    tr(lang, "keep one handler".into(), "只保留一种探测方式".into()),
                );
                let p = cx.ptr(v, &[Seg::Key(k)]);
                if cx.kind.is_v2() {
                    cx.emit_variant(&META, &V2_BOTH, p, m.key_span, &text, None);
                } else {
                    cx.emit(&META, p, m.key_span, &text, None);
                }
            }
            _ => {}
        }
    }
}
