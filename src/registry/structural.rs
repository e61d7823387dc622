//! The structural rules: what the spec walk ([`crate::api::walk`]) and the
//! front end report about a document's syntax, types and fields, and where
//! Huawei's sources disagree. Their metadata only, low in the module order,
//! so every layer above can report them.

use crate::diagnostics::{Applicability, Msg};
use crate::rule_meta::{Category, Doc, RuleMeta, Source};

const JSON: &[Source] = &[Source::new(Doc::Rfc8259, "")];
const ALL_PAGES: &[Source] = &[
    Source::new(Doc::IefV2Create, "tables 3 and 4"),
    Source::new(Doc::IefV2Update, "tables 3 and 4"),
    Source::new(Doc::IefV3Create, "tables 3–34"),
    Source::new(Doc::IefV3Update, "tables 3–19"),
    Source::new(Doc::CceReleaseUpdate, "tables 3–5"),
];

/// The text is not valid JSON.
pub static PARSE_ERROR: RuleMeta = RuleMeta::new("parse-error", Category::Syntax)
    .summary(Msg::new("The document is not valid JSON", "文档不是合法的 JSON"))
    .explanation(Msg::new(
            "The API parses request bodies as strict JSON (RFC 8259): no comments, no trailing commas, double-quoted strings, UTF-8. An empty file and invalid UTF-8 are reported here too, at the line and column where reading stopped; a limit crossed (nesting too deep, an input, a string or an alias expansion too large) is `limit-exceeded`.",
            "API 以严格 JSON(RFC 8259)解析请求体:不允许注释、结尾逗号,字符串须用双引号,编码须为 UTF-8。空文件与非法 UTF-8 也在此报告,位置为解析停止处的行列;超出上限(嵌套过深,输入、字符串或别名展开过大)报告为 `limit-exceeded`。",
        ))
    .sources(JSON)
    .structural();

/// A value has the wrong JSON type.
pub static INVALID_TYPE: RuleMeta = RuleMeta::new("invalid-type", Category::Api)
    .fix(Applicability::Safe)
    .summary(Msg::new("A value has the wrong JSON type", "值的 JSON 类型错误"))
    .explanation(Msg::new(
            "Each field has the type its page states: String, Integer, Boolean, an object or an array. The API decodes the body into typed structures and rejects a value of another type, such as `\"8080\"` for an Integer port, `0.5` for a v3 resource quantity (a String on the v3 pages), `\"0.5\"` for a v2 one (numbers in the v2 request examples and in Huawei Go SDK (huaweicloud-sdk-go-v3), ief/v1 model LimitsRequests since 0.0.96; only 0.0.73 (2021) sent strings) or `\"true\"` for a Boolean. The request body itself must be a JSON object.",
            "每个字段都有其页面规定的类型:String、Integer、Boolean、对象或数组。API 将请求体解码为强类型结构,类型不符的值会被拒绝,例如整数端口写成 `\"8080\"`、v3 资源量写成数字 `0.5`(v3 页面规定为 String)、v2 资源量写成字符串 `\"0.5\"`(v2 请求示例与华为 Go SDK(huaweicloud-sdk-go-v3)的 ief/v1 模型 LimitsRequests 自 0.0.96 起均为数字,仅 0.0.73(2021 年)发送字符串)、布尔值写成 `\"true\"`。请求体本身必须是 JSON 对象。",
        ))
    .sources(ALL_PAGES)
    .structural();

/// A mandatory field is absent.
pub static MISSING_FIELD: RuleMeta = RuleMeta::new("missing-field", Category::Api)
    .summary(Msg::new("A mandatory field is missing", "缺少必选字段"))
    .explanation(Msg::new(
            "Fields marked mandatory (是否必选 = 是, Mandatory = Yes) on the kind's own page must be present. IEF v3 CreateDeployments (v3 create) gives no mandatory flags in the edition deploylint follows (see docs/sources.md#ief-v3-create): for the objects it shares with IEF v3 UpdateDeployment (v3 update) the flags of IEF v3 UpdateDeployment are used, and for its own top level those of Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Deployment and IEF v3 CreateDeployments (English), table 3. `null` counts as missing for a mandatory field.",
            "各类型页面中标记为必选(是否必选 = 是 / Mandatory = Yes)的字段必须出现。IEF v3 CreateDeployments(v3 创建)在 deploylint 所依据的版本中未给出必选标记:与 IEF v3 UpdateDeployment(v3 更新)共用的对象采用 IEF v3 UpdateDeployment 的标记,其顶层字段采用华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Deployment 与 IEF v3 CreateDeployments (English) 表3 的标记。必选字段取值为 `null` 视同缺失。",
        ))
    .sources(&[
            Source::new(Doc::IefV2Create, "tables 3 and 4"),
            Source::new(Doc::IefV2Update, "tables 3 and 4"),
            Source::new(Doc::IefV3Create, "tables 3–34"),
            Source::new(Doc::IefV3Update, "tables 3–19"),
            Source::new(Doc::CceReleaseUpdate, "tables 3–5"),
            Source::new(Doc::GoSdk, "ief/v1 model Deployment"),
            Source::new(Doc::IefV3CreateEn, "table 3"),
        ])
    .structural();

/// A key the object does not have.
pub static UNKNOWN_FIELD: RuleMeta = RuleMeta::new("unknown-field", Category::Api)
    .fix(Applicability::Safe)
    .summary(Msg::new("A key the API object does not have", "API 对象中不存在的字段"))
    .explanation(Msg::new(
            "The pages define closed objects: a key they do not list is a mistake, most often a misspelling (`restartPolicy`, `imageUrl`, `node_id`). The diagnostic names the allowed keys and, when one is close, the key that was probably meant, with a fix that renames it. Helm `values` in a release update are open (charts take any values), so unknown keys there are not reported.",
            "页面定义的是封闭对象:未列出的字段即为错误,最常见的是拼写错误(`restartPolicy`、`imageUrl`、`node_id`)。诊断会列出允许的字段,若有相近字段则给出很可能想写的字段名及重命名修复。模板实例更新中的 helm `values` 是开放的(chart 可接受任意值),其中的未知字段不报告。",
        ))
    .sources(ALL_PAGES)
    .structural();

/// `null` for an optional field.
pub static NULL_VALUE: RuleMeta = RuleMeta::new("null-value", Category::Api)
    .warning()
    .summary(Msg::new("An optional field is null", "可选字段取值为 null"))
    .explanation(Msg::new(
            "No page allows `null` as a value, but the API's decoder treats `null` like an absent optional field, and the pages' own response examples carry nulls. So `null` for an optional field is a warning: omit the field, or give it a value. For a mandatory field it is an error (`missing-field`).",
            "页面均未允许 `null` 作为取值,但 API 的解码器会把可选字段的 `null` 当作未填写,页面自己的响应示例中也有 null。因此可选字段为 `null` 时给出警告:请删除该字段或填写取值。必选字段为 null 时是错误(`missing-field`)。",
        ))
    .sources(&[
            Source::new(Doc::IefV2Update, "response example"),
            Source::new(Doc::IefV2Create, "response example"),
        ]);

/// A field the page marks mandatory and another source optional.
pub static DISPUTED_REQUIRED: RuleMeta = RuleMeta::new("disputed-required", Category::Disputed)
    .warning()
    .summary(Msg::new(
            "A field Huawei's sources disagree is mandatory is missing",
            "华为各来源对是否必选有分歧的字段缺失",
        ))
    .explanation(Msg::new(
            "Where the kind's page marks a field mandatory but Huawei's SDK models it as optional (or the reverse), the API may accept the body without it. The warning names both sources so the author can decide; CI is not blocked. Examples: `replicas`, `host_network` and volume `read_only` in a v3 update (IEF v3 UpdateDeployment, tables 4, 16 and 7: mandatory; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188): optional since 0.1.16); `action` and `parameters` in a release update (Huawei Go SDK cce/v3 UpdateReleaseReqBody, CCE UpdateRelease and CCE Autopilot UpdateAutopilotRelease (English), table 3: mandatory; Terraform provider (terraform-provider-huaweicloud 1.97.1), resource huaweicloud_cce_autopilot_release: optional); `node_ids` in a v3 create with `group_id` (IEF v3 CreateDeployments, table 3: alternatives; Go SDK and the English page: mandatory). In a v2 create, `node_ids` is mandatory by IEF v2 CreateDeployment, table 3 and no second source contradicts it, so its absence is a `missing-field` error.",
            "当本类型页面标记某字段为必选、而华为 SDK 将其建模为可选(或相反)时,API 可能接受缺少该字段的请求体。警告会同时列出两个来源供作者判断,不阻断 CI。例如 v3 更新中的 `replicas`、`host_network` 与卷的 `read_only`(IEF v3 UpdateDeployment 表4、表16、表7 为必选;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)自 0.1.16 起为可选);模板实例更新中的 `action` 与 `parameters`(华为 Go SDK 的 cce/v3 模型 UpdateReleaseReqBody、CCE UpdateRelease 与 CCE Autopilot UpdateAutopilotRelease (English) 表3 为必选,Terraform Provider(terraform-provider-huaweicloud 1.97.1)的资源 huaweicloud_cce_autopilot_release 为可选);v3 创建给出 `group_id` 时的 `node_ids`(IEF v3 CreateDeployments 表3:二选一;Go SDK 与英文页面:必选)。v2 创建中的 `node_ids` 按 IEF v2 CreateDeployment 表3 为必选,且没有其他来源与之矛盾,缺少时为 `missing-field` 错误。",
        ))
    .sources(&[
            Source::new(Doc::IefV3Update, "tables 4, 7 and 16"),
            Source::new(Doc::CceReleaseUpdate, "table 3 (request body)"),
            Source::new(Doc::IefV2Create, "table 3 (request body)"),
            Source::new(Doc::GoSdk, "ief/v1 model UpdatePodDeployment"),
            Source::new(Doc::GoSdk, "ief/v1 model PodConfigs"),
            Source::new(Doc::GoSdk, "ief/v1 model Volumes"),
            Source::new(Doc::GoSdk, "ief/v1 model Deployment"),
            Source::new(Doc::IefV3CreateEn, "table 3"),
            Source::new(Doc::GoSdk, "cce/v3 model UpdateReleaseReqBody"),
            Source::new(Doc::CceUpdateRelease, "request body parameters"),
            Source::new(Doc::CceReleaseUpdateEn, "table 3"),
            Source::new(Doc::Terraform, "resource huaweicloud_cce_autopilot_release"),
        ]);

/// A field the page omits but another Huawei source models.
pub static DISPUTED_FIELD: RuleMeta = RuleMeta::new("disputed-field", Category::Disputed)
    .warning()
    .summary(Msg::new(
            "A field the page omits but Huawei's SDK models",
            "页面未列出但华为 SDK 建模的字段",
        ))
    .explanation(Msg::new(
            "IEF v3 UpdateDeployment (v3 update) omits `run_as_user`, `dns_policy` and volume `default_mode`, which IEF v3 CreateDeployments (tables 22, 7 and 33) and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188) model; the v2 pages leave out their sub-tables, whose closest source (Go SDK ief/v1 VersionDetail and VersionUpdate, the v2 application-template models) has `npu_type` and `arch` that the v2 deployment page does not. The API may or may not accept such a field: the warning names both sources, and the value is still checked against the constraints the other source states.",
            "IEF v3 UpdateDeployment(v3 更新)未列出 `run_as_user`、`dns_policy` 与卷的 `default_mode`,而 IEF v3 CreateDeployments(表22、表7、表33)和华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)均有;v2 页面省略了子表,其最接近的来源(Go SDK 的 ief/v1 模型 VersionDetail、VersionUpdate,即 v2 应用模板模型)含有 v2 部署页面没有的 `npu_type` 与 `arch`。API 可能接受也可能拒绝此类字段:警告会列出两个来源,其取值仍按另一来源的约束检查。",
        ))
    .sources(&[
            Source::new(Doc::IefV3Update, "tables 6, 7 and 16"),
            Source::new(Doc::IefV3Create, "tables 7, 22 and 33"),
            Source::new(Doc::GoSdk, "ief/v1 model ContainerDef"),
            Source::new(Doc::GoSdk, "ief/v1 model PodConfigs"),
            Source::new(Doc::GoSdk, "ief/v1 model Volumes"),
            Source::new(Doc::GoSdk, "ief/v1 model VersionDetail"),
            Source::new(Doc::GoSdk, "ief/v1 model VersionUpdate"),
        ]);

/// A value one Huawei source allows and another does not.
pub static DISPUTED_VALUE: RuleMeta = RuleMeta::new("disputed-value", Category::Disputed)
    .warning()
    .fix(Applicability::Unsafe)
    .summary(Msg::new(
            "A value Huawei's sources disagree on",
            "华为各来源对取值有分歧",
        ))
    .explanation(Msg::new(
            "Some values are allowed by one Huawei source and not by another: `npu_type` `D310B` in a v3 update (IEF v3 UpdateDeployment, table 6 lists only D310; IEF v3 CreateDeployments, table 22 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model ContainerDef add D310B), a hostPath `source` with a backslash in a v3 update (IEF v3 UpdateDeployment, table 7 allows slashes; IEF v3 CreateDeployments, table 33 and Go SDK ief/v1 Volumes say backslash), `restart_policy` `OnFailure` in v2 (Go SDK ief/v1 AppConfigs spells it `Onfailure`), `source` `userdefine` in a v3 create (Huawei's own response examples, IEF v3 ListDeployments and IEF v3 UpdateDeployment, print it; the tables spell it `userdefined`), an Integer written with a fraction part such as `8080.0` (a whole number to the pages' JSON, rejected by the Go SDK's int32 decoder; the fix writes `8080`). The value is reported as a warning naming both sources; where it is another spelling of an allowed value (`userdefine`, v2 `OnFailure`), the spelling the kind lists is offered as an unsafe fix.",
            "部分取值被一个华为来源允许、却不被另一个来源允许:v3 更新中 `npu_type` 为 `D310B`(IEF v3 UpdateDeployment 表6 只列出 D310;IEF v3 CreateDeployments 表22 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 ContainerDef 增加了 D310B);v3 更新中含反斜杠的 hostPath `source`(IEF v3 UpdateDeployment 表7 允许斜杠;IEF v3 CreateDeployments 表33 与 Go SDK 的 ief/v1 模型 Volumes 写的是反斜杠);v2 中 `restart_policy` 为 `OnFailure`(Go SDK 的 ief/v1 模型 AppConfigs 写作 `Onfailure`);v3 创建中 `source` 为 `userdefine`(华为自己的响应示例 IEF v3 ListDeployments 与 IEF v3 UpdateDeployment 打印该值;参数表写作 `userdefined`);写成带小数部分的整数,例如 `8080.0`(按页面的 JSON 为整数,Go SDK 的 int32 解码器会拒绝;修复后写作 `8080`)。此类取值以警告报告并列出两个来源;若该值是某个允许取值的另一种写法(`userdefine`、v2 的 `OnFailure`),则提供改为该类型所列写法的非安全修复。",
        ))
    .sources(&[
            Source::new(Doc::IefV3Update, "table 6 (ContainerDef)"),
            Source::new(Doc::IefV3Create, "table 22 (ContainerDef)"),
            Source::new(Doc::GoSdk, "ief/v1 model ContainerDef"),
            Source::new(Doc::GoSdk, "ief/v1 model AppConfigs"),
            Source::new(Doc::IefV3Update, "table 7 (Volume)"),
            Source::new(Doc::IefV3Create, "table 33 (Volumes)"),
            Source::new(Doc::GoSdk, "ief/v1 model Volumes"),
            Source::new(Doc::IefV3Create, "table 35 (response)"),
            Source::new(Doc::IefV3List, "response example"),
        ]);

/// A key given twice in one object.
pub static DUPLICATE_KEY: RuleMeta = RuleMeta::new("duplicate-key", Category::Syntax)
    .warning()
    .summary(Msg::new("A key is given twice in one object", "同一对象中某个键出现了两次"))
    .explanation(Msg::new(
            "JSON (RFC 8259, section 4: names SHOULD be unique) and YAML (YAML 1.2, section 3.2.1.1: keys MUST be unique) both ask for unique keys, and parsers disagree about which copy wins: the API's decoder keeps the last one, some tools the first, some reject the document. So the API may see something other than what the author reads. The API accepts the body, so this is a warning, at the later copy's key.",
            "JSON(RFC 8259 第 4 节:名称应当唯一)与 YAML(YAML 1.2 第 3.2.1.1 节:键必须唯一)都要求键唯一,而各解析器对取哪一个说法不一:API 的解码器保留最后一个,有的工具保留第一个,有的直接拒绝。因此 API 看到的可能与作者读到的不同。API 会接受该请求体,所以这是警告,报告在后出现的键上。",
        ))
    .sources(&[Source::new(Doc::Rfc8259, "section 4"), Source::new(Doc::Yaml12, "section 3.2.1.1")]);

/// The document's kind cannot be recognised.
pub static UNKNOWN_KIND: RuleMeta = RuleMeta::new("unknown-kind", Category::Syntax)
    .summary(Msg::new(
            "The document matches none of the five request bodies",
            "文档不符合五种请求体中的任何一种",
        ))
    .explanation(Msg::new(
            "Without `--kind`, the kind is recognised from the document's shape: a v2 body wraps `deployment` with `app` (create) or a flat update; a v3 create has a top-level `name` and `deployment.template`; a v3 update has `deployment.template` and no `name`; a release update has `chart_id`/`action`. A document with none of these marks is not guessed at: pass `--kind`.",
            "未指定 `--kind` 时按文档形状识别类型:v2 请求体中 `deployment` 含 `app`(创建)或为扁平的更新内容;v3 创建在顶层有 `name` 且有 `deployment.template`;v3 更新有 `deployment.template` 而无 `name`;模板实例更新有 `chart_id`/`action`。不具备这些特征的文档不做猜测:请使用 `--kind`。",
        ))
    .sources(ALL_PAGES);

/// The document is valid as more than one kind.
pub static AMBIGUOUS_KIND: RuleMeta = RuleMeta::new("ambiguous-kind", Category::Syntax)
    .summary(Msg::new(
            "The document fits more than one request body",
            "文档同时符合多种请求体",
        ))
    .explanation(Msg::new(
            "Some bodies are valid for several kinds: `{\"description\": \"...\"}` is a complete v2 update and a complete v3 update. The linter names the candidates instead of guessing; pass `--kind` to choose.",
            "有些请求体同时适用于多种类型:`{\"description\": \"...\"}` 既是完整的 v2 更新也是完整的 v3 更新。此时不做猜测,而是列出候选类型;请用 `--kind` 指定。",
        ))
    .sources(&[
            Source::new(Doc::IefV2Update, "table 3 (request body)"),
            Source::new(Doc::IefV3Update, "table 3 (request body)"),
        ]);
