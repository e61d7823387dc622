//! Port mappings: `HostContainerPortMapping` and `HostPortRange` (IEF v3
//! UpdateDeployment, tables 11 and 12; IEF v3 CreateDeployments, tables 28
//! and 29), with the `port-number` rule and the one port range every port
//! field uses.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

/// A TCP/UDP port: every port field of every page (the `port-number` rule).
pub const PORT: Ty = int(1, 65535);

/// The `port-number` rule: every port field is a [`PORT`].
pub static PORT_NUMBER: RuleMeta = RuleMeta::error(
    "port-number",
    Msg::new("Ports are integers from 1 to 65535", "端口为 1~65535 之间的整数"),
    Msg::new(
        "container_port, host_port, host_port_range min_port/max_port and http_get port are TCP/UDP ports: integers from 1 to 65535 (IEF v3 UpdateDeployment, tables 9, 11 and 12; IEF v3 CreateDeployments, tables 29 and 32). The v2 pages omit their port tables; the same bound applies, since no other port exists (Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 models Ports and HostContainerPortMapping).",
        "container_port、host_port、host_port_range 的 min_port/max_port 以及 http_get 的 port 均为端口号:1~65535 之间的整数(IEF v3 UpdateDeployment 表9、表11、表12;IEF v3 CreateDeployments 表29、表32)。v2 页面省略了端口子表,同样适用该范围(华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Ports、HostContainerPortMapping)。",
    ),
    &[src(Doc::IefV3Update, "tables 9, 11 and 12"), src(Doc::IefV3Create, "tables 29 and 32 (HostPortRange, HttpGetDetail)"), src(Doc::GoSdk, "ief/v1 model Ports"), src(Doc::GoSdk, "ief/v1 model HostContainerPortMapping")],
);

/// `HostPortRange`.
pub static HOST_PORT_RANGE: ObjectSpec = ObjectSpec {
    name: "HostPortRange",
    doc: Msg::new(
        "A range of host ports to allocate from (platinum edition).",
        "主机端口范围(仅铂金版)",
    ),
    source: src(Doc::IefV3Update, "table 12 (HostPortRange)"),
    closed: true,
    role: Role::HostPortRange,
    fields: &[
        field(
            "min_port",
            PORT,
            Msg::new(
                "Lower limit of the host port, {min}–{max}.",
                "主机端口下限制,{min}到{max}之间的整数",
            ),
        )
        .required()
        .rule(&PORT_NUMBER),
        field(
            "max_port",
            PORT,
            Msg::new(
                "Upper limit of the host port, {min}–{max}; greater than min_port.",
                "主机端口上限值,{min}到{max}之间的整数;max_port需大于min_port",
            ),
        )
        .required()
        .rule(&PORT_NUMBER),
    ],
};

/// v3 `HostContainerPortMapping`.
pub static PORT_MAPPING: ObjectSpec = ObjectSpec {
    name: "HostContainerPortMapping",
    doc: Msg::new("A container port mapped to the host.", "容器端口映射"),
    source: src(Doc::IefV3Update, "table 11 (HostContainerPortMapping)"),
    closed: true,
    role: Role::PortMapping,
    fields: &[
        field("container_port", PORT, Msg::new("Container port, {min}–{max}.", "构成一对映射的容器端口"))
            .required()
            .rule(&PORT_NUMBER),
        field("host_port", PORT, Msg::new("Host port, {min}–{max}; either this or host_port_range.", "构成一对映射的物理机对应网卡端口"))
            .rule(&PORT_NUMBER),
        field("host_ip", STR, Msg::new("NIC address of the host.", "对应网卡地址")),
        field(
            "host_port_range",
            Ty::Object(&HOST_PORT_RANGE),
            Msg::new(
                "Host ports in this range are allocated automatically; either this or host_port; platinum edition only.",
                "主机端口范围,在范围内为应用实例自动分配主机端口;与主机端口参数二选一;仅铂金版可用",
            ),
        ),
    ],
};

/// `ports` field (v3).
pub static PORTS: ArraySpec = ArraySpec {
    items: Ty::Object(&PORT_MAPPING),
    min_items: None,
    max_items: None,
};
