//! `host-port-range-order`: max_port is greater than min_port.

use crate::diagnostics::number::Decimal;
use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("host-port-range-order", Category::Api)
    .summary(Msg::new("host_port_range max_port is greater than min_port", "host_port_range 的 max_port 必须大于 min_port"))
    .explanation(Msg::new(
            "\"max_port需大于min_port\" (IEF v3 CreateDeployments, table 29); IEF v3 UpdateDeployment, table 12: \"The value of max_port must be greater than that of min_port.\" Equal values are rejected too.",
            "\"max_port需大于min_port\"(IEF v3 CreateDeployments 表29;IEF v3 UpdateDeployment 表12 相同)。两者相等同样不允许。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 29 (HostPortRange)"), Source::new(Doc::IefV3Update, "table 12 (HostPortRange)")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        V3
    }
    fn role(&self) -> Role {
        Role::HostPortRange
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let (Some(min), Some(max)) = (v.node.get("min_port"), v.node.get("max_port")) else {
            return;
        };
        let (Some(lo), Some(hi)) = (min.as_f64(), max.as_f64()) else {
            return;
        };
        if hi <= lo {
            let (hi, lo) = (Decimal(hi), Decimal(lo));
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    format!("`max_port` ({hi}) must be greater than `min_port` ({lo})"),
                    format!("`max_port`({hi})必须大于 `min_port`({lo})"),
                ),
                tr(lang, 
                    "raise max_port or lower min_port".into(),
                    "增大 max_port 或减小 min_port".into(),
                ),
            );
            let p = cx.ptr(v, &[Seg::Key("max_port")]);
            cx.emit(&META, p, max.span, &text, None);
        }
    }
}
