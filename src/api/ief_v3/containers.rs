//! `ContainerDef` for create (IEF v3 CreateDeployments, table 22) and update
//! (IEF v3 UpdateDeployment, table 6), with the `npu-type` and
//! `container-version` rules.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

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

/// D310B in a v3 update.
pub static D310B_002: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 6 lists only D310 for npu_type; IEF v3 CreateDeployments, table 22 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model ContainerDef (since 0.1.138) also allow D310B",
        "IEF v3 UpdateDeployment 表6 的 npu_type 只列出 D310;IEF v3 CreateDeployments 表22 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 ContainerDef(0.1.138 起)还允许 D310B",
    ),
};

static NPU_TYPES_CREATE: EnumSpec = EnumSpec {
    values: &["D310", "D310B", ""],
    disputed: &[],
};

static NPU_TYPES_UPDATE: EnumSpec = EnumSpec {
    values: &["D310", ""],
    disputed: &[("D310B", &D310B_002)],
};

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
            Msg::new("Container version, {bounds}.", "容器版本,最长{max}个字符"),
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

pub(super) static CONTAINERS_CREATE: ArraySpec = ArraySpec {
    items: Ty::Object(&CONTAINER_CREATE),
    min_items: None,
    max_items: None,
};

pub(super) static CONTAINERS_UPDATE: ArraySpec = ArraySpec {
    items: Ty::Object(&CONTAINER_UPDATE),
    min_items: None,
    max_items: None,
};
