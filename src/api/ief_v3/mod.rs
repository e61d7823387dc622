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
//!
//! One file per API object: `template.rs` (PodRequest), `containers.rs`
//! (ContainerDef), `configs.rs` (PodConfigs), `resources.rs` (limits and
//! requests), `volumes.rs` (Volume). Every item is re-exported here, so
//! `api::ief_v3::X` names each of them. This file holds the top level: the
//! create body (IEF v3 CreateDeployments, tables 3–5 and 34: Attributes,
//! CreateAppsInDeploymentV3, Annotations), the update body (IEF v3
//! UpdateDeployment, tables 3 and 4: UpdatePodDeployment), tags, node ids
//! and the deployment rules.

mod configs;
mod containers;
mod resources;
mod template;
mod volumes;

pub use configs::*;
pub use containers::*;
pub use resources::*;
pub use template::*;
pub use volumes::*;

use super::common::*;
use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

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
        "\"应用部署来源:边缘市场(iem)或自定义()\" (IEF v3 CreateDeployments, table 3) — the page leaves the custom value empty (\"自定义()\"); the response table of the same page (table 35) and IEF v3 UpdateDeployment, table 20 name it `userdefined`. An empty string is accepted as \"custom\" too, since the request table shows it empty. Decision on `userdefine`: Huawei's own responses print `\"source\": \"userdefine\"` (the 200 response examples of IEF v3 ListDeployments, IEF v3 UpdateDeployment and IEF v3 UpdateDeployment (Chinese)), so a body copied from a GET result carries it and the API evidently produces it; the tables spell it `userdefined`. The sources contradict each other, so `userdefine` is a warning (`disputed-value`) naming both, with `userdefined` offered as an unsafe fix; any other value is an error.",
        "\"应用部署来源:边缘市场(iem)或自定义()\"(IEF v3 CreateDeployments 表3)——页面中自定义的取值为空(\"自定义()\");同一页面的响应表(表35)与 IEF v3 UpdateDeployment 表20 写作 `userdefined`。空字符串也按\"自定义\"接受,因为请求表中该值为空。关于 `userdefine` 的决定:华为自己的响应打印 `\"source\": \"userdefine\"`(IEF v3 ListDeployments、IEF v3 UpdateDeployment 与 IEF v3 UpdateDeployment (Chinese) 的 200 响应示例),从 GET 结果复制的请求体会带上它,API 显然也会返回它;而参数表写作 `userdefined`。各来源互相矛盾,因此 `userdefine` 为警告(`disputed-value`),列出双方来源,并提供改为 `userdefined` 的非安全修复;其他取值为错误。",
    ),
    &[
        src(Doc::IefV3Create, "tables 3 and 35"),
        src(Doc::IefV3Update, "table 20 (response) and response example"),
        src(Doc::IefV3UpdateZh, "response example"),
        src(Doc::IefV3List, "response example"),
    ],
);

/// `userdefine`: Huawei's response examples beside the tables' `userdefined`.
pub static USERDEFINE: Dispute = Dispute {
    prefer: Some("userdefined"),
    note: Msg::new(
        "IEF v3 CreateDeployments, table 35 and IEF v3 UpdateDeployment, table 20 spell the custom source `userdefined`; Huawei's own 200 response examples (IEF v3 ListDeployments, IEF v3 UpdateDeployment, IEF v3 UpdateDeployment (Chinese)) print `userdefine`",
        "IEF v3 CreateDeployments 表35 与 IEF v3 UpdateDeployment 表20 将自定义来源写作 `userdefined`;华为自己的 200 响应示例(IEF v3 ListDeployments、IEF v3 UpdateDeployment、IEF v3 UpdateDeployment (Chinese))打印的是 `userdefine`",
    ),
};

/// replicas mandatory in IEF v3 UpdateDeployment, optional in the Go SDK.
pub static REPLICAS_REQUIRED: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 4 marks replicas Mandatory (\"can only be 1\"); Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model UpdatePodDeployment has it optional since 0.1.16, and IEF v3 UpdateDeployment (Chinese) drops the constraint",
        "IEF v3 UpdateDeployment 表4 标记 replicas 为必选(\"只能为 1\");华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 UpdatePodDeployment 自 0.1.16 起为可选,IEF v3 UpdateDeployment (Chinese) 也未再写该约束",
    ),
};

/// Fields IEF v3 UpdateDeployment omits.
pub static OMITTED_BY_002: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "IEF v3 UpdateDeployment does not list this field; IEF v3 CreateDeployments and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188) have it on the same object (ief/v1 ContainerDef, PodConfigs, Volumes)",
        "IEF v3 UpdateDeployment 未列出该字段;IEF v3 CreateDeployments 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)在同一对象中建模了它(ief/v1 模型 ContainerDef、PodConfigs、Volumes)",
    ),
};

static SOURCES: EnumSpec = EnumSpec {
    values: &["iem", "userdefined", ""],
    disputed: &[("userdefine", &USERDEFINE)],
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
                "Tag key: {min}–{max} letters, digits, _ and -.",
                "节点属性的key值,长度取值范围为{min}~{max},仅允许大小写英文字母、数字、下划线、中划线",
            ),
        )
        .rule(&TAG),
        field(
            "value",
            str_pat(&TAG_CHARS, 1, 256),
            Msg::new(
                "Tag value: {min}–{max} letters, digits, _ and -.",
                "节点属性的value值,长度取值范围为{min}~{max},仅允许大小写英文字母、数字、下划线、中划线",
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
        field("name", str_pat(&LOWER_NAME, 1, 32), Msg::new("Deployment name: at most {max} lowercase letters, digits and hyphens, starting and ending with a letter or digit.", "部署名称,只允许英文小写字母、数字、中划线,最大长度{max},英文小写字母或数字开头和结尾"))
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
                "Number of Deployment instances. The value can only be {max}.",
                "副本数量,只能为{max}",
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
