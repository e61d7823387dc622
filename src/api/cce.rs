//! CCE Autopilot update chart release body (CCE Autopilot UpdateAutopilotRelease, Chinese).
//!
//! CCE Autopilot UpdateAutopilotRelease gives no mandatory flags in the
//! edition deploylint follows (see docs/sources.md#cce-release-update).
//! Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), cce/v3 model
//! UpdateReleaseReqBody marks `chart_id`, `action`, `parameters` and
//! `values` required, and CCE UpdateRelease and CCE Autopilot
//! UpdateAutopilotRelease (English), table 3 agree; Terraform provider
//! (terraform-provider-huaweicloud 1.97.1), resource
//! huaweicloud_cce_autopilot_release sends `action` and `parameters` as
//! optional. So `chart_id` and `values` are mandatory, and `action` and
//! `parameters` are `Required::Disputed`. `values` is open: charts take any
//! values, and the provider's resource huaweicloud_cce_release (standard
//! CCE) sends arbitrary ones.

use super::common::*;
use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Category, Doc, RuleMeta};

/// action enum.
pub static RELEASE_ACTION: RuleMeta = RuleMeta::new("release-action", Category::Api)
    .summary(Msg::new("action is upgrade or rollback", "action 为 upgrade 或 rollback"))
    .explanation(Msg::new(
            "\"更新操作,升级为upgrade,回退为rollback\" (CCE Autopilot UpdateAutopilotRelease, table 3); Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), cce/v3 model UpdateReleaseReqBody (enum UpdateReleaseReqBodyActionEnum) has exactly these two, lowercase.",
            "\"更新操作,升级为upgrade,回退为rollback\"(CCE Autopilot UpdateAutopilotRelease 表3);华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 cce/v3 模型 UpdateReleaseReqBody(枚举 UpdateReleaseReqBodyActionEnum)仅有这两个小写取值。",
        ))
    .sources(&[
            src(Doc::CceReleaseUpdate, "table 3 (request body)"),
            src(Doc::GoSdk, "cce/v3 model UpdateReleaseReqBody"),
        ])
    .structural();

/// chart_id non-empty.
pub static CHART_ID: RuleMeta = RuleMeta::new("chart-id", Category::Api)
    .summary(Msg::new("chart_id names a chart (not empty)", "chart_id 不能为空"))
    .explanation(Msg::new(
            "\"模板ID\" (CCE Autopilot UpdateAutopilotRelease, table 3) is mandatory (Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), cce/v3 model UpdateReleaseReqBody, CCE UpdateRelease, CCE Autopilot UpdateAutopilotRelease (English), table 3 and the Terraform provider all agree); an empty ID names no chart.",
            "\"模板ID\"(CCE Autopilot UpdateAutopilotRelease 表3)为必选(华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 cce/v3 模型 UpdateReleaseReqBody、CCE UpdateRelease、CCE Autopilot UpdateAutopilotRelease (English) 表3 与 Terraform Provider 一致);空 ID 不指向任何模板。",
        ))
    .sources(&[
            src(Doc::CceReleaseUpdate, "table 3 (request body)"),
            src(Doc::GoSdk, "cce/v3 model UpdateReleaseReqBody"),
            src(Doc::CceUpdateRelease, "request body parameters"),
            src(Doc::CceReleaseUpdateEn, "table 3"),
            src(Doc::Terraform, "resource huaweicloud_cce_autopilot_release"),
        ])
    .structural();

static ACTION_REQUIRED: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), cce/v3 model UpdateReleaseReqBody, CCE UpdateRelease and CCE Autopilot UpdateAutopilotRelease (English), table 3 mark action mandatory; Terraform provider (terraform-provider-huaweicloud 1.97.1), resource huaweicloud_cce_autopilot_release treats it as optional",
        "华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 cce/v3 模型 UpdateReleaseReqBody、CCE UpdateRelease 与 CCE Autopilot UpdateAutopilotRelease (English) 表3 标记 action 为必选;Terraform Provider(terraform-provider-huaweicloud 1.97.1)的资源 huaweicloud_cce_autopilot_release 视其为可选",
    ),
};
static PARAMETERS_REQUIRED: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), cce/v3 model UpdateReleaseReqBody, CCE UpdateRelease and CCE Autopilot UpdateAutopilotRelease (English), table 3 mark parameters mandatory; Terraform provider (terraform-provider-huaweicloud 1.97.1), resource huaweicloud_cce_autopilot_release treats it as an optional block",
        "华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 cce/v3 模型 UpdateReleaseReqBody、CCE UpdateRelease 与 CCE Autopilot UpdateAutopilotRelease (English) 表3 标记 parameters 为必选;Terraform Provider(terraform-provider-huaweicloud 1.97.1)的资源 huaweicloud_cce_autopilot_release 视其为可选块",
    ),
};

static ACTIONS: EnumSpec = EnumSpec {
    values: &["upgrade", "rollback"],
    disputed: &[],
};

static PARAMETERS: ObjectSpec = ObjectSpec {
    name: "ReleaseReqBodyParams",
    doc: Msg::new("Release parameters.", "模板实例参数"),
    source: src(Doc::CceReleaseUpdate, "table 4 (ReleaseReqBodyParams)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "dry_run",
            Ty::Bool,
            Msg::new(
                "Only validate the chart parameters, do not install.",
                "开启后,仅验证模板参数,不进行安装",
            ),
        ),
        field("name_template", STR, Msg::new("Release name template.", "实例名称模板")),
        field(
            "no_hooks",
            Ty::Bool,
            Msg::new("Disable hooks during install.", "安装时是否禁用hooks"),
        ),
        field(
            "replace",
            Ty::Bool,
            Msg::new("Replace a release with the same name.", "是否替换同名实例"),
        ),
        field("recreate", Ty::Bool, Msg::new("Recreate the release.", "是否重建实例")),
        field(
            "reset_values",
            Ty::Bool,
            Msg::new("Reset values on update.", "更新时是否重置values"),
        ),
        field(
            "release_version",
            INT,
            Msg::new("Release version to roll back to.", "回滚实例的版本"),
        ),
        field(
            "include_hooks",
            Ty::Bool,
            Msg::new("Enable hooks on update or delete.", "更新或者删除时启用hooks"),
        ),
    ],
};

static VALUES: ObjectSpec = ObjectSpec {
    name: "values",
    doc: Msg::new(
        "Values of the release; charts may take more keys than these two.",
        "模板实例的值;chart 可接受这两个以外的更多 key",
    ),
    source: src(Doc::CceReleaseUpdate, "table 5 (values)"),
    closed: false,
    role: Role::Plain,
    fields: &[
        field("imagePullPolicy", STR, Msg::new("Image pull policy.", "镜像拉取策略")),
        field("imageTag", STR, Msg::new("Image tag.", "镜像标签")),
    ],
};

/// The release update body (CCE Autopilot UpdateAutopilotRelease, table 3).
pub static UPDATE_BODY: ObjectSpec = ObjectSpec {
    name: "UpdateReleaseReqBody",
    doc: Msg::new(
        "Request body of CCE Autopilot update release.",
        "CCE Autopilot 更新模板实例请求体",
    ),
    source: src(Doc::CceReleaseUpdate, "table 3 (request body)"),
    closed: true,
    role: Role::Release,
    fields: &[
        field("chart_id", str_nonempty(), Msg::new("Chart ID.", "模板ID"))
            .required()
            .rule(&CHART_ID),
        field(
            "action",
            str_enum(&ACTIONS),
            Msg::new(
                "Update operation: upgrade or rollback.",
                "更新操作,升级为upgrade,回退为rollback",
            ),
        )
        .required_disputed(&ACTION_REQUIRED)
        .rule(&RELEASE_ACTION),
        field(
            "parameters",
            Ty::Object(&PARAMETERS),
            Msg::new("Release parameters.", "模板实例参数"),
        )
        .required_disputed(&PARAMETERS_REQUIRED),
        field(
            "values",
            Ty::Object(&VALUES),
            Msg::new("Release values.", "模板实例的值"),
        )
        .required(),
    ],
};
