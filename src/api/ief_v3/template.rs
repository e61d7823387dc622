//! `PodRequest`, the deployment template, for create (IEF v3
//! CreateDeployments, table 6) and update (IEF v3 UpdateDeployment, table 5).

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::Doc;

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
