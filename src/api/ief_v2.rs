//! IEF v2 app deployment bodies: create (IEF v2 CreateDeployment) and update (IEF v2 UpdateDeployment).
//!
//! Both pages are Chinese and omit their sub-tables 10–15 (envs, volumes,
//! resources, configs, probes). Those objects follow the closest official
//! source, the v2 application-template models that use the same table
//! numbers (Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 models VersionDetail and
//! VersionUpdate): resources are JSON numbers, probes use an
//! `exec_command` string, `restart_policy` is spelled `Onfailure`, and every
//! port field is optional. Decisions:
//! - The create body is wrapped as `{"deployment": {...}}`, as the page's
//!   request example (also on Huawei's published page ief_02_0054) shows; a flat body as table 3
//!   reads literally is accepted with the `v2-create-wrapper` warning.
//! - `npu_type` and `arch` exist in Go SDK ief/v1 VersionDetail but not on the pages:
//!   `disputed-field`. `default_mode` likewise (no evidence it applies to v2).

use super::common::*;
use super::ief_v3::{
    qty_number, CPU_QTY, DEFAULT_MODE, DEPLOYMENT_NAME, DNS_POLICIES, GPU_QTY, MEMORY_LIM_QTY, MEMORY_REQ_QTY,
    NODE_IDS, NODE_ID_LIST, NPU_QTY, NPU_TYPE, READ_ONLY, VOLUME_DESTINATION, VOLUME_NAME_FIELD, VOLUME_SOURCE_FIELD,
    VOLUME_TYPE,
};
use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Category, Doc, RuleMeta};

/// App version.
pub static APP_VERSION: RuleMeta = RuleMeta::new("app-version", Category::Api)
    .summary(Msg::new("v2 app versions are lowercase letters, digits, - and ., at most 64, starting with a letter or digit", "v2 应用版本只允许小写字母、数字、中划线、点,最大长度 64,以小写字母或数字开头"))
    .explanation(Msg::new(
            "\"版本描述,只允许英文小写字母、数字、中划线、点,最大长度64,英文小写字母或数字开头\" (IEF v2 CreateDeployment, table 4). `V1.0` and `1.0_beta` are rejected.",
            "\"版本描述,只允许英文小写字母、数字、中划线、点,最大长度64,英文小写字母或数字开头\"(IEF v2 CreateDeployment 表4)。`V1.0` 与 `1.0_beta` 会被拒绝。",
        ))
    .sources(&[src(Doc::IefV2Create, "table 4 (app)")])
    .structural();

/// v2 arch (only in the v2 application-template version sources).
pub static APP_ARCH: RuleMeta = RuleMeta::new("app-arch", Category::Api)
    .summary(Msg::new("v2 arch is x86_64, arm32 or arm64", "v2 arch 为 x86_64、arm32 或 arm64"))
    .explanation(Msg::new(
            "The v2 pages do not list `arch` (see `disputed-field`); Huawei's page for the v2 application-template version, the closest source, allows `x86_64`, `arm32` and `arm64` (IEF v2 CreateAppVersions, table 4; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model VersionDetail has the field). Any other value is rejected there.",
            "v2 页面未列出 `arch`(见 `disputed-field`);最接近的来源——华为 v2 应用模板版本页面——允许 `x86_64`、`arm32`、`arm64`(IEF v2 CreateAppVersions 表4;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 VersionDetail 含有该字段),其他取值会被拒绝。",
        ))
    .sources(&[src(Doc::IefV2AppVersion, "table 4 (version)"), src(Doc::GoSdk, "ief/v1 model VersionDetail")])
    .structural();

/// A v2 deployment or app name: at most 64 characters (the `deployment-name` rule; IEF v2
/// CreateDeployment, tables 3 and 4).
const V2_NAME: Ty = str_pat(&LOWER_NAME, 1, 64);

static VERSION_CHARS: Pattern = Pattern::new(
    "^[a-z0-9][a-z0-9.-]*$",
    Msg::new(
        "only lowercase letters, digits, hyphens and periods, starting with a lowercase letter or digit",
        "只允许英文小写字母、数字、中划线、点,英文小写字母或数字开头",
    ),
);

// ---------------------------------------------------------------- disputes

static SDK_ONLY_V2: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "the v2 deployment pages (IEF v2 CreateDeployment and IEF v2 UpdateDeployment) do not list this field; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188) models it in ief/v1 VersionDetail and VersionUpdate (the v2 application-template version), the closest source for the v2 sub-objects",
        "v2 部署页面(IEF v2 CreateDeployment 与 IEF v2 UpdateDeployment)未列出该字段;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)在 ief/v1 模型 VersionDetail、VersionUpdate(v2 应用模板版本)中建模了它,这是 v2 子对象最接近的来源",
    ),
};

static DEFAULT_MODE_V2: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "no v2 source has default_mode; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes (shared by v2 and v3) gained it in 0.1.138 (2025-02-27) for v3",
        "没有任何 v2 来源包含 default_mode;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes(v2 与 v3 共用)在 0.1.138(2025-02-27)中为 v3 新增该字段",
    ),
};

static ON_FAILURE_V2: Dispute = Dispute {
    prefer: Some("Onfailure"),
    note: Msg::new(
        "Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model AppConfigs (the v2 configs table) spells it `Onfailure`; the v3 pages (IEF v3 UpdateDeployment, table 16; IEF v3 CreateDeployments, table 7) spell it `OnFailure`",
        "华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 AppConfigs(v2 configs 表)写作 `Onfailure`;v3 页面(IEF v3 UpdateDeployment 表16、IEF v3 CreateDeployments 表7)写作 `OnFailure`",
    ),
};

static RESTART_POLICIES_V2: EnumSpec = EnumSpec {
    values: &["Always", "Onfailure", "Never"],
    disputed: &[("OnFailure", &ON_FAILURE_V2)],
};
static ARCHES: EnumSpec = EnumSpec {
    values: &["x86_64", "arm32", "arm64"],
    disputed: &[],
};
static NPU_TYPES_V2: EnumSpec = EnumSpec {
    values: &["D310", "D310B", ""],
    disputed: &[],
};

// ---------------------------------------------------------------- sub-objects (Tables 10–15)

/// v2 `Volumes` (table 11, lost from the pages; Go SDK ief/v1 Volumes).
pub static VOLUME: ObjectSpec = ObjectSpec {
    name: "Volumes",
    doc: Msg::new("A volume of the app (Table 11).", "卷配置(表11)"),
    source: src(Doc::GoSdk, "ief/v1 model Volumes"),
    closed: true,
    role: Role::Volume,
    fields: &[
        VOLUME_NAME_FIELD,
        VOLUME_TYPE,
        VOLUME_SOURCE_FIELD,
        VOLUME_DESTINATION,
        READ_ONLY,
        DEFAULT_MODE.undocumented(&DEFAULT_MODE_V2),
    ],
};
static VOLUMES: ArraySpec = ArraySpec {
    items: Ty::Object(&VOLUME),
    min_items: None,
    max_items: None,
};

const CPU: FieldSpec = qty_number(CPU_QTY);
const MEM_REQ: FieldSpec = qty_number(MEMORY_REQ_QTY);
const MEM_LIM: FieldSpec = qty_number(MEMORY_LIM_QTY);
const GPU: FieldSpec = qty_number(GPU_QTY);
const NPU: FieldSpec = qty_number(NPU_QTY);

static LIMITS: ObjectSpec = ObjectSpec {
    name: "LimitsRequests",
    doc: Msg::new(
        "Most resources the app may use (Table 13), as numbers.",
        "资源上限(表13),数字",
    ),
    source: src(Doc::GoSdk, "ief/v1 model LimitsRequests"),
    closed: true,
    role: Role::Plain,
    fields: &[CPU, MEM_LIM, GPU, NPU],
};
static REQUESTS: ObjectSpec = ObjectSpec {
    name: "LimitsRequests",
    doc: Msg::new(
        "Least resources the app needs (Table 13), as numbers; not above limits.",
        "资源申请量(表13),数字,不能大于上限",
    ),
    source: src(Doc::GoSdk, "ief/v1 model LimitsRequests"),
    closed: true,
    role: Role::Plain,
    fields: &[CPU, MEM_REQ, GPU, NPU],
};
static RESOURCES: ObjectSpec = ObjectSpec {
    name: "Resources",
    doc: Msg::new("Container resources (Table 12).", "容器资源配置(表12)"),
    source: src(Doc::GoSdk, "ief/v1 model Resources"),
    closed: true,
    role: Role::Resources,
    fields: &[
        field("limits", Ty::Object(&LIMITS), Msg::new("Resource limits.", "资源上限")),
        field(
            "requests",
            Ty::Object(&REQUESTS),
            Msg::new("Resource requests; not above limits.", "资源申请量,不能大于上限"),
        ),
    ],
};

static PORT_V2: ObjectSpec = ObjectSpec {
    name: "Ports",
    doc: Msg::new("A port mapping (Table 14 ports).", "端口映射(表14 ports)"),
    source: src(Doc::GoSdk, "ief/v1 model Ports"),
    closed: true,
    role: Role::PortMapping,
    fields: &[
        field("container_port", PORT, Msg::new("Container port.", "容器端口")).rule(&PORT_NUMBER),
        field("host_port", PORT, Msg::new("Host port.", "主机端口")).rule(&PORT_NUMBER),
        field("host_ip", STR, Msg::new("NIC address of the host.", "对应网卡地址")),
    ],
};
static PORTS_V2: ArraySpec = ArraySpec {
    items: Ty::Object(&PORT_V2),
    min_items: None,
    max_items: None,
};

/// v2 `configs` (Table 14 → AppConfigs).
pub static CONFIGS: ObjectSpec = ObjectSpec {
    name: "AppConfigs",
    doc: Msg::new("Advanced configuration (Table 14).", "高级配置(表14)"),
    source: src(Doc::GoSdk, "ief/v1 model AppConfigs"),
    closed: true,
    role: Role::PodConfigs,
    fields: &[
        PRIVILEGED,
        RUN_AS_USER_FIELD,
        field(
            "host_network",
            Ty::Bool,
            Msg::new(
                "Host network (true) or port mapping (false); Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model AppConfigs says default true.",
                "是否使用主机网络,true 为主机网络,false 为端口映射;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 AppConfigs 默认 true",
            ),
        ),
        field(
            "restart_policy",
            str_enum(&RESTART_POLICIES_V2),
            Msg::new(
                "Restart policy: Always, Onfailure or Never.",
                "重启策略:Always、Onfailure、Never",
            ),
        )
        .rule(&RESTART_POLICY),
        field("ports", Ty::Array(&PORTS_V2), Msg::new("Port mappings.", "端口映射")),
        field(
            "host_pid",
            Ty::Bool,
            Msg::new(
                "Share the host PID namespace; default false.",
                "是否与主机共PID命名空间,默认false",
            ),
        ),
        field(
            "dns_policy",
            str_enum(&DNS_POLICIES),
            Msg::new(
                "DNS policy: {values}; must match host_network.",
                "DNS策略:{values},须与 host_network 匹配",
            ),
        )
        .rule(&DNS_POLICY),
    ],
};

/// v2 probe (Table 15 → ProbeDetail).
pub static PROBE_V2: ObjectSpec = ObjectSpec {
    name: "ProbeDetail",
    doc: Msg::new("A liveness or readiness probe (Table 15).", "探针(表15)"),
    source: src(Doc::GoSdk, "ief/v1 model ProbeDetail"),
    closed: true,
    role: Role::Probe,
    fields: &[
        field(
            "exec_command",
            PROBE_COMMAND_TEXT,
            Msg::new(
                "Command the probe runs, {min}–{max} characters.",
                "探针执行命令,{min}~{max}个字符",
            ),
        )
        .rule(&PROBE_COMMAND),
        field(
            "http_get",
            Ty::Object(&HTTP_GET_DETAIL),
            Msg::new("HTTP check.", "HTTP 探测"),
        ),
        INITIAL_DELAY,
        TIMEOUT,
    ],
};

// ---------------------------------------------------------------- app / appPut

const IMAGE_URL_V2: FieldSpec = field(
    "image_url",
    str_pat_len(1, 2083),
    Msg::new(
        "Container image URL, at most {max} characters, not empty.",
        "容器镜像URL,最大长度{max},不能为空字符串。",
    ),
)
.rule(&IMAGE_URL);
const ENVS_V2: FieldSpec = ENVS_FIELD;
const VOLUMES_FIELD: FieldSpec = field(
    "volumes",
    Ty::Array(&VOLUMES),
    Msg::new("Volumes (Table 11).", "卷配置"),
);
const RESOURCES_FIELD: FieldSpec = field(
    "resources",
    Ty::Object(&RESOURCES),
    Msg::new("Container resources (Table 12).", "容器资源配置"),
);
const CONFIGS_FIELD: FieldSpec = field(
    "configs",
    Ty::Object(&CONFIGS),
    Msg::new("Advanced configuration (Table 14).", "高级配置"),
);
const LIVENESS: FieldSpec = field(
    "liveness_probe",
    Ty::Object(&PROBE_V2),
    Msg::new(
        "Liveness probe; omit if not needed.",
        "工作负载存活探针,如果不需要,请求消息体中不需要提供该字段",
    ),
);
const READINESS: FieldSpec = field(
    "readiness_probe",
    Ty::Object(&PROBE_V2),
    Msg::new(
        "Readiness probe; omit if not needed.",
        "工作负载业务探针,如果不需要,请求消息体中不需要提供该字段",
    ),
);
const COMMAND_V2: FieldSpec = field(
    "command",
    Ty::Array(&STRINGS),
    Msg::new("Container command.", "容器命令"),
);
const ARGS_V2: FieldSpec = field("args", Ty::Array(&STRINGS), Msg::new("Arguments.", "参数"));
const TOLERATION_V2: FieldSpec = field(
    "toleration_seconds",
    INT,
    Msg::new(
        "Seconds a node fault is tolerated before migrating; only with a node group.",
        "应用实例故障容忍时间,容忍时间到达后迁移应用实例,只在指定节点组部署时生效",
    ),
);
const MIGRATION_V2: FieldSpec = field(
    "migration",
    Ty::Bool,
    Msg::new(
        "Whether instances migrate on failure; mandatory with a node group; default false.",
        "应用实例故障是否迁移,指定节点组部署时必选,默认值false",
    ),
);
const NPU_TYPE_V2: FieldSpec = field(
    "npu_type",
    str_enum(&NPU_TYPES_V2),
    Msg::new("NPU type (SDK only).", "NPU类型(仅 SDK)"),
)
.undocumented(&SDK_ONLY_V2)
.rule(&NPU_TYPE);
const ARCH_V2: FieldSpec = field(
    "arch",
    str_enum(&ARCHES),
    Msg::new(
        "CPU architecture: x86_64, arm32 or arm64 (SDK only).",
        "架构:x86_64、arm32、arm64(仅 SDK)",
    ),
)
.undocumented(&SDK_ONLY_V2)
.rule(&APP_ARCH);

/// v2 `app` (IEF v2 CreateDeployment, table 4).
pub static APP: ObjectSpec = ObjectSpec {
    name: "app",
    doc: Msg::new("Application configuration.", "应用配置"),
    source: src(Doc::IefV2Create, "table 4 (app)"),
    closed: true,
    role: Role::Container,
    fields: &[
        field("name", V2_NAME, Msg::new("App name (reserved): lowercase letters, digits and hyphens, at most {max}, starting and ending with a letter or digit.", "应用名称(预留字段),只允许英文小写字母、数字、中划线,最大长度{max},英文小写字母或数字开头和结尾。"))
            .required()
            .rule(&DEPLOYMENT_NAME),
        field("version", str_pat(&VERSION_CHARS, 1, 64), Msg::new("Version: lowercase letters, digits, hyphens and periods, at most {max}, starting with a letter or digit.", "版本描述,只允许英文小写字母、数字、中划线、点,最大长度{max},英文小写字母或数字开头。")).rule(&APP_VERSION),
        IMAGE_URL_V2.required(),
        ENVS_V2,
        VOLUMES_FIELD,
        RESOURCES_FIELD,
        CONFIGS_FIELD,
        LIVENESS,
        READINESS,
        COMMAND_V2,
        TOLERATION_V2,
        MIGRATION_V2,
        ARGS_V2,
        NPU_TYPE_V2,
        ARCH_V2,
    ],
};

/// v2 `deployment` (IEF v2 CreateDeployment, table 3, as wrapped by its request example).
pub static DEPLOYMENT: ObjectSpec = ObjectSpec {
    name: "deployment",
    doc: Msg::new("The app deployment to create.", "应用部署"),
    source: src(Doc::IefV2Create, "table 3 (request body)"),
    closed: true,
    role: Role::V2Deployment,
    fields: &[
        field("name", V2_NAME, Msg::new("Deployment name: lowercase letters, digits and hyphens, at most {max}, starting and ending with a letter or digit.", "应用部署名称,只允许英文小写字母、数字、中划线,最大长度{max},英文小写字母或数字开头和结尾。"))
            .required()
            .rule(&DEPLOYMENT_NAME),
        DESCRIPTION_FIELD,
        field("node_ids", Ty::Array(&NODE_ID_LIST), Msg::new("Edge node IDs; only one node is supported. Mandatory, also with `group_id`.", "边缘节点ID列表,当前只支持一个边缘节点")).rule(&NODE_IDS).required(),
        field("app", Ty::Object(&APP), Msg::new("Application configuration.", "应用配置")).required(),
        field("group_id", STR, Msg::new("Edge node group.", "边缘节点组")),
        field("visibility", STR, Msg::new("Reserved.", "预留字段")),
    ],
};

/// v2 create body.
pub static CREATE_BODY: ObjectSpec = ObjectSpec {
    name: "CreateAppDeployment",
    doc: Msg::new(
        "Request body of IEF v2 create app deployment.",
        "IEF v2 创建应用部署请求体",
    ),
    source: src(Doc::IefV2Create, "request example"),
    closed: true,
    role: Role::Root,
    fields: &[field(
        "deployment",
        Ty::Object(&DEPLOYMENT),
        Msg::new("The app deployment.", "应用部署"),
    )
    .required()],
};

/// v2 `appPut` (IEF v2 UpdateDeployment, table 4).
pub static APP_PUT: ObjectSpec = ObjectSpec {
    name: "appPut",
    doc: Msg::new("deployment configuration parameters.", "deployment配置参数"),
    source: src(Doc::IefV2Update, "table 4 (appPut)"),
    closed: true,
    role: Role::Container,
    fields: &[
        IMAGE_URL_V2,
        ENVS_V2,
        VOLUMES_FIELD,
        RESOURCES_FIELD,
        CONFIGS_FIELD,
        field(
            "toleration_seconds",
            INT,
            Msg::new(
                "Migration wait time after a node fault (node groups only).",
                "应用实例在节点故障后等待的迁移时间(仅在节点组中使用该功能)",
            ),
        ),
        field(
            "migration",
            Ty::Bool,
            Msg::new(
                "Whether instances may migrate after a node fault (node groups only).",
                "节点组中的应用实例是否允许在节点故障后迁移(仅在节点组中使用该功能)",
            ),
        ),
        COMMAND_V2,
        ARGS_V2,
        LIVENESS,
        READINESS,
        NPU_TYPE_V2,
        ARCH_V2,
    ],
};

/// v2 update body (IEF v2 UpdateDeployment, table 3).
pub static UPDATE_BODY: ObjectSpec = ObjectSpec {
    name: "UpdateAppDeployment",
    doc: Msg::new(
        "Request body of IEF v2 update app deployment.",
        "IEF v2 更新应用部署请求体",
    ),
    source: src(Doc::IefV2Update, "table 3 (request body)"),
    closed: true,
    role: Role::Root,
    fields: &[
        DESCRIPTION_FIELD,
        field(
            "deployment",
            Ty::Object(&APP_PUT),
            Msg::new("deployment configuration parameters.", "deployment配置参数"),
        ),
    ],
};
