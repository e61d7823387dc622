//! `no-liveness-probe`: containers have a liveness probe.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("no-liveness-probe", Category::BestPractice)
    .warning()
    .summary(Msg::new("Containers have a liveness probe", "容器配置存活探针"))
    .explanation(Msg::new(
        "Without `liveness_probe` a container that hangs (deadlocked, stuck on a lost connection) is never restarted: it stays running and serves nothing. On an edge node, where nobody watches, a liveness probe (an `exec` command or `http_get` that fails when the process is stuck) is what brings it back. The pages make the probe optional, so this is a warning. Init containers run to completion and take no probes; a v2 update body may leave the current probe in place, so it is not checked.",
        "未配置 `liveness_probe` 时,挂起的容器(死锁、卡在断开的连接上)永远不会被重启:它一直运行却不提供服务。边缘节点上无人值守,存活探针(进程卡住时失败的 `exec` 命令或 `http_get`)是让它恢复的手段。页面将探针列为可选,因此为警告。init 容器运行至结束,不配置探针;v2 更新请求体可能保留当前探针,因此不检查。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 30 (Probe)"),
        Source::new(Doc::IefV3Update, "table 8 (Probe)"),
        Source::new(Doc::IefV2Create, "table 15"),
    ]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        container_missing::KINDS
    }
    fn role(&self) -> Role {
        Role::Container
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some((container, p)) = container_missing::missing_probe(v, cx, "liveness_probe") else {
            return;
        };
        let text = |lang: Lang| {
            let who = container.get(lang);
            Text::pair(
                tr(lang, format!("{who} has no liveness probe: if it hangs, nothing restarts it"), format!("{who}未配置存活探针:挂起后不会被重启")),
                tr(lang, "add `liveness_probe` with an `exec` command or `http_get` that fails when the process is stuck".into(), "添加 `liveness_probe`,使用进程卡住时会失败的 `exec` 命令或 `http_get`".into()),
            )
        };
        cx.emit(&META, p, v.node.span.opening(), &text, None);
    }
}
