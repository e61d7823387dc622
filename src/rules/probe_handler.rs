//! `probe-handler`: a probe has exactly one handler (exec or http_get).
//!
//! v3: "exec ... 与http_get二选一" (seed 004 表30, seed 002 Table 8): both
//! or neither is an error. v2: no v2 source says they are exclusive (the
//! 2021 SDK even required both), so in v2 both-at-once is a warning; a v2
//! probe with neither checks nothing and is an error.

use super::*;
use crate::diagnostics::Msg;
use crate::registry::{Doc, Source};

pub static META: RuleMeta = RuleMeta {
    code: "probe-handler",
    severity: Severity::Error,
    summary: Msg::new("A probe has exactly one of exec and http_get", "探针的 exec 与 http_get 必须二选一"),
    explanation: Msg::new(
        "v3: \"exec: 执行命令检查,与http_get二选一\" (seed 004 表30); seed 002 Table 8: \"Specify either this parameter or exec.\" Both or neither is an error. v2 probes (`exec_command`, `http_get`): no v2 source states exclusivity and the 2021 Go SDK marked both required (reference §1.3 Table 15, §7.11), so both at once is a warning there; a probe with neither still probes nothing and is an error.",
        "v3:\"exec:执行命令检查,与http_get二选一\"(种子 004 表30;种子 002 Table 8 相同)。两者都有或都没有均为错误。v2 探针(`exec_command`、`http_get`):没有 v2 来源规定二者互斥,2021 年的 Go SDK 甚至要求两者必填(参考 §1.3 Table 15、§7.11),因此 v2 中同时出现仅为警告;两者都没有的探针什么也不检查,仍为错误。",
    ),
    sources: &[Source::new(Doc::S004, "表30 Probe"), Source::new(Doc::S002, "Table 8 Probe"), Source::new(Doc::Sdk, "§1.3 Table 15")],
    structural: false,
};

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
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_>) {
        let exec = if cx.kind.is_v2() { "exec_command" } else { "exec" };
        let found = present(v.node, &[exec, "http_get"]);
        match found.as_slice() {
            [_] => {}
            [] => {
                let text = (
                    cx.tr(
                        format!("this probe has neither `{exec}` nor `http_get`"),
                        format!("该探针既没有 `{exec}` 也没有 `http_get`"),
                    ),
                    cx.tr(
                        format!("give one of `{exec}` and `http_get`, or omit the probe"),
                        format!("指定 `{exec}` 或 `http_get` 之一,或删除该探针"),
                    ),
                );
                let p = cx.ptr(v, &[]);
                cx.emit(&META, Severity::Error, p, v.node.span.opening(), text, None);
            }
            [_, (k, m)] => {
                let sev = if cx.kind.is_v2() {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                let text = (
                    cx.tr(
                        format!("this probe has both `{exec}` and `http_get`"),
                        format!("该探针同时指定了 `{exec}` 与 `http_get`"),
                    ),
                    cx.tr("keep one handler".into(), "只保留一种探测方式".into()),
                );
                let p = cx.ptr(v, &[Seg::Key(k)]);
                cx.emit(&META, sev, p, m.key_span, text, None);
            }
            _ => {}
        }
    }
}
