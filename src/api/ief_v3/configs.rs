//! `PodConfigs` for create (IEF v3 CreateDeployments, table 7) and update
//! (IEF v3 UpdateDeployment, table 16): host network, restart and DNS
//! policies, migration and toleration.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::Doc;

/// host_network mandatory in IEF v3 UpdateDeployment, optional in the Go SDK.
pub static HOST_NETWORK_REQUIRED: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 16 marks host_network Mandatory; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model PodConfigs has it optional since 0.1.16 (2022-12-15), default false",
        "IEF v3 UpdateDeployment 表16 标记 host_network 为必选;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 PodConfigs 自 0.1.16(2022-12-15)起为可选,默认 false",
    ),
};

/// Restart policies (v3).
pub static RESTART_POLICIES: EnumSpec = EnumSpec {
    values: &["Always", "OnFailure", "Never"],
    disputed: &[],
};

/// The DNS policy allowed with or without the host network.
pub const DNS_DEFAULT: &str = "Default";
/// The DNS policy allowed only without the host network.
pub const DNS_CLUSTER_FIRST: &str = "ClusterFirst";
/// The DNS policy allowed only with the host network.
pub const DNS_CLUSTER_FIRST_WITH_HOST_NET: &str = "ClusterFirstWithHostNet";

/// DNS policies.
pub static DNS_POLICIES: EnumSpec = EnumSpec {
    values: &[DNS_DEFAULT, DNS_CLUSTER_FIRST, DNS_CLUSTER_FIRST_WITH_HOST_NET],
    disputed: &[],
};

/// The DNS policies allowed with the host network enabled or not: "应用实例启用主机网络时只能选填Default、ClusterFirstWithHostNet,不启用主机网络时只能选填Default、ClusterFirst" (table 7).
pub const fn dns_policies_with(host_network: bool) -> [&'static str; 2] {
    if host_network {
        [DNS_DEFAULT, DNS_CLUSTER_FIRST_WITH_HOST_NET]
    } else {
        [DNS_DEFAULT, DNS_CLUSTER_FIRST]
    }
}

const HOST_NETWORK: FieldSpec = field(
    "host_network",
    Ty::Bool,
    Msg::new(
        "Whether the instance uses the host network; otherwise ports are mapped. Default false.",
        "应用实例是否启用主机网络,不启用则使用端口映射,默认值false",
    ),
)
.required_disputed(&HOST_NETWORK_REQUIRED);

const HOST_PID: FieldSpec = field(
    "host_pid",
    Ty::Bool,
    Msg::new(
        "Whether the instance shares the host's PID namespace. Default false.",
        "应用实例是否与主机共PID命名空间,默认值false",
    ),
);

const MIGRATION: FieldSpec = field(
    "migration",
    Ty::Bool,
    Msg::new(
        "Whether the instance migrates on failure; mandatory when deploying to a node group. Default false.",
        "应用实例故障是否迁移,指定节点组部署时必选,默认值false",
    ),
);

const RESTART_POLICY_FIELD: FieldSpec = field(
    "restart_policy",
    str_enum(&RESTART_POLICIES),
    Msg::new(
        "Restart policy: {values}. It cannot be changed by an update.",
        "应用实例重启策略,可选值{values}",
    ),
)
.required()
.rule(&RESTART_POLICY);

const TOLERATION: FieldSpec = field(
    "toleration_seconds",
    INT,
    Msg::new(
        "Seconds a fault is tolerated before the instance migrates; only effective with a node group.",
        "应用实例故障容忍时间,容忍时间到达后迁移应用实例,只在指定节点组部署时生效",
    ),
);

const DNS_POLICY_FIELD: FieldSpec = field(
    "dns_policy",
    str_enum(&DNS_POLICIES),
    Msg::new(
        "DNS policy: {values} (default Default). With host network only Default or ClusterFirstWithHostNet; without it only Default or ClusterFirst.",
        "应用实例DNS策略,可选值{values},默认为Default。应用实例启用主机网络时只能选填Default、ClusterFirstWithHostNet,不启用主机网络时只能选填Default、ClusterFirst",
    ),
)
.rule(&DNS_POLICY);

/// `PodConfigs` (v3 create).
pub static POD_CONFIGS_CREATE: ObjectSpec = ObjectSpec {
    name: "PodConfigs",
    doc: Msg::new("Application instance configuration.", "应用实例配置"),
    source: src(Doc::IefV3Create, "table 7 (PodConfigs)"),
    closed: true,
    role: Role::PodConfigs,
    fields: &[
        HOST_NETWORK,
        HOST_PID,
        MIGRATION,
        RESTART_POLICY_FIELD,
        TOLERATION,
        DNS_POLICY_FIELD,
    ],
};

/// `PodConfigs` (v3 update).
pub static POD_CONFIGS_UPDATE: ObjectSpec = ObjectSpec {
    name: "PodConfigs",
    doc: Msg::new("Application instance configuration.", "应用实例配置"),
    source: src(Doc::IefV3Update, "table 16 (PodConfigs)"),
    closed: true,
    role: Role::PodConfigs,
    fields: &[
        HOST_NETWORK,
        HOST_PID,
        MIGRATION,
        RESTART_POLICY_FIELD,
        TOLERATION,
        DNS_POLICY_FIELD.undocumented(&OMITTED_BY_002),
    ],
};
