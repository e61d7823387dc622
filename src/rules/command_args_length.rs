//! `command-args-length`: args and command each total at most 65536 characters.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("command-args-length", Category::Api)
    .summary(Msg::new("args and command each total at most 65536 characters", "args 与 command 的字符总长度各不超过 65536"))
    .explanation(Msg::new(
            "\"容器启动参数,字符总长度最大为65536\" and the same for command (IEF v3 CreateDeployments, table 22); IEF v3 UpdateDeployment, table 6: \"The value contains a maximum of 65,536 characters.\" The total is the sum of the characters of all elements. The v2 pages state no such limit.",
            "\"容器启动参数,字符总长度最大为65536\",command 相同(IEF v3 CreateDeployments 表22);IEF v3 UpdateDeployment 表6 相同。总长度为所有元素字符数之和。v2 页面没有此限制。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 22 (ContainerDef)"), Source::new(Doc::IefV3Update, "table 6 (ContainerDef)")]);

/// The documented limit.
pub const MAX_TOTAL: usize = 65536;

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        V3
    }
    fn role(&self) -> Role {
        Role::Container
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        for key in ["args", "command"] {
            let Some(arr) = v.node.get(key) else { continue };
            let Some(items) = arr.elements() else { continue };
            let total: usize = items.iter().filter_map(Node::as_str).map(|s| s.chars().count()).sum();
            if total > MAX_TOTAL {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        format!("`{key}` totals {total} characters; the maximum is {MAX_TOTAL}"),
                        format!("`{key}` 字符总长度为 {total},最大为 {MAX_TOTAL}"),
                    ),
                    tr(lang, 
                        "move long content into a file or ConfigMap volume".into(),
                        "将较长内容放入文件或 ConfigMap 卷".into(),
                    ),
                );
                let p = cx.ptr(v, &[Seg::Key(key)]);
                cx.emit(&META, p, arr.span, &text, None);
            }
        }
    }
}
