//! CCE Autopilot update chart release body (seed 003, Chinese).
//!
//! Seed 003 lost its mandatory column. The Go SDK marks `chart_id`,
//! `action`, `parameters` and `values` required and the English CCE page
//! agrees; Terraform sends `action` and `parameters` as optional. So
//! `chart_id` and `values` are mandatory, and `action` and `parameters` are
//! `Required::Disputed` (reference §5, §7.10). `values` is open: charts take
//! any values, and Terraform's standard-CCE resource sends arbitrary ones.

use super::common::*;
use super::*;
use crate::diagnostics::Msg;
use crate::registry::{Category, Doc, RuleMeta};

/// action enum.
pub static RELEASE_ACTION: RuleMeta = RuleMeta::new("release-action", Category::Api)
    .summary(Msg::new("action is upgrade or rollback", "action 为 upgrade 或 rollback"))
    .explanation(Msg::new(
            "\"更新操作,升级为upgrade,回退为rollback\" (seed 003 表3); the Go SDK's UpdateReleaseReqBodyActionEnum has exactly these two, lowercase.",
            "\"更新操作,升级为upgrade,回退为rollback\"(种子 003 表3);Go SDK 的 UpdateReleaseReqBodyActionEnum 仅有这两个小写取值。",
        ))
    .sources(&[src(Doc::S003, "表3"), src(Doc::Sdk, "§5")])
    .structural();

/// chart_id non-empty.
pub static CHART_ID: RuleMeta = RuleMeta::new("chart-id", Category::Api)
    .summary(Msg::new("chart_id names a chart (not empty)", "chart_id 不能为空"))
    .explanation(Msg::new(
            "\"模板ID\" (seed 003 表3) is mandatory (Go SDK, English CCE page, Terraform all agree); an empty ID names no chart.",
            "\"模板ID\"(种子 003 表3)为必选(Go SDK、英文 CCE 页面、Terraform 一致);空 ID 不指向任何模板。",
        ))
    .sources(&[src(Doc::S003, "表3"), src(Doc::Sdk, "§5")])
    .structural();

static ACTION_REQUIRED: Dispute = Dispute {
    note: Msg::new(
        "Huawei's Go SDK and the English CCE UpdateRelease page mark action mandatory; the Terraform provider treats it as optional (reference §5)",
        "华为 Go SDK 与英文 CCE UpdateRelease 页面标记 action 为必选;Terraform provider 视其为可选(参考 §5)",
    ),
};
static PARAMETERS_REQUIRED: Dispute = Dispute {
    note: Msg::new(
        "Huawei's Go SDK and the English CCE UpdateRelease page mark parameters mandatory; the Terraform provider treats it as an optional block (reference §5)",
        "华为 Go SDK 与英文 CCE UpdateRelease 页面标记 parameters 为必选;Terraform provider 视其为可选块(参考 §5)",
    ),
};

static ACTIONS: EnumSpec = EnumSpec {
    values: &["upgrade", "rollback"],
    disputed: &[],
};

static PARAMETERS: ObjectSpec = ObjectSpec {
    name: "ReleaseReqBodyParams",
    doc: Msg::new("Release parameters.", "模板实例参数"),
    source: src(Doc::S003, "表4 ReleaseReqBodyParams"),
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
    source: src(Doc::S003, "表5 values"),
    closed: false,
    role: Role::Plain,
    fields: &[
        field("imagePullPolicy", STR, Msg::new("Image pull policy.", "镜像拉取策略")),
        field("imageTag", STR, Msg::new("Image tag.", "镜像标签")),
    ],
};

/// The release update body (seed 003 表3).
pub static UPDATE_BODY: ObjectSpec = ObjectSpec {
    name: "UpdateReleaseReqBody",
    doc: Msg::new(
        "Request body of CCE Autopilot update release.",
        "CCE Autopilot 更新模板实例请求体",
    ),
    source: src(Doc::S003, "表3 请求Body参数"),
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
