//! `host-port-exclusive`: a port mapping has host_port or host_port_range, not both.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("host-port-exclusive", Category::Api)
    .summary(Msg::new("A port mapping has host_port or host_port_range, not both", "端口映射的 host_port 与 host_port_range 二选一"))
    .explanation(Msg::new(
            "\"host_port_range: 主机端口范围……与主机端口参数二选一;仅铂金版可用\" (IEF v3 CreateDeployments, table 28); IEF v3 UpdateDeployment, table 11: \"Specify either host_port_range or host_port.\" host_port_range is a platinum-edition feature, accepted by default.",
            "\"host_port_range:主机端口范围……与主机端口参数二选一;仅铂金版可用\"(IEF v3 CreateDeployments 表28;IEF v3 UpdateDeployment 表11 相同)。host_port_range 为铂金版功能,默认允许。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 28 (HostContainerPortMapping)"), Source::new(Doc::IefV3Update, "table 11 (HostContainerPortMapping)")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        V3
    }
    fn role(&self) -> Role {
        Role::PortMapping
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        if let [_, (k, m)] = present(v.node, &["host_port", "host_port_range"]).as_slice() {
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    "`host_port_range` is given together with `host_port`".into(),
                    "`host_port_range` 与 `host_port` 同时出现".into(),
                ),
                tr(lang, 
                    "use a fixed `host_port` or a `host_port_range`, not both".into(),
                    "固定的 `host_port` 与 `host_port_range` 只能选其一".into(),
                ),
            );
            let p = cx.ptr(v, &[Seg::Key(k)]);
            cx.emit(&META, p, m.key_span, &text, None);
        }
    }
}
