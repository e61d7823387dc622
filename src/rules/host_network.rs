//! `host-network`: a workload does not share the node's network without need.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("host-network", Category::BestPractice)
    .warning()
    .summary(Msg::new(
        "Workloads do not use the host network without need",
        "工作负载非必要不使用主机网络",
    ))
    .explanation(Msg::new(
        "With `host_network: true` the containers share the edge node's network namespace: every port they open is open on the node, they can bind the node's addresses and reach services listening on its loopback, and two instances on one node collide on their ports. Port mappings (`ports` with `host_port`) expose what a workload serves without that. Keep the host network for workloads that must see the node's interfaces (network agents, DHCP, multicast discovery) and say why with a suppression comment; the API accepts either, so this is a warning.",
        "`host_network: true` 时容器共享边缘节点的网络命名空间:容器打开的每个端口都在节点上打开,容器可以绑定节点地址、访问只监听节点回环地址的服务,同一节点上的两个实例会端口冲突。端口映射(带 `host_port` 的 `ports`)即可对外提供服务,无需共享主机网络。仅在工作负载必须看到节点网卡时(网络代理、DHCP、组播发现)使用主机网络,并用抑制注释写明原因;API 两者都接受,因此为警告。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 7 (PodConfigs)"),
        Source::new(Doc::IefV3Update, "table 16 (PodConfigs)"),
        Source::new(Doc::IefV2Create, "table 14"),
    ]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::PodConfigs
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(flag) = v.node.get("host_network").filter(|n| n.as_bool() == Some(true)) else {
            return;
        };
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    "the workload shares the node's network: every port it opens is open on the node".into(),
                    "工作负载共享节点网络:它打开的每个端口都在节点上打开".into(),
                ),
                tr(
                    lang,
                    "map the ports it serves with `host_port` and set `host_network` to false, unless it must see the node's interfaces".into(),
                    "用 `host_port` 映射其服务端口并将 `host_network` 设为 false,除非它必须看到节点网卡".into(),
                ),
            )
        };
        let p = cx.ptr(v, &[Seg::Key("host_network")]);
        cx.emit(&META, p, flag.span, &text, None);
    }
}
