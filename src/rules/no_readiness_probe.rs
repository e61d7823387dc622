//! `no-readiness-probe`: containers have a readiness probe.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("no-readiness-probe", Category::BestPractice)
    .warning()
    .summary(Msg::new("Containers have a readiness probe", "容器配置业务探针"))
    .explanation(Msg::new(
        "Without `readiness_probe` a container counts as ready the moment it starts, before it can serve: during a rollout or a restart, traffic and dependants reach it too early, and an upgrade that never becomes able to serve still looks healthy. A readiness probe (an `exec` command or `http_get` that succeeds once the workload can serve) tells IEF when it really is. The pages make the probe optional, so this is a warning. Init containers take no probes; a v2 update body may leave the current probe in place, so it is not checked.",
        "未配置 `readiness_probe` 时,容器一启动即被视为就绪,此时它还不能提供服务:滚动升级或重启时,流量与依赖方过早到达,永远无法提供服务的升级看起来也是健康的。业务探针(工作负载能提供服务后才成功的 `exec` 命令或 `http_get`)告诉 IEF 它何时真正就绪。页面将探针列为可选,因此为警告。init 容器不配置探针;v2 更新请求体可能保留当前探针,因此不检查。",
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
        let Some((container, p)) = container_missing::missing_probe(v, cx, "readiness_probe") else {
            return;
        };
        let text = |lang: Lang| {
            let who = container.get(lang);
            Text::pair(
                tr(lang, format!("{who} has no readiness probe: it counts as ready before it can serve"), format!("{who}未配置业务探针:在能提供服务之前即被视为就绪")),
                tr(lang, "add `readiness_probe` with an `exec` command or `http_get` that succeeds once the workload can serve".into(), "添加 `readiness_probe`,使用工作负载能提供服务后才成功的 `exec` 命令或 `http_get`".into()),
            )
        };
        cx.emit(&META, p, v.node.span.opening(), &text, None);
    }
}
