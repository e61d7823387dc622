//! IEF v3 deployment bodies: create (IEF v3 CreateDeployments, Chinese) and update (IEF v3 UpdateDeployment, English).
//!
//! IEF v3 CreateDeployments gives no mandatory flags in the edition
//! deploylint follows (see docs/sources.md#ief-v3-create); for the objects
//! it shares with IEF v3 UpdateDeployment (ContainerDef, Probe, Env, Volume,
//! PodConfigs, ...) the flags of IEF v3 UpdateDeployment are used, and for
//! its top level those of Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1
//! model Deployment and IEF v3 CreateDeployments (English), table 3. Where
//! IEF v3 UpdateDeployment marks a field mandatory and the Go SDK optional
//! (replicas, host_network, read_only), the field is `Required::Disputed`.
//! Fields IEF v3 UpdateDeployment omits but IEF v3 CreateDeployments and the
//! Go SDK model (run_as_user, dns_policy, default_mode) are
//! `Presence::Disputed` in the update body. Each kind otherwise follows its
//! own page.

use super::common::*;
use super::*;
use crate::diagnostics::Msg;
use crate::registry::{Doc, RuleMeta};

// ---------------------------------------------------------------- rules

/// Deployment names (v2 and v3).
pub static DEPLOYMENT_NAME: RuleMeta = RuleMeta::error(
    "deployment-name",
    Msg::new("Deployment names are lowercase letters, digits and -, starting and ending with a letter or digit (v2 ≤ 64, v3 ≤ 32)", "应用部署名称只允许小写字母、数字、中划线,以小写字母或数字开头和结尾(v2 ≤64,v3 ≤32)"),
    Msg::new(
        "The pages disagree on the length and each kind follows its own: v2 create allows 64 characters for the deployment name and the app name (IEF v2 CreateDeployment, tables 3 and 4), v3 create 32 (IEF v3 CreateDeployments, table 3). The character rules are the same.",
        "各页面对长度说法不一,各类型遵循自己的页面:v2 创建的部署名称与应用名称最长 64(IEF v2 CreateDeployment 表3、表4),v3 创建最长 32(IEF v3 CreateDeployments 表3)。字符规则相同。",
    ),
    &[src(Doc::IefV2Create, "tables 3 and 4"), src(Doc::IefV3Create, "table 3 (request body)")],
);

/// node_ids holds one node.
pub static NODE_IDS: RuleMeta = RuleMeta::error(
    "node-ids",
    Msg::new("node_ids holds exactly one edge node ID", "node_ids 只能包含一个边缘节点ID"),
    Msg::new(
        "\"当前只支持一个边缘节点\" — the API deploys to one edge node at a time (IEF v2 CreateDeployment, table 3; IEF v3 CreateDeployments, table 3). An empty list deploys nowhere.",
        "\"当前只支持一个边缘节点\"——API 一次只部署到一个边缘节点(IEF v2 CreateDeployment 表3、IEF v3 CreateDeployments 表3)。空列表不会部署到任何节点。",
    ),
    &[src(Doc::IefV2Create, "table 3 (request body)"), src(Doc::IefV3Create, "table 3 (request body)")],
);

/// Tags.
pub static TAG: RuleMeta = RuleMeta::error(
    "tag",
    Msg::new("Tag keys are 1–128 and values 1–256 letters, digits, _ and -", "标签 key 长度 1~128、value 长度 1~256,仅允许字母、数字、下划线、中划线"),
    Msg::new(
        "IEF v3 CreateDeployments, table 4 (request): key 1–128, value 1–256 characters, only letters, digits, underscores and hyphens; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Attributes agrees. IEF v3 UpdateDeployment's response table 33 states stricter limits (key ≤ 36, value ≤ 43 and may contain periods, at most 10 unique keys); those contradict the create page and are not applied.",
        "IEF v3 CreateDeployments 表4(请求):key 长度 1~128、value 长度 1~256,仅允许大小写英文字母、数字、下划线、中划线;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Attributes 一致。IEF v3 UpdateDeployment 的响应表 表33 给出更严格的限制(key ≤36、value ≤43 且允许点号、最多 10 个不重复 key),与创建页面矛盾,不予采用。",
    ),
    &[src(Doc::IefV3Create, "table 4 (Attributes)"), src(Doc::IefV3Update, "table 33 (Attribute, response)"), src(Doc::GoSdk, "ief/v1 model Attributes")],
);

/// Replicas.
pub static REPLICAS: RuleMeta = RuleMeta::error(
    "replicas",
    Msg::new("replicas: v3 update only 1; v3 create 1–99", "replicas:v3 更新只能为 1;v3 创建为 1~99"),
    Msg::new(
        "IEF v3 UpdateDeployment, table 4: \"Number of Deployment instances. The value can only be 1.\" IEF v3 UpdateDeployment (Chinese) no longer states this bound and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model UpdatePodDeployment has replicas optional since 0.1.16 (see `disputed-required`); the bound of IEF v3 UpdateDeployment is applied. For v3 create, IEF v3 CreateDeployments gives no bound; IEF v3 CreateDeployments (English), table 4 says \"only 1 for the professional edition and less than 100 for the platinum edition\", and platinum features are accepted by default, so 1–99 is allowed.",
        "IEF v3 UpdateDeployment 表4:\"副本数量,只能为 1\"。IEF v3 UpdateDeployment (Chinese) 已不再写明该范围,华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 UpdatePodDeployment 自 0.1.16 起 replicas 为可选(见 `disputed-required`);仍采用 IEF v3 UpdateDeployment 的范围。v3 创建的 IEF v3 CreateDeployments 未给出范围;IEF v3 CreateDeployments (English) 表4 写明\"专业版只能为 1,铂金版小于 100\",而默认允许铂金版功能,因此允许 1~99。",
    ),
    &[src(Doc::IefV3Update, "table 4 (UpdatePodDeployment)"), src(Doc::IefV3CreateEn, "table 4 (CreateAppsInDeploymentV3)"), src(Doc::GoSdk, "ief/v1 model UpdatePodDeployment"), src(Doc::IefV3UpdateZh, "")],
);

/// Annotations.
pub static RING_CONTROLLER: RuleMeta = RuleMeta::error(
    "ring-controller",
    Msg::new(
        "annotations.ring_controller can only be ascend-1980",
        "annotations.ring_controller 只支持 ascend-1980",
    ),
    Msg::new(
        "\"生成ranktablefile。该参数目前只支持赋值\\\"ascend-1980\\\"\" (IEF v3 CreateDeployments, table 34).",
        "\"生成ranktablefile。该参数目前只支持赋值\\\"ascend-1980\\\"\"(IEF v3 CreateDeployments 表34)。",
    ),
    &[src(Doc::IefV3Create, "table 34 (Annotations)")],
);

/// Deployment source.
pub static DEPLOYMENT_SOURCE: RuleMeta = RuleMeta::error(
    "deployment-source",
    Msg::new("source is iem (edge market) or userdefined", "source 为 iem(边缘市场)或 userdefined(自定义)"),
    Msg::new(
        "\"应用部署来源:边缘市场(iem)或自定义()\" (IEF v3 CreateDeployments, table 3) — the page leaves the custom value empty (\"自定义()\"); the response table of the same page (table 35) names it `userdefined`. An empty string is accepted as \"custom\" too, since the request table shows it empty.",
        "\"应用部署来源:边缘市场(iem)或自定义()\"(IEF v3 CreateDeployments 表3)——页面中自定义的取值为空(\"自定义()\");同一页面的响应表(表35)写作 `userdefined`。空字符串也按\"自定义\"接受,因为请求表中该值为空。",
    ),
    &[src(Doc::IefV3Create, "tables 3 and 35")],
);

/// Resource quantities.
/// Only partly expressed in the JSON Schemas: ranges of numeric strings are not.
pub static RESOURCE_QUANTITY: RuleMeta = RuleMeta::error(
    "resource-quantity",
    Msg::new("Resource quantities are plain numbers in range: cpu 0.01–1000, memory/gpu 0.01–1024000 MB (limits.memory ≥ 4), npu 1–1000", "资源量为范围内的纯数字:cpu 0.01~1000,memory/gpu 0.01~1024000 MB(limits.memory ≥4),npu 1~1000"),
    Msg::new(
        "IEF v3 UpdateDeployment, table 15 (Res): cpu 0.01–1000 cores; memory 0.01–1,024,000 MB with a minimum of 4 for limits; gpu 0.01–1,024,000 MB; npu 1–1000; \"does not need to contain a unit\". v3 writes them as strings (\"0.25\"), v2 as JSON numbers (the request examples of IEF v2 CreateDeployment and IEF v2 UpdateDeployment; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model LimitsRequests). IEF v3 CreateDeployments, table 23 only says Map<String,String> with keys cpu, memory, gpu, npu and the NPU chip types D310/D310B (as does Go SDK ief/v1 DeploymentResources); the ranges of IEF v3 UpdateDeployment are applied to it as the same object, and chip-type keys take the npu range.",
        "IEF v3 UpdateDeployment 表15(Res):cpu 0.01~1000 核;memory 0.01~1,024,000 MB,limits 最小为 4;gpu 0.01~1,024,000 MB;npu 1~1000;\"不需要带单位\"。v3 以字符串表示(\"0.25\"),v2 以 JSON 数字表示(IEF v2 CreateDeployment 与 IEF v2 UpdateDeployment 的请求示例;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 LimitsRequests)。IEF v3 CreateDeployments 表23 只写 Map<String,String>,key 为 cpu、memory、gpu、npu 及 NPU 芯片类型 D310/D310B(Go SDK 的 ief/v1 模型 DeploymentResources 相同);作为同一对象沿用 IEF v3 UpdateDeployment 的范围,芯片类型 key 采用 npu 的范围。",
    ),
    &[src(Doc::IefV3Update, "table 15 (Res)"), src(Doc::IefV3Create, "table 23 (DeploymentResources)"), src(Doc::GoSdk, "ief/v1 model LimitsRequests"), src(Doc::GoSdk, "ief/v1 model DeploymentResources")],
)
.core_only();

/// npu_type.
pub static NPU_TYPE: RuleMeta = RuleMeta::error(
    "npu-type",
    Msg::new("npu_type is D310, D310B (v3 create) or empty", "npu_type 为 D310、D310B(v3 创建)或空值"),
    Msg::new(
        "IEF v3 CreateDeployments, table 22 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model ContainerDef allow D310, D310B and an empty value (meaning D310). IEF v3 UpdateDeployment, table 6 lists only D310 and empty; `D310B` in a v3 update is reported as `disputed-value`.",
        "IEF v3 CreateDeployments 表22 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 ContainerDef 允许 D310、D310B 与空值(即 D310)。IEF v3 UpdateDeployment 表6 只列出 D310 与空值;v3 更新中的 `D310B` 以 `disputed-value` 报告。",
    ),
    &[src(Doc::IefV3Create, "table 22 (ContainerDef)"), src(Doc::IefV3Update, "table 6 (ContainerDef)"), src(Doc::GoSdk, "ief/v1 model ContainerDef")],
);

/// Container version length (v3 update).
pub static CONTAINER_VERSION: RuleMeta = RuleMeta::error(
    "container-version",
    Msg::new("Container version is at most 128 characters (v3 update)", "容器版本最长 128 个字符(v3 更新)"),
    Msg::new(
        "\"Container version. The value contains a maximum of 128 characters.\" (IEF v3 UpdateDeployment, table 6). IEF v3 CreateDeployments states no limit for v3 create, so none is applied there.",
        "\"容器版本,最长 128 个字符\"(IEF v3 UpdateDeployment 表6)。IEF v3 CreateDeployments 未对 v3 创建规定长度,因此不做限制。",
    ),
    &[src(Doc::IefV3Update, "table 6 (ContainerDef)")],
);

// ---------------------------------------------------------------- disputes

/// host_network mandatory in IEF v3 UpdateDeployment, optional in the Go SDK.
pub static HOST_NETWORK_REQUIRED: Dispute = Dispute {
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 16 marks host_network Mandatory; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model PodConfigs has it optional since 0.1.16 (2022-12-15), default false",
        "IEF v3 UpdateDeployment 表16 标记 host_network 为必选;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 PodConfigs 自 0.1.16(2022-12-15)起为可选,默认 false",
    ),
};

/// read_only mandatory in IEF v3 UpdateDeployment, optional in the Go SDK.
pub static READ_ONLY_REQUIRED: Dispute = Dispute {
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 7 marks read_only Mandatory; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes has it optional since 0.1.16",
        "IEF v3 UpdateDeployment 表7 标记 read_only 为必选;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes 自 0.1.16 起为可选",
    ),
};

/// replicas mandatory in IEF v3 UpdateDeployment, optional in the Go SDK.
pub static REPLICAS_REQUIRED: Dispute = Dispute {
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 4 marks replicas Mandatory (\"can only be 1\"); Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model UpdatePodDeployment has it optional since 0.1.16, and IEF v3 UpdateDeployment (Chinese) drops the constraint",
        "IEF v3 UpdateDeployment 表4 标记 replicas 为必选(\"只能为 1\");华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 UpdatePodDeployment 自 0.1.16 起为可选,IEF v3 UpdateDeployment (Chinese) 也未再写该约束",
    ),
};

/// Fields IEF v3 UpdateDeployment omits.
pub static OMITTED_BY_002: Dispute = Dispute {
    note: Msg::new(
        "IEF v3 UpdateDeployment does not list this field; IEF v3 CreateDeployments and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188) have it on the same object (ief/v1 ContainerDef, PodConfigs, Volumes)",
        "IEF v3 UpdateDeployment 未列出该字段;IEF v3 CreateDeployments 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)在同一对象中建模了它(ief/v1 模型 ContainerDef、PodConfigs、Volumes)",
    ),
};

/// NPU chip-type resource keys in IEF v3 UpdateDeployment's closed Res.
pub static CHIP_KEY_002: Dispute = Dispute {
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 15 (Res) has only cpu, memory, gpu and npu; IEF v3 CreateDeployments, table 23 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model DeploymentResources (`map<string,string>`) also take NPU chip-type keys D310/D310B",
        "IEF v3 UpdateDeployment 表15(Res)只有 cpu、memory、gpu、npu;IEF v3 CreateDeployments 表23 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 DeploymentResources(`map<string,string>`)还接受 NPU 芯片类型 key D310/D310B",
    ),
};

/// D310B in a v3 update.
pub static D310B_002: Dispute = Dispute {
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 6 lists only D310 for npu_type; IEF v3 CreateDeployments, table 22 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model ContainerDef (since 0.1.138) also allow D310B",
        "IEF v3 UpdateDeployment 表6 的 npu_type 只列出 D310;IEF v3 CreateDeployments 表22 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 ContainerDef(0.1.138 起)还允许 D310B",
    ),
};

// ---------------------------------------------------------------- enums

/// Restart policies (v3).
pub static RESTART_POLICIES: EnumSpec = EnumSpec {
    values: &["Always", "OnFailure", "Never"],
    disputed: &[],
};
/// DNS policies.
pub static DNS_POLICIES: EnumSpec = EnumSpec {
    values: &["Default", "ClusterFirst", "ClusterFirstWithHostNet"],
    disputed: &[],
};
/// Volume types.
pub static VOLUME_TYPES: EnumSpec = EnumSpec {
    values: &["configMap", "secret", "emptyDir", "hostPath"],
    disputed: &[],
};
static NPU_TYPES_CREATE: EnumSpec = EnumSpec {
    values: &["D310", "D310B", ""],
    disputed: &[],
};
static NPU_TYPES_UPDATE: EnumSpec = EnumSpec {
    values: &["D310", ""],
    disputed: &[("D310B", &D310B_002)],
};
static SOURCES: EnumSpec = EnumSpec {
    values: &["iem", "userdefined", ""],
    disputed: &[],
};
static RING_CONTROLLERS: EnumSpec = EnumSpec {
    values: &["ascend-1980"],
    disputed: &[],
};

/// Tag characters.
pub static TAG_CHARS: Pattern = Pattern::new(
    "^[A-Za-z0-9_-]*$",
    Msg::new(
        "only letters, digits, underscores and hyphens",
        "仅允许大小写英文字母、数字、下划线、中划线",
    ),
);

// ---------------------------------------------------------------- PodConfigs

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
        "Restart policy: Always, OnFailure or Never. It cannot be changed by an update.",
        "应用实例重启策略,可选值Always、OnFailure、Never",
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
        "DNS policy: Default, ClusterFirst or ClusterFirstWithHostNet (default Default). With host network only Default or ClusterFirstWithHostNet; without it only Default or ClusterFirst.",
        "应用实例DNS策略,可选值Default、ClusterFirst、ClusterFirstWithHostNet,默认为Default。应用实例启用主机网络时只能选填Default、ClusterFirstWithHostNet,不启用主机网络时只能选填Default、ClusterFirst",
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

// ---------------------------------------------------------------- resources

/// A resource quantity: its key, bounds, unit and meaning (IEF v3 UpdateDeployment, table 15),
/// written once and used by v3 (as strings) and v2 (as numbers).
pub struct Quantity {
    name: &'static str,
    min: f64,
    max: f64,
    integer: bool,
    unit: Msg,
    doc: Msg,
}

const CORES: Msg = Msg::new("CPU cores", "CPU 核数");
const MB: Msg = Msg::new("MB", "MB");
const NPUS: Msg = Msg::new("NPUs", "NPU 个数");

/// `cpu`: 0.01–1000 cores.
pub const CPU_QTY: Quantity = Quantity {
    name: "cpu",
    min: 0.01,
    max: 1000.0,
    integer: false,
    unit: CORES,
    doc: Msg::new(
        "Number of CPU cores, 0.01–1000, without unit.",
        "CPU 核数,取值范围 0.01~1000,不带单位",
    ),
};
/// `memory` in requests: 0.01–1,024,000 MB.
pub const MEMORY_REQ_QTY: Quantity = Quantity {
    name: "memory",
    min: 0.01,
    max: 1_024_000.0,
    integer: false,
    unit: MB,
    doc: Msg::new(
        "Memory in MB, 0.01–1,024,000, without unit.",
        "内存大小(MB),取值范围 0.01~1,024,000,不带单位",
    ),
};
/// `memory` in limits: at least 4 MB.
pub const MEMORY_LIM_QTY: Quantity = Quantity {
    name: "memory",
    min: 4.0,
    max: 1_024_000.0,
    integer: false,
    unit: MB,
    doc: Msg::new(
        "Memory in MB, 4–1,024,000 for limits, without unit.",
        "内存大小(MB),limits 取值范围 4~1,024,000,不带单位",
    ),
};
/// `gpu`: 0.01–1,024,000 MB.
pub const GPU_QTY: Quantity = Quantity {
    name: "gpu",
    min: 0.01,
    max: 1_024_000.0,
    integer: false,
    unit: MB,
    doc: Msg::new(
        "GPU memory in MB, 0.01–1,024,000, without unit.",
        "GPU 显存大小(MB),取值范围 0.01~1,024,000,不带单位",
    ),
};
/// `npu`: 1–1000.
pub const NPU_QTY: Quantity = Quantity {
    name: "npu",
    min: 1.0,
    max: 1000.0,
    integer: true,
    unit: NPUS,
    doc: Msg::new(
        "Number of NPUs, 1–1000 (chip type from npu_type).",
        "NPU 个数,取值范围 1~1000(芯片类型由 npu_type 指定)",
    ),
};
const D310_QTY: Quantity = Quantity {
    name: "D310",
    min: 1.0,
    max: 1000.0,
    integer: true,
    unit: NPUS,
    doc: Msg::new("Number of D310 NPUs, 1–1000.", "D310 NPU 个数,取值范围 1~1000"),
};
const D310B_QTY: Quantity = Quantity {
    name: "D310B",
    min: 1.0,
    max: 1000.0,
    integer: true,
    unit: NPUS,
    doc: Msg::new("Number of D310B NPUs, 1–1000.", "D310B NPU 个数,取值范围 1~1000"),
};

const fn spec(q: &Quantity) -> NumSpec {
    NumSpec {
        min: q.min,
        max: q.max,
        integer: q.integer,
        unit: q.unit,
    }
}

/// A quantity written as a decimal string (v3).
pub const fn qty_string(q: Quantity) -> FieldSpec {
    field(q.name, Ty::NumStr(spec(&q)), q.doc).rule(&RESOURCE_QUANTITY)
}

/// A quantity written as a JSON number (v2).
pub const fn qty_number(q: Quantity) -> FieldSpec {
    field(q.name, Ty::Num(spec(&q)), q.doc).rule(&RESOURCE_QUANTITY)
}

const CPU: FieldSpec = qty_string(CPU_QTY);
const MEMORY_REQ: FieldSpec = qty_string(MEMORY_REQ_QTY);
const MEMORY_LIM: FieldSpec = qty_string(MEMORY_LIM_QTY);
const GPU: FieldSpec = qty_string(GPU_QTY);
const NPU: FieldSpec = qty_string(NPU_QTY);
const D310: FieldSpec = qty_string(D310_QTY);
const D310B: FieldSpec = qty_string(D310B_QTY);

static LIMITS_CREATE: ObjectSpec = ObjectSpec {
    name: "limits",
    doc: Msg::new(
        "Most resources the container may use; keys cpu, memory, gpu, npu, D310, D310B.",
        "允许容器使用的最大资源,key值支持填写:cpu, memory, gpu, npu, D310, D310B",
    ),
    source: src(Doc::IefV3Create, "table 23 (DeploymentResources)"),
    closed: true,
    role: Role::Plain,
    fields: &[CPU, MEMORY_LIM, GPU, NPU, D310, D310B],
};
static REQUESTS_CREATE: ObjectSpec = ObjectSpec {
    name: "requests",
    doc: Msg::new(
        "Least resources the container needs; keys cpu, memory, gpu, npu, D310, D310B.",
        "容器需要使用的最小资源,key值支持填写:cpu, memory, gpu, npu, D310, D310B",
    ),
    source: src(Doc::IefV3Create, "table 23 (DeploymentResources)"),
    closed: true,
    role: Role::Plain,
    fields: &[CPU, MEMORY_REQ, GPU, NPU, D310, D310B],
};
static RESOURCES_CREATE: ObjectSpec = ObjectSpec {
    name: "DeploymentResources",
    doc: Msg::new(
        "Container resources: limits and requests, quantities as strings.",
        "创建容器时使用的资源",
    ),
    source: src(Doc::IefV3Create, "table 23 (DeploymentResources)"),
    closed: true,
    role: Role::Resources,
    fields: &[
        field(
            "limits",
            Ty::Object(&LIMITS_CREATE),
            Msg::new("Most resources the container may use.", "允许容器使用的最大资源"),
        ),
        field(
            "requests",
            Ty::Object(&REQUESTS_CREATE),
            Msg::new(
                "Least resources the container needs; not above limits.",
                "容器需要使用的最小资源",
            ),
        ),
    ],
};

static LIMITS_UPDATE: ObjectSpec = ObjectSpec {
    name: "Res",
    doc: Msg::new("Resource amount limit.", "资源上限"),
    source: src(Doc::IefV3Update, "table 15 (Res)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        CPU,
        MEMORY_LIM,
        GPU,
        NPU,
        D310.undocumented(&CHIP_KEY_002),
        D310B.undocumented(&CHIP_KEY_002),
    ],
};
static REQUESTS_UPDATE: ObjectSpec = ObjectSpec {
    name: "Res",
    doc: Msg::new(
        "Requested resource amount, not above the limit.",
        "申请的资源量,不能大于资源上限",
    ),
    source: src(Doc::IefV3Update, "table 15 (Res)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        CPU,
        MEMORY_REQ,
        GPU,
        NPU,
        D310.undocumented(&CHIP_KEY_002),
        D310B.undocumented(&CHIP_KEY_002),
    ],
};
static RESOURCES_UPDATE: ObjectSpec = ObjectSpec {
    name: "ResQuest",
    doc: Msg::new("Container resource amount.", "容器资源量"),
    source: src(Doc::IefV3Update, "table 14 (ResQuest)"),
    closed: true,
    role: Role::Resources,
    fields: &[
        field(
            "limits",
            Ty::Object(&LIMITS_UPDATE),
            Msg::new("Resource amount limit.", "资源上限"),
        ),
        field(
            "requests",
            Ty::Object(&REQUESTS_UPDATE),
            Msg::new(
                "Requested resource amount, which cannot be greater than the resource limit.",
                "申请的资源量,不能大于资源上限",
            ),
        ),
    ],
};

// ---------------------------------------------------------------- volumes

/// `type` of a volume.
pub const VOLUME_TYPE: FieldSpec = field(
    "type",
    str_enum(&VOLUME_TYPES),
    Msg::new(
        "Volume type: configMap, secret, emptyDir or hostPath.",
        "卷的类型,支持configMap,secret,emptyDir,hostPath",
    ),
)
.required()
.rule(&VOLUME_FIELDS);
/// `name` of a volume.
pub const VOLUME_NAME_FIELD: FieldSpec = field(
    "name",
    str_pat(&VOLUME_NAME, 1, 63),
    Msg::new(
        "Volume name: lowercase letters or digits, at most 63 characters.",
        "卷名称,小写字母或数字,最长63个字符",
    ),
)
.required()
.rule(&VOLUME_FIELDS);
/// `source` of a volume.
pub const VOLUME_SOURCE_FIELD: FieldSpec = field(
    "source",
    STR,
    Msg::new(
        "hostPath: a path starting with /; secret: the secret name; configMap: the ConfigMap name; emptyDir: disk or memory.",
        "卷来源,type为hostPath时输入路径,要求以/开头,后面可包含中划线,反斜杠,下划线,点号,字母,数字; secret时输入secret名称,configMap时输入configMap名称,emptyDir时输入disk或memory",
    ),
)
.required();
/// `destination` of a volume.
pub const VOLUME_DESTINATION: FieldSpec = field(
    "destination",
    Ty::Str(StrSpec {
        min_len: None,
        max_len: None,
        pattern: Some(&ABS_PATH),
        values: None,
        forbidden: None,
    }),
    Msg::new(
        "Mount path in the container; must be a valid (absolute) path.",
        "卷挂载路径,必须是合法的路径",
    ),
)
.required()
.rule(&VOLUME_FIELDS);
/// `read_only` of a volume.
pub const READ_ONLY: FieldSpec = field(
    "read_only",
    Ty::Bool,
    Msg::new(
        "Read-only mount; configMap and secret volumes support only read-only.",
        "读写权限,configMap和secret类型只支持读权限",
    ),
);
/// `default_mode` of a volume.
pub const DEFAULT_MODE: FieldSpec = field(
    "default_mode",
    INT,
    Msg::new(
        "File mode of the mounted files, only for configMap and secret; default 0644; decimal or octal.",
        "挂载的文件权限,仅configMap和secret类型生效,默认为0644,支持填写十进制和八进制参数",
    ),
);

/// `Volumes` (v3 create).
pub static VOLUME_CREATE: ObjectSpec = ObjectSpec {
    name: "Volumes",
    doc: Msg::new("A volume mounted into the container.", "卷配置"),
    source: src(Doc::IefV3Create, "table 33 (Volumes)"),
    closed: true,
    role: Role::Volume,
    fields: &[
        VOLUME_NAME_FIELD,
        VOLUME_TYPE,
        VOLUME_SOURCE_FIELD,
        VOLUME_DESTINATION,
        READ_ONLY.required_disputed(&READ_ONLY_REQUIRED),
        DEFAULT_MODE,
    ],
};

/// `Volume` (v3 update).
pub static VOLUME_UPDATE: ObjectSpec = ObjectSpec {
    name: "Volume",
    doc: Msg::new("A volume attached to the container.", "卷配置"),
    source: src(Doc::IefV3Update, "table 7 (Volume)"),
    closed: true,
    role: Role::Volume,
    fields: &[
        VOLUME_NAME_FIELD,
        VOLUME_TYPE,
        READ_ONLY.required_disputed(&READ_ONLY_REQUIRED),
        VOLUME_SOURCE_FIELD,
        VOLUME_DESTINATION,
        DEFAULT_MODE.undocumented(&OMITTED_BY_002),
    ],
};

static VOLUMES_CREATE: ArraySpec = ArraySpec {
    items: Ty::Object(&VOLUME_CREATE),
    min_items: None,
    max_items: None,
};
static VOLUMES_UPDATE: ArraySpec = ArraySpec {
    items: Ty::Object(&VOLUME_UPDATE),
    min_items: None,
    max_items: None,
};

// ---------------------------------------------------------------- ContainerDef

const PROBE_DOC_R: Msg = Msg::new("Workload readiness probe.", "工作负载业务探针");
const PROBE_DOC_L: Msg = Msg::new("Workload liveness probe.", "工作负载存活探针");

/// `ContainerDef` (v3 create).
pub static CONTAINER_CREATE: ObjectSpec = ObjectSpec {
    name: "ContainerDef",
    doc: Msg::new("A container of the deployment.", "应用部署业务容器"),
    source: src(Doc::IefV3Create, "table 22 (ContainerDef)"),
    closed: true,
    role: Role::Container,
    fields: &[
        CONTAINER_NAME_FIELD,
        V3_IMAGE_URL,
        ARGS_FIELD,
        COMMAND_FIELD,
        field(
            "resources",
            Ty::Object(&RESOURCES_CREATE),
            Msg::new("Resources of the container.", "创建容器时使用的资源"),
        ),
        ENVS_FIELD,
        field(
            "ports",
            Ty::Array(&PORTS),
            Msg::new("Container port mappings.", "容器端口映射值"),
        ),
        PRIVILEGED,
        RUN_AS_USER_FIELD,
        field("readiness_probe", Ty::Object(&PROBE), PROBE_DOC_R),
        field("liveness_probe", Ty::Object(&PROBE), PROBE_DOC_L),
        field("version", STR, Msg::new("Container image version.", "容器镜像版本")),
        field("volumes", Ty::Array(&VOLUMES_CREATE), Msg::new("Volumes.", "卷配置")),
        field(
            "npu_type",
            str_enum(&NPU_TYPES_CREATE),
            Msg::new(
                "NPU type: D310, D310B, or empty for D310.",
                "NPU类型,支持D310、D310B;空值为D310类型",
            ),
        )
        .rule(&NPU_TYPE),
    ],
};

/// `ContainerDef` (v3 update).
pub static CONTAINER_UPDATE: ObjectSpec = ObjectSpec {
    name: "ContainerDef",
    doc: Msg::new("A container of the Deployment.", "应用部署业务容器"),
    source: src(Doc::IefV3Update, "table 6 (ContainerDef)"),
    closed: true,
    role: Role::Container,
    fields: &[
        CONTAINER_NAME_FIELD,
        V3_IMAGE_URL,
        ARGS_FIELD,
        COMMAND_FIELD,
        field(
            "resources",
            Ty::Object(&RESOURCES_UPDATE),
            Msg::new("Container resource amount.", "容器资源量"),
        ),
        ENVS_FIELD,
        field(
            "ports",
            Ty::Array(&PORTS),
            Msg::new("Container port mapping.", "容器端口映射"),
        ),
        PRIVILEGED,
        RUN_AS_USER_FIELD.undocumented(&OMITTED_BY_002),
        field("readiness_probe", Ty::Object(&PROBE), PROBE_DOC_R),
        field("liveness_probe", Ty::Object(&PROBE), PROBE_DOC_L),
        field(
            "version",
            str_max(128),
            Msg::new("Container version, at most 128 characters.", "容器版本,最长128个字符"),
        )
        .rule(&CONTAINER_VERSION),
        field(
            "volumes",
            Ty::Array(&VOLUMES_UPDATE),
            Msg::new("Volumes attached to containers.", "卷配置"),
        ),
        field(
            "npu_type",
            str_enum(&NPU_TYPES_UPDATE),
            Msg::new("NPU type: D310, or empty for D310.", "NPU类型,支持D310;空值为D310"),
        )
        .rule(&NPU_TYPE),
    ],
};

static CONTAINERS_CREATE: ArraySpec = ArraySpec {
    items: Ty::Object(&CONTAINER_CREATE),
    min_items: None,
    max_items: None,
};
static CONTAINERS_UPDATE: ArraySpec = ArraySpec {
    items: Ty::Object(&CONTAINER_UPDATE),
    min_items: None,
    max_items: None,
};

// ---------------------------------------------------------------- PodRequest

const AFFINITY_FIELD: FieldSpec = field(
    "affinity",
    Ty::Object(&AFFINITY),
    Msg::new(
        "Affinity rules; platinum edition only.",
        "应用实例亲和性规则,仅铂金版支持",
    ),
);

/// `PodRequest` (v3 create).
pub static POD_REQUEST_CREATE: ObjectSpec = ObjectSpec {
    name: "PodRequest",
    doc: Msg::new("Deployment template.", "应用部署模板"),
    source: src(Doc::IefV3Create, "table 6 (PodRequest)"),
    closed: true,
    role: Role::PodTemplate,
    fields: &[
        field(
            "configs",
            Ty::Object(&POD_CONFIGS_CREATE),
            Msg::new("Application instance configuration.", "应用实例配置"),
        )
        .required(),
        AFFINITY_FIELD,
        field(
            "init_containers",
            Ty::Array(&CONTAINERS_CREATE),
            Msg::new("Init containers.", "应用部署init业务容器"),
        ),
        field(
            "containers",
            Ty::Array(&CONTAINERS_CREATE),
            Msg::new("Containers.", "应用部署业务容器"),
        )
        .required(),
    ],
};

/// `PodRequest` (v3 update).
pub static POD_REQUEST_UPDATE: ObjectSpec = ObjectSpec {
    name: "PodRequest",
    doc: Msg::new("Deployment chart.", "应用部署模板"),
    source: src(Doc::IefV3Update, "table 5 (PodRequest)"),
    closed: true,
    role: Role::PodTemplate,
    fields: &[
        field(
            "configs",
            Ty::Object(&POD_CONFIGS_UPDATE),
            Msg::new("Application instance configuration.", "应用实例配置"),
        )
        .required(),
        AFFINITY_FIELD,
        field(
            "init_containers",
            Ty::Array(&CONTAINERS_UPDATE),
            Msg::new(
                "init container configuration of the Deployment.",
                "应用部署init业务容器",
            ),
        ),
        field(
            "containers",
            Ty::Array(&CONTAINERS_UPDATE),
            Msg::new("Container configuration of the Deployment.", "应用部署业务容器"),
        )
        .required(),
    ],
};

// ---------------------------------------------------------------- create body

static ATTRIBUTES: ObjectSpec = ObjectSpec {
    name: "Attributes",
    doc: Msg::new("A tag of the deployment.", "节点属性"),
    source: src(Doc::IefV3Create, "table 4 (Attributes)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "key",
            str_pat(&TAG_CHARS, 1, 128),
            Msg::new(
                "Tag key: 1–128 letters, digits, _ and -.",
                "节点属性的key值,长度取值范围为1~128,仅允许大小写英文字母、数字、下划线、中划线",
            ),
        )
        .rule(&TAG),
        field(
            "value",
            str_pat(&TAG_CHARS, 1, 256),
            Msg::new(
                "Tag value: 1–256 letters, digits, _ and -.",
                "节点属性的value值,长度取值范围为1~256,仅允许大小写英文字母、数字、下划线、中划线",
            ),
        )
        .rule(&TAG),
    ],
};
static TAGS: ArraySpec = ArraySpec {
    items: Ty::Object(&ATTRIBUTES),
    min_items: None,
    max_items: None,
};

static ANNOTATIONS: ObjectSpec = ObjectSpec {
    name: "Annotations",
    doc: Msg::new("Extension options.", "应用扩展功能配置选项"),
    source: src(Doc::IefV3Create, "table 34 (Annotations)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "ring_controller",
            str_enum(&RING_CONTROLLERS),
            Msg::new(
                "Generates the rank table file; only \"ascend-1980\".",
                "生成ranktablefile。该参数目前只支持赋值\"ascend-1980\"。",
            ),
        )
        .rule(&RING_CONTROLLER),
        field(
            "autonomy_edge_selector",
            STR,
            Msg::new(
                "Offline self-healing: the ID of the node group to schedule on.",
                "离线自愈功能配置字段,须填写调度的节点组id",
            ),
        ),
    ],
};

static CREATE_APPS: ObjectSpec = ObjectSpec {
    name: "CreateAppsInDeploymentV3",
    doc: Msg::new("Deployment parameters.", "部署参数配置"),
    source: src(Doc::IefV3Create, "table 5 (CreateAppsInDeploymentV3)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "replicas",
            int(1, 99),
            Msg::new(
                "Number of replicas: 1 for the professional edition, under 100 for platinum.",
                "副本数量",
            ),
        )
        .required()
        .rule(&REPLICAS),
        field(
            "template",
            Ty::Object(&POD_REQUEST_CREATE),
            Msg::new("Deployment template.", "应用部署模板"),
        )
        .required(),
        field(
            "annotations",
            Ty::Object(&ANNOTATIONS),
            Msg::new("Extension options.", "应用扩展功能配置选项"),
        ),
    ],
};

/// `NODE_IDS` array: one element.
pub static NODE_ID_LIST: ArraySpec = ArraySpec {
    items: STR,
    min_items: Some(1),
    max_items: Some(1),
};

/// v3 create body (IEF v3 CreateDeployments, table 3).
pub static CREATE_BODY: ObjectSpec = ObjectSpec {
    name: "CreateDeployment",
    doc: Msg::new("Request body of IEF v3 create deployment.", "IEF v3 创建部署请求体"),
    source: src(Doc::IefV3Create, "table 3 (request body)"),
    closed: true,
    role: Role::Root,
    fields: &[
        field("name", str_pat(&LOWER_NAME, 1, 32), Msg::new("Deployment name: at most 32 lowercase letters, digits and hyphens, starting and ending with a letter or digit.", "部署名称,只允许英文小写字母、数字、中划线,最大长度32,英文小写字母或数字开头和结尾"))
            .required()
            .rule(&DEPLOYMENT_NAME),
        DESCRIPTION_FIELD,
        field("source", str_enum(&SOURCES), Msg::new("Deployment source: edge market (iem) or custom (userdefined).", "应用部署来源:边缘市场(iem)或自定义")).rule(&DEPLOYMENT_SOURCE),
        field("group_id", STR, Msg::new("Deploy to this node group; either this or node_ids.", "应用部署到指定节点组,与node_ids二选一")),
        field("node_ids", Ty::Array(&NODE_ID_LIST), Msg::new("Deploy to this edge node; only one node is supported.", "应用部署到指定节点,当前只支持一个边缘节点")).rule(&NODE_IDS),
        field("tags", Ty::Array(&TAGS), Msg::new("Tags.", "节点属性")),
        field("deployment", Ty::Object(&CREATE_APPS), Msg::new("Deployment parameters.", "部署参数配置")).required(),
    ],
};

// ---------------------------------------------------------------- update body

static UPDATE_POD_DEPLOYMENT: ObjectSpec = ObjectSpec {
    name: "UpdatePodDeployment",
    doc: Msg::new(
        "New deployment configuration; replaces all of it.",
        "新的部署配置,将替换部署的全部配置",
    ),
    source: src(Doc::IefV3Update, "table 4 (UpdatePodDeployment)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "replicas",
            int(1, 1),
            Msg::new(
                "Number of Deployment instances. The value can only be 1.",
                "副本数量,只能为1",
            ),
        )
        .required_disputed(&REPLICAS_REQUIRED)
        .rule(&REPLICAS),
        field(
            "template",
            Ty::Object(&POD_REQUEST_UPDATE),
            Msg::new("Deployment chart.", "应用部署模板"),
        )
        .required(),
    ],
};

/// v3 update body (IEF v3 UpdateDeployment, table 3).
pub static UPDATE_BODY: ObjectSpec = ObjectSpec {
    name: "UpdateDeployment",
    doc: Msg::new("Request body of IEF v3 update deployment.", "IEF v3 更新部署请求体"),
    source: src(Doc::IefV3Update, "table 3 (request body)"),
    closed: true,
    role: Role::Root,
    fields: &[
        field(
            "deployment",
            Ty::Object(&UPDATE_POD_DEPLOYMENT),
            Msg::new(
                "New deployment configurations; replaces all configurations of the Deployment.",
                "新的部署配置,将替换部署的全部配置",
            ),
        ),
        DESCRIPTION_FIELD,
    ],
};
