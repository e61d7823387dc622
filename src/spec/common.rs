//! Field constraints and API objects shared by several pages.
//!
//! The value-constraint rules (`port-number`, `env-name`, ...) are declared
//! here beside the patterns and objects that use them; the pages' own
//! objects live in [`super::ief_v2`], [`super::ief_v3`] and [`super::cce`].
//! Objects the pages describe identically (Env, ValueFrom, HttpGetDetail,
//! Exec, HostPortRange, the affinity tree) are defined once, here.

use super::*;
use crate::diagnostics::Msg;
use crate::registry::{Doc, RuleMeta, Source};

/// Shorthand for a sourced constraint.
pub const fn src(doc: Doc, table: &'static str) -> Source {
    Source::new(doc, table)
}

// ---------------------------------------------------------------- rules

/// `description` of a deployment.
pub static DESCRIPTION: RuleMeta = RuleMeta::error(
    "description",
    Msg::new("Deployment descriptions are at most 255 characters, without ^ ~ # $ % & * < > ( ) [ ] { } ' \" \\", "应用部署描述最大长度 255,不允许 ^ ~ # $ % & * < > ( ) [ ] { } ' \" \\"),
    Msg::new(
        "Both v2 pages state the limit in their request tables. The v3 request tables only say \"deployment description\", but the v3 response tables of the same pages (IEF v3 CreateDeployments, table 35; IEF v3 UpdateDeployment, table 20) and IEF v3 CreateDeployments (English), table 3 state the same limit, so it is applied to all four IEF kinds.",
        "两个 v2 页面在请求参数表中规定了该限制。v3 请求参数表只写\"部署描述\",但同一页面的响应参数表(IEF v3 CreateDeployments 表35、IEF v3 UpdateDeployment 表20)及 IEF v3 CreateDeployments (English) 表3 给出了相同限制,因此对四种 IEF 请求体统一适用。",
    ),
    &[src(Doc::IefV2Create, "table 3 (request body)"), src(Doc::IefV2Update, "table 3 (request body)"), src(Doc::IefV3Create, "table 35 (response body)"), src(Doc::IefV3Update, "table 20 (response body)"), src(Doc::IefV3CreateEn, "table 3")],
);

/// Ports are 1–65535.
pub static PORT_NUMBER: RuleMeta = RuleMeta::error(
    "port-number",
    Msg::new("Ports are integers from 1 to 65535", "端口为 1~65535 之间的整数"),
    Msg::new(
        "container_port, host_port, host_port_range min_port/max_port and http_get port are TCP/UDP ports: integers from 1 to 65535 (IEF v3 UpdateDeployment, tables 9, 11 and 12; IEF v3 CreateDeployments, tables 29 and 32). The v2 pages omit their port tables; the same bound applies, since no other port exists (Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 models Ports and HostContainerPortMapping).",
        "container_port、host_port、host_port_range 的 min_port/max_port 以及 http_get 的 port 均为端口号:1~65535 之间的整数(IEF v3 UpdateDeployment 表9、表11、表12;IEF v3 CreateDeployments 表29、表32)。v2 页面省略了端口子表,同样适用该范围(华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Ports、HostContainerPortMapping)。",
    ),
    &[src(Doc::IefV3Update, "tables 9, 11 and 12"), src(Doc::IefV3Create, "tables 29 and 32 (HostPortRange, HttpGetDetail)"), src(Doc::GoSdk, "ief/v1 model Ports"), src(Doc::GoSdk, "ief/v1 model HostContainerPortMapping")],
);

/// Probe delays and timeouts.
pub static PROBE_SECONDS: RuleMeta = RuleMeta::error(
    "probe-seconds",
    Msg::new("Probe initial_delay_seconds and timeout_seconds are integers from 1 to 3600", "探针 initial_delay_seconds 与 timeout_seconds 为 1~3600 的整数"),
    Msg::new(
        "\"An integer greater than 0 and less than or equal to 3600\" (IEF v3 UpdateDeployment, table 8; IEF v3 CreateDeployments, table 30); Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model ProbeDetail (the v2 probe) states the same bounds.",
        "\"大于0且不大于3600的整数\"(IEF v3 UpdateDeployment 表8、IEF v3 CreateDeployments 表30);华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 ProbeDetail(v2 探针)给出相同范围。",
    ),
    &[src(Doc::IefV3Update, "table 8 (Probe)"), src(Doc::IefV3Create, "table 30 (Probe)"), src(Doc::GoSdk, "ief/v1 model ProbeDetail")],
);

/// Probe exec commands.
pub static PROBE_COMMAND: RuleMeta = RuleMeta::error(
    "probe-command",
    Msg::new("A probe command is a string of 1 to 10240 characters", "探针执行命令为 1~10240 个字符的字符串"),
    Msg::new(
        "v3 `exec.command` is a single string of at most 10240 characters (IEF v3 UpdateDeployment, table 10; IEF v3 CreateDeployments, table 31); v2 `exec_command` is a string of 1–10240 characters (Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model ProbeDetail). An empty command can never succeed.",
        "v3 的 `exec.command` 是最长 10240 个字符的单个字符串(IEF v3 UpdateDeployment 表10、IEF v3 CreateDeployments 表31);v2 的 `exec_command` 为 1~10240 个字符(华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 ProbeDetail)。空命令不可能执行成功。",
    ),
    &[src(Doc::IefV3Update, "table 10 (Exec)"), src(Doc::IefV3Create, "table 31 (Exec)"), src(Doc::GoSdk, "ief/v1 model ProbeDetail")],
);

/// http_get path.
pub static HTTP_GET: RuleMeta = RuleMeta::error(
    "http-get",
    Msg::new("http_get path starts with / and scheme is HTTP or HTTPS", "http_get 的 path 以 / 开头,scheme 为 HTTP 或 HTTPS"),
    Msg::new(
        "The probe URL is built as scheme://host:port path, so `path` must start with `/` and `scheme` is `HTTP` or `HTTPS` in capitals (IEF v3 UpdateDeployment, table 9; IEF v3 CreateDeployments, table 32).",
        "探测地址构造为 协议类型://主机地址:端口路径,因此 `path` 必须以 `/` 开头,`scheme` 为大写的 `HTTP` 或 `HTTPS`(IEF v3 UpdateDeployment 表9、IEF v3 CreateDeployments 表32)。",
    ),
    &[src(Doc::IefV3Update, "table 9 (HttpGet)"), src(Doc::IefV3Create, "table 32 (HttpGetDetail)")],
);

/// Env names and values.
pub static ENV_VAR: RuleMeta = RuleMeta::error(
    "env-var",
    Msg::new("Env names are letters, digits and _ (not starting with a digit, ≤ 2048); values ≤ 20480; field_path only status.hostIP", "环境变量名由字母、数字、下划线组成且不以数字开头(≤2048),值 ≤20480,field_path 仅支持 status.hostIP"),
    Msg::new(
        "An environment variable's `name` starts with a letter or underscore and contains only letters, digits and underscores, at most 2048 characters; `value` is at most 20480 characters; `field_path` can only be `status.hostIP` (IEF v3 UpdateDeployment, table 13; IEF v3 CreateDeployments, table 24; for v2, Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Env).",
        "环境变量 `name` 由大小写字母或下划线开头,由数字、大小写字母、下划线组成,最大长度 2048;`value` 最大长度 20480;`field_path` 只支持 `status.hostIP`(IEF v3 UpdateDeployment 表13、IEF v3 CreateDeployments 表24;v2 以华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Env 为准)。",
    ),
    &[src(Doc::IefV3Update, "table 13 (Env)"), src(Doc::IefV3Create, "table 24 (Env)"), src(Doc::GoSdk, "ief/v1 model Env")],
);

/// run_as_user.
pub static RUN_AS_USER: RuleMeta = RuleMeta::error(
    "run-as-user",
    Msg::new("run_as_user is an integer from 0 to 65534", "run_as_user 为 0~65534 的整数"),
    Msg::new(
        "\"容器运行用户ID,输入范围为0~65534的整数\" (IEF v3 CreateDeployments, table 22). IEF v3 UpdateDeployment does not list the field (see `disputed-field`); Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188) models it in ief/v1 ContainerDef and in the v2 AppConfigs with the same range.",
        "\"容器运行用户ID,输入范围为0~65534的整数\"(IEF v3 CreateDeployments 表22)。IEF v3 UpdateDeployment 未列出该字段(见 `disputed-field`);华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)在 ief/v1 模型 ContainerDef 及 v2 的 AppConfigs 中以相同范围建模。",
    ),
    &[src(Doc::IefV3Create, "table 22 (ContainerDef)"), src(Doc::GoSdk, "ief/v1 model AppConfigs"), src(Doc::GoSdk, "ief/v1 model ContainerDef")],
);

/// restart_policy enum.
pub static RESTART_POLICY: RuleMeta = RuleMeta::error(
    "restart-policy",
    Msg::new("restart_policy is Always, OnFailure or Never", "restart_policy 取值为 Always、OnFailure、Never"),
    Msg::new(
        "The value is case-sensitive: `Always`, `OnFailure` or `Never` (IEF v3 UpdateDeployment, table 16; IEF v3 CreateDeployments, table 7). In v2, Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model AppConfigs spells the middle value `Onfailure`; v2 accepts `Always`, `Onfailure` and `Never`, and reports `OnFailure` as `disputed-value`.",
        "取值区分大小写:`Always`、`OnFailure` 或 `Never`(IEF v3 UpdateDeployment 表16、IEF v3 CreateDeployments 表7)。在 v2 中,华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 AppConfigs 将中间的取值写作 `Onfailure`;v2 接受 `Always`、`Onfailure`、`Never`,`OnFailure` 以 `disputed-value` 报告。",
    ),
    &[src(Doc::IefV3Update, "table 16 (PodConfigs)"), src(Doc::IefV3Create, "table 7 (PodConfigs)"), src(Doc::GoSdk, "ief/v1 model AppConfigs")],
);

/// dns_policy enum.
pub static DNS_POLICY: RuleMeta = RuleMeta::error(
    "dns-policy",
    Msg::new("dns_policy is Default, ClusterFirst or ClusterFirstWithHostNet", "dns_policy 取值为 Default、ClusterFirst、ClusterFirstWithHostNet"),
    Msg::new(
        "\"可选值Default、ClusterFirst、ClusterFirstWithHostNet,默认为Default\" (IEF v3 CreateDeployments, table 7). Which of them is allowed also depends on host_network: see `dns-policy-host-network`.",
        "\"可选值Default、ClusterFirst、ClusterFirstWithHostNet,默认为Default\"(IEF v3 CreateDeployments 表7)。允许哪些取值还取决于 host_network:见 `dns-policy-host-network`。",
    ),
    &[src(Doc::IefV3Create, "table 7 (PodConfigs)"), src(Doc::GoSdk, "ief/v1 model AppConfigs"), src(Doc::GoSdk, "ief/v1 model PodConfigs")],
);

/// Volume name/type/destination.
pub static VOLUME_FIELDS: RuleMeta = RuleMeta::error(
    "volume-fields",
    Msg::new("Volume names are lowercase letters and digits (≤ 63); type is configMap, secret, emptyDir or hostPath; destination is an absolute path", "卷名称为小写字母或数字(≤63);类型为 configMap、secret、emptyDir、hostPath;挂载路径为绝对路径"),
    Msg::new(
        "\"卷名称,小写字母或数字,最长63个字符\"; type is one of `configMap`, `secret`, `emptyDir`, `hostPath` (case-sensitive); destination \"must be a valid path\" — decision: a mount path is valid when it is absolute (starts with `/`), as Kubernetes requires of mount paths (IEF v3 UpdateDeployment, table 7; IEF v3 CreateDeployments, table 33; for v2, Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes).",
        "\"卷名称,小写字母或数字,最长63个字符\";类型为 `configMap`、`secret`、`emptyDir`、`hostPath` 之一(区分大小写);挂载路径\"必须是合法的路径\"——判定:以 `/` 开头的绝对路径才合法,与 Kubernetes 对挂载路径的要求一致(IEF v3 UpdateDeployment 表7、IEF v3 CreateDeployments 表33;v2 以华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes 为准)。",
    ),
    &[src(Doc::IefV3Update, "table 7 (Volume)"), src(Doc::IefV3Create, "table 33 (Volumes)"), src(Doc::GoSdk, "ief/v1 model Volumes")],
);

/// Container names.
pub static CONTAINER_NAME: RuleMeta = RuleMeta::error(
    "container-name",
    Msg::new("Container names are lowercase letters, digits and -, at most 32, starting and ending with a letter or digit", "容器名称只允许小写字母、数字、中划线,最大长度 32,以小写字母或数字开头和结尾"),
    Msg::new(
        "\"容器名称,只允许英文小写字母、数字、中划线,最大长度32,英文小写字母或数字开头和结尾\" (IEF v3 CreateDeployments, table 22; IEF v3 UpdateDeployment, table 6 says the same).",
        "\"容器名称,只允许英文小写字母、数字、中划线,最大长度32,英文小写字母或数字开头和结尾\"(IEF v3 CreateDeployments 表22;IEF v3 UpdateDeployment 表6 相同)。",
    ),
    &[src(Doc::IefV3Create, "table 22 (ContainerDef)"), src(Doc::IefV3Update, "table 6 (ContainerDef)")],
);

/// Image URLs.
pub static IMAGE_URL: RuleMeta = RuleMeta::error(
    "image-url",
    Msg::new("image_url is not empty (v2: at most 2083 characters)", "image_url 不能为空(v2 最大长度 2083)"),
    Msg::new(
        "v2: \"容器镜像URL,最大长度2083,不能为空字符串\" (IEF v2 CreateDeployment, table 4; IEF v2 UpdateDeployment, table 4). v3 states no length, but image_url is mandatory (IEF v3 UpdateDeployment, table 6) and an empty string names no image, so it is an error there too — which is why the request example of IEF v3 UpdateDeployment (`\"image_url\": \"\"`) is reported.",
        "v2:\"容器镜像URL,最大长度2083,不能为空字符串\"(IEF v2 CreateDeployment 表4、IEF v2 UpdateDeployment 表4)。v3 未规定长度,但 image_url 为必选(IEF v3 UpdateDeployment 表6),空字符串不指向任何镜像,因此同样报错——IEF v3 UpdateDeployment 的请求示例(`\"image_url\": \"\"`)因此会被报告。",
    ),
    &[src(Doc::IefV2Create, "table 4 (app)"), src(Doc::IefV2Update, "table 4 (appPut)"), src(Doc::IefV3Update, "table 6 (ContainerDef)")],
);

/// Secret/configmap references.
pub static REF_NAME: RuleMeta = RuleMeta::error(
    "reference-name",
    Msg::new("Secret and ConfigMap references name a non-empty name and key", "引用的密钥/配置项名称与属性名不能为空"),
    Msg::new(
        "`value_from.secret` and `value_from.configmap` need the object's `name` and `key` (IEF v3 UpdateDeployment, tables 18 and 19: Mandatory). An empty string names nothing and is reported with this code.",
        "`value_from.secret` 与 `value_from.configmap` 需要填写 `name` 与 `key`(IEF v3 UpdateDeployment 表18、表19 为必选)。空字符串不指向任何对象,以此代码报告。",
    ),
    &[src(Doc::IefV3Update, "tables 18 and 19 (secret, configmap)"), src(Doc::IefV3Create, "tables 26 and 27 (Secrets, ConfigsMap)")],
);

/// Affinity weight and operator.
pub static AFFINITY_TERM: RuleMeta = RuleMeta::error(
    "affinity-term",
    Msg::new("Affinity weights are 1–100; operators are In, NotIn, Exists, DoesNotExist, Gt, Lt", "亲和权重范围 1~100;操作符为 In、NotIn、Exists、DoesNotExist、Gt、Lt"),
    Msg::new(
        "Preferred scheduling terms carry a `weight` from 1 to 100 (IEF v3 CreateDeployments, tables 10 and 16); a MatchExpression `operator` is one of In, NotIn, Exists, DoesNotExist, Gt, Lt, case-sensitive (table 21; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Affinity agrees). IEF v3 UpdateDeployment only names the `affinity` object; its sub-tables are taken from IEF v3 CreateDeployments for v3 update too.",
        "优先调度规则的 `weight` 范围为 1~100(IEF v3 CreateDeployments 表10、表16);MatchExpression 的 `operator` 为 In、NotIn、Exists、DoesNotExist、Gt、Lt 之一,区分大小写(表21;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Affinity 一致)。IEF v3 UpdateDeployment 仅提到 `affinity` 对象,v3 更新的子表同样采用 IEF v3 CreateDeployments。",
    ),
    &[src(Doc::IefV3Create, "tables 8–21 (Affinity)"), src(Doc::GoSdk, "ief/v1 model Affinity")],
);

// ---------------------------------------------------------------- patterns

/// Lowercase DNS-label-like names (length checked separately).
pub static LOWER_NAME: Pattern = Pattern::new(
    "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
    Msg::new(
        "only lowercase letters, digits and hyphens, starting and ending with a lowercase letter or digit",
        "只允许英文小写字母、数字、中划线,以英文小写字母或数字开头和结尾",
    ),
);

/// Env names.
pub static ENV_NAME: Pattern = Pattern::new(
    "^[A-Za-z_][A-Za-z0-9_]*$",
    Msg::new(
        "only letters, digits and underscores, starting with a letter or underscore",
        "由大小写字母或下划线开头,由数字、大小写字母、下划线组成",
    ),
);

/// Volume names.
pub static VOLUME_NAME: Pattern = Pattern::new(
    "^[a-z0-9]+$",
    Msg::new("only lowercase letters and digits", "只允许小写字母或数字"),
);

/// Absolute paths.
pub static ABS_PATH: Pattern = Pattern::new(
    "^/",
    Msg::new(
        "it must be an absolute path starting with /",
        "必须是以 / 开头的绝对路径",
    ),
);

/// Forbidden description characters (space-separated list; the space itself is allowed).
pub const DESCRIPTION_FORBIDDEN: &str = "^ ~ # $ % & * < > ( ) [ ] { } ' \" \\";

// ---------------------------------------------------------------- helpers

/// A string type with only a pattern and bounds.
pub const fn str_pat(pattern: &'static Pattern, min: usize, max: usize) -> Ty {
    Ty::Str(StrSpec {
        min_len: Some(min),
        max_len: Some(max),
        pattern: Some(pattern),
        values: None,
        forbidden: None,
    })
}

/// A string with a maximum length.
pub const fn str_max(max: usize) -> Ty {
    Ty::Str(StrSpec {
        min_len: None,
        max_len: Some(max),
        pattern: None,
        values: None,
        forbidden: None,
    })
}

/// A non-empty string.
pub const fn str_nonempty() -> Ty {
    Ty::Str(StrSpec {
        min_len: Some(1),
        max_len: None,
        pattern: None,
        values: None,
        forbidden: None,
    })
}

/// Any string.
pub const STR: Ty = Ty::Str(StrSpec::ANY);

/// A string from an enumeration.
pub const fn str_enum(e: &'static EnumSpec) -> Ty {
    Ty::Str(StrSpec {
        min_len: None,
        max_len: None,
        pattern: None,
        values: Some(e),
        forbidden: None,
    })
}

/// An integer in `min..=max`.
pub const fn int(min: i64, max: i64) -> Ty {
    Ty::Int(IntSpec {
        min: Some(min),
        max: Some(max),
    })
}

/// Any integer (int32 on the API side).
pub const INT: Ty = Ty::Int(IntSpec {
    min: Some(i32::MIN as i64),
    max: Some(i32::MAX as i64),
});

/// An array of strings.
pub static STRINGS: ArraySpec = ArraySpec {
    items: STR,
    min_items: None,
    max_items: None,
};

// ---------------------------------------------------------------- shared fields

/// `description` (all IEF kinds).
pub const DESCRIPTION_FIELD: FieldSpec = field(
    "description",
    Ty::Str(StrSpec {
        min_len: None,
        max_len: Some(255),
        pattern: None,
        values: None,
        forbidden: Some(DESCRIPTION_FORBIDDEN),
    }),
    Msg::new(
        "Deployment description, at most 255 characters, without ^ ~ # $ % & * < > ( ) [ ] { } ' \" \\.",
        "应用部署描述,最大长度255,不允许^ ~ # $ % & * < > ( ) [ ] { } ' \" \\",
    ),
)
.rule(&DESCRIPTION);

/// `name` of a v3 container.
pub const CONTAINER_NAME_FIELD: FieldSpec = field(
    "name",
    str_pat(&LOWER_NAME, 1, 32),
    Msg::new(
        "Container name: at most 32 lowercase letters, digits and hyphens, starting and ending with a letter or digit.",
        "容器名称,只允许英文小写字母、数字、中划线,最大长度32,英文小写字母或数字开头和结尾",
    ),
)
.required()
.rule(&CONTAINER_NAME);

/// `image_url` of a v3 container.
pub const V3_IMAGE_URL: FieldSpec = field(
    "image_url",
    str_nonempty(),
    Msg::new("Container image URL.", "容器镜像URL"),
)
.required()
.rule(&IMAGE_URL);

/// `privileged`.
pub const PRIVILEGED: FieldSpec = field(
    "privileged",
    Ty::Bool,
    Msg::new(
        "Whether the privileged container is enabled. The default value is false.",
        "是否启用特权容器,默认值false",
    ),
);

/// `envs`.
pub static ENVS: ArraySpec = ArraySpec {
    items: Ty::Object(&ENV),
    min_items: None,
    max_items: None,
};

/// `envs` field.
pub const ENVS_FIELD: FieldSpec = field(
    "envs",
    Ty::Array(&ENVS),
    Msg::new("Environment variables of the container.", "环境变量"),
);

/// `run_as_user`.
pub const RUN_AS_USER_FIELD: FieldSpec = field(
    "run_as_user",
    int(0, 65534),
    Msg::new(
        "User ID the container runs as, an integer from 0 to 65534.",
        "容器运行用户ID,输入范围为0~65534的整数",
    ),
)
.rule(&RUN_AS_USER);

/// `args` of a v3 container.
pub const ARGS_FIELD: FieldSpec = field(
    "args",
    Ty::Array(&STRINGS),
    Msg::new(
        "Container startup arguments; at most 65536 characters in total.",
        "容器启动参数,字符总长度最大为65536",
    ),
);

/// `command` of a v3 container.
pub const COMMAND_FIELD: FieldSpec = field(
    "command",
    Ty::Array(&STRINGS),
    Msg::new(
        "Container startup commands; at most 65536 characters in total. The IEF console shows only the first command.",
        "容器启动命令,字符总长度最大为65536。command支持使用数组定义多条命令,但在IEF控制台界面只会显示第一条命令。",
    ),
);

// ---------------------------------------------------------------- Env

/// `Env` (IEF v3 UpdateDeployment, table 13; IEF v3 CreateDeployments, table 24; Go SDK ief/v1 Env for v2).
pub static ENV: ObjectSpec = ObjectSpec {
    name: "Env",
    doc: Msg::new("An environment variable of a container.", "容器环境变量"),
    source: src(Doc::IefV3Update, "table 13 (Env)"),
    closed: true,
    role: Role::Env,
    fields: &[
        field(
            "name",
            str_pat(&ENV_NAME, 1, 2048),
            Msg::new(
                "Key of the environment variable: unique, at most 2048 characters, starting with a letter or underscore; only letters, digits and underscores.",
                "环境变量的key,由大小写字母或下划线开头,由数字、大小写字母、下划线组成,最大长度2048个字符,不允许重复",
            ),
        )
        .required()
        .rule(&ENV_VAR),
        field(
            "value",
            str_max(20480),
            Msg::new(
                "Value of the environment variable, at most 20480 characters. Exactly one of value, value_from and field_path.",
                "环境变量的value,最大长度20480个字符。value、value_from和field_path必须三选一使用。",
            ),
        )
        .rule(&ENV_VAR),
        field(
            "value_from",
            Ty::Object(&VALUE_FROM),
            Msg::new("Imports the value from a ConfigMap or a secret.", "环境变量可使用配置项和密钥导入"),
        ),
        field(
            "field_path",
            str_enum(&FIELD_PATHS),
            Msg::new(
                "Only `status.hostIP`: the edge node's IP address becomes the value.",
                "该参数目前只支持赋值\"status.hostIP\",即引用边缘节点的IP地址作为环境变量。",
            ),
        )
        .rule(&ENV_VAR),
    ],
};

/// Allowed field_path values.
pub static FIELD_PATHS: EnumSpec = EnumSpec {
    values: &["status.hostIP"],
    disputed: &[],
};

/// `ValueFrom`.
pub static VALUE_FROM: ObjectSpec = ObjectSpec {
    name: "ValueFrom",
    doc: Msg::new("Where an environment variable's value comes from.", "环境变量值的来源"),
    source: src(Doc::IefV3Update, "table 17 (value_from)"),
    closed: true,
    role: Role::ValueFrom,
    fields: &[
        field(
            "secret",
            Ty::Object(&SECRET_REF),
            Msg::new(
                "Secret referenced by the variable. Exactly one of secret and configmap.",
                "环境变量引用密钥时使用。使用ValueFrom时,secret与configmap必须二选一。",
            ),
        ),
        field(
            "configmap",
            Ty::Object(&CONFIGMAP_REF),
            Msg::new("ConfigMap referenced by the variable.", "环境变量引用配置项时使用。"),
        ),
    ],
};

/// `Secrets`.
pub static SECRET_REF: ObjectSpec = ObjectSpec {
    name: "Secrets",
    doc: Msg::new("A key of a secret.", "密钥的属性"),
    source: src(Doc::IefV3Update, "table 18 (secret)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field("name", str_nonempty(), Msg::new("Secret name.", "密钥的名称"))
            .required()
            .rule(&REF_NAME),
        field("key", str_nonempty(), Msg::new("Secret key.", "密钥的属性名"))
            .required()
            .rule(&REF_NAME),
    ],
};

/// `ConfigsMap`.
pub static CONFIGMAP_REF: ObjectSpec = ObjectSpec {
    name: "ConfigsMap",
    doc: Msg::new("A key of a ConfigMap.", "配置项的属性"),
    source: src(Doc::IefV3Update, "table 19 (configmap)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field("name", str_nonempty(), Msg::new("ConfigMap name.", "配置项的名称"))
            .required()
            .rule(&REF_NAME),
        field("key", str_nonempty(), Msg::new("ConfigMap key.", "配置项的属性名"))
            .required()
            .rule(&REF_NAME),
    ],
};

// ---------------------------------------------------------------- probes

/// HTTP schemes.
pub static SCHEMES: EnumSpec = EnumSpec {
    values: &["HTTP", "HTTPS"],
    disputed: &[],
};

/// `HttpGetDetail`.
pub static HTTP_GET_DETAIL: ObjectSpec = ObjectSpec {
    name: "HttpGetDetail",
    doc: Msg::new("An HTTP health check.", "HTTP 探测"),
    source: src(Doc::IefV3Update, "table 9 (HttpGet)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "path",
            Ty::Str(StrSpec {
                min_len: None,
                max_len: None,
                pattern: Some(&ABS_PATH),
                values: None,
                forbidden: None,
            }),
            Msg::new(
                "Must start with /. The URL is scheme://host:port path.",
                "必须要以/开头,构造结果为:协议类型://主机地址:端口路径",
            ),
        )
        .required()
        .rule(&HTTP_GET),
        field(
            "port",
            int(1, 65535),
            Msg::new(
                "HTTP port to probe, an integer from 1 to 65535.",
                "探测的http端口,1到65535之间的整数",
            ),
        )
        .required()
        .rule(&PORT_NUMBER),
        field(
            "host",
            STR,
            Msg::new(
                "Host address; defaults to the container IP.",
                "请求的主机地址,默认为容器IP",
            ),
        ),
        field(
            "scheme",
            str_enum(&SCHEMES),
            Msg::new("HTTP or HTTPS; default HTTP.", "协议类型,HTTP或HTTPS,默认HTTP"),
        )
        .rule(&HTTP_GET),
    ],
};

/// `initial_delay_seconds`.
pub const INITIAL_DELAY: FieldSpec = field(
    "initial_delay_seconds",
    int(1, 3600),
    Msg::new(
        "Seconds from workload start to the first probe: greater than 0, at most 3600; default 10.",
        "表示从工作负载启动后从多久开始探测,大于0且不大于3600的整数,默认为10",
    ),
)
.rule(&PROBE_SECONDS);

/// `timeout_seconds`.
pub const TIMEOUT: FieldSpec = field(
    "timeout_seconds",
    int(1, 3600),
    Msg::new(
        "Probe timeout: greater than 0, at most 3600; default 1.",
        "表示探测超时时间,大于0且不大于3600的整数,默认为1",
    ),
)
.rule(&PROBE_SECONDS);

/// `Exec`.
pub static EXEC: ObjectSpec = ObjectSpec {
    name: "Exec",
    doc: Msg::new("A command-based check.", "执行命令检查"),
    source: src(Doc::IefV3Update, "table 10 (Exec)"),
    closed: true,
    role: Role::Plain,
    fields: &[field(
        "command",
        str_pat_len(1, 10240),
        Msg::new(
            "Command the probe runs, at most 10240 characters (a single string).",
            "探针执行命令,最大长度10240个字符",
        ),
    )
    .required()
    .rule(&PROBE_COMMAND)],
};

/// A string of `min..=max` characters.
pub const fn str_pat_len(min: usize, max: usize) -> Ty {
    Ty::Str(StrSpec {
        min_len: Some(min),
        max_len: Some(max),
        pattern: None,
        values: None,
        forbidden: None,
    })
}

/// v3 `Probe`.
pub static PROBE: ObjectSpec = ObjectSpec {
    name: "Probe",
    doc: Msg::new(
        "A liveness or readiness probe: exactly one of exec and http_get.",
        "探针配置:exec 与 http_get 二选一",
    ),
    source: src(Doc::IefV3Update, "table 8 (Probe)"),
    closed: true,
    role: Role::Probe,
    fields: &[
        field(
            "exec",
            Ty::Object(&EXEC),
            Msg::new(
                "Command-based check; either this or http_get.",
                "执行命令检查,与http_get二选一",
            ),
        ),
        field(
            "http_get",
            Ty::Object(&HTTP_GET_DETAIL),
            Msg::new("HTTP check; either this or exec.", "执行http探测"),
        ),
        INITIAL_DELAY,
        TIMEOUT,
    ],
};

// ---------------------------------------------------------------- ports

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
            int(1, 65535),
            Msg::new(
                "Lower limit of the host port, 1–65535.",
                "主机端口下限制,1到65535之间的整数",
            ),
        )
        .required()
        .rule(&PORT_NUMBER),
        field(
            "max_port",
            int(1, 65535),
            Msg::new(
                "Upper limit of the host port, 1–65535; greater than min_port.",
                "主机端口上限值,1到65535之间的整数;max_port需大于min_port",
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
        field("container_port", int(1, 65535), Msg::new("Container port, 1–65535.", "构成一对映射的容器端口"))
            .required()
            .rule(&PORT_NUMBER),
        field("host_port", int(1, 65535), Msg::new("Host port, 1–65535; either this or host_port_range.", "构成一对映射的物理机对应网卡端口"))
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

// ---------------------------------------------------------------- affinity

/// Affinity operators.
pub static OPERATORS: EnumSpec = EnumSpec {
    values: &["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"],
    disputed: &[],
};

/// `MatchExpression`.
pub static MATCH_EXPRESSION: ObjectSpec = ObjectSpec {
    name: "MatchExpression",
    doc: Msg::new("A label selector requirement.", "匹配规则表达式"),
    source: src(Doc::IefV3Create, "table 21 (MatchExpression)"),
    closed: true,
    role: Role::MatchExpression,
    fields: &[
        field("key", STR, Msg::new("The label the rule applies to.", "规则的标签")),
        field(
            "operator",
            str_enum(&OPERATORS),
            Msg::new(
                "In, NotIn, Exists, DoesNotExist, Gt (label value greater, compared as integers) or Lt.",
                "操作符:In、NotIn、Exists、DoesNotExist、Gt、Lt",
            ),
        )
        .rule(&AFFINITY_TERM),
        field(
            "values",
            Ty::Array(&STRINGS),
            Msg::new(
                "Label values: non-empty for In/NotIn, empty for Exists/DoesNotExist, exactly one integer for Gt/Lt.",
                "一组标签值。In或NotIn时值数组必须非空;Exists或DoesNotExist时必须为空;Gt或Lt时必须只有一个元素,该元素将被解释为整数。",
            ),
        ),
    ],
};

/// Arrays of MatchExpression.
pub static MATCH_EXPRESSIONS: ArraySpec = ArraySpec {
    items: Ty::Object(&MATCH_EXPRESSION),
    min_items: None,
    max_items: None,
};

const MATCH_EXPRESSIONS_FIELD: FieldSpec = field(
    "matchExpressions",
    Ty::Array(&MATCH_EXPRESSIONS),
    Msg::new("Match rule expressions.", "匹配规则表达式"),
);

/// `preference` / `MatchExpressions` (node selector term).
pub static NODE_SELECTOR_TERM: ObjectSpec = ObjectSpec {
    name: "MatchExpressions",
    doc: Msg::new("A node selector term.", "节点选择规则"),
    source: src(Doc::IefV3Create, "tables 11 and 13 (preference, MatchExpressions)"),
    closed: true,
    role: Role::Plain,
    fields: &[MATCH_EXPRESSIONS_FIELD],
};

/// `weight`.
const WEIGHT: FieldSpec = field(
    "weight",
    int(1, 100),
    Msg::new("Weight, from 1 to 100.", "权重,范围为1-100"),
)
.rule(&AFFINITY_TERM);

/// `PreferredSchedulingTerm`.
pub static PREFERRED_SCHEDULING_TERM: ObjectSpec = ObjectSpec {
    name: "PreferredSchedulingTerm",
    doc: Msg::new("A weighted node selector term.", "带权重的节点选择器项"),
    source: src(Doc::IefV3Create, "table 10 (PreferredSchedulingTerm)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "preference",
            Ty::Object(&NODE_SELECTOR_TERM),
            Msg::new("Node selector term for this weight.", "与相应权重关联的节点选择器项。"),
        ),
        WEIGHT,
    ],
};

/// `RequiredDuringScheduling`.
pub static REQUIRED_DURING_SCHEDULING: ObjectSpec = ObjectSpec {
    name: "RequiredDuringScheduling",
    doc: Msg::new("Hard node selection rules.", "强制节点选择规则"),
    source: src(Doc::IefV3Create, "table 12 (RequiredDuringScheduling)"),
    closed: true,
    role: Role::Plain,
    fields: &[field(
        "nodeSelectorTerms",
        Ty::Array(&NODE_SELECTOR_TERMS),
        Msg::new("Node selector terms.", "节点选择规则"),
    )],
};

/// Arrays of node selector terms.
pub static NODE_SELECTOR_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&NODE_SELECTOR_TERM),
    min_items: None,
    max_items: None,
};

/// Arrays of PreferredSchedulingTerm.
pub static PREFERRED_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&PREFERRED_SCHEDULING_TERM),
    min_items: None,
    max_items: None,
};

const PREFERRED_DOC: Msg = Msg::new(
    "Soft rules: the scheduler prefers matching nodes; running pods are not affected.",
    "优先使用定义的规则调度,且不会影响已经在节点上运行的Pod。",
);
const REQUIRED_DOC: Msg = Msg::new(
    "Hard rules: pods are only scheduled where the rules match; running pods are not affected.",
    "强制使用定义的规则调度,且不会影响已经在节点上运行的Pod。",
);

/// `nodeAffinity`.
pub static NODE_AFFINITY: ObjectSpec = ObjectSpec {
    name: "nodeAffinity",
    doc: Msg::new("Node affinity rules.", "节点亲和规则"),
    source: src(Doc::IefV3Create, "table 9 (nodeAffinity)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "preferredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&PREFERRED_TERMS),
            PREFERRED_DOC,
        ),
        field(
            "requiredDuringSchedulingIgnoredDuringExecution",
            Ty::Object(&REQUIRED_DURING_SCHEDULING),
            REQUIRED_DOC,
        ),
    ],
};

/// `LabelSelector`.
pub static LABEL_SELECTOR: ObjectSpec = ObjectSpec {
    name: "LabelSelector",
    doc: Msg::new("Selects pods by label.", "标签选择器"),
    source: src(Doc::IefV3Create, "table 18 (LabelSelector)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        MATCH_EXPRESSIONS_FIELD,
        field(
            "matchLabels",
            Ty::StrMap,
            Msg::new(
                "key: value label pairs; each is like a matchExpressions element with operator In and one value.",
                "匹配的标签,格式为key:value键值对。",
            ),
        ),
    ],
};

/// `PodAffinityTerm`.
pub static POD_AFFINITY_TERM: ObjectSpec = ObjectSpec {
    name: "PodAffinityTerm",
    doc: Msg::new("A pod (anti-)affinity term.", "Pod亲和规则"),
    source: src(Doc::IefV3Create, "tables 17 and 19 (podAffinityTerm, PodAffinityTerm)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "labelSelector",
            Ty::Object(&LABEL_SELECTOR),
            Msg::new("Label selector.", "标签选择器"),
        ),
        field("namespaces", Ty::Array(&STRINGS), Msg::new("Namespaces.", "命名空间")),
        field(
            "topologyKey",
            STR,
            Msg::new(
                "Topology label: the scope is nodes with this label, then labelSelector picks within it.",
                "拓扑标签。先圈定topologyKey指定的范围,然后再选择labelSelector定义的内容。",
            ),
        ),
    ],
};

/// `WeightPodAffinityTerms`.
pub static WEIGHTED_POD_AFFINITY_TERM: ObjectSpec = ObjectSpec {
    name: "WeightPodAffinityTerms",
    doc: Msg::new("A weighted pod affinity term.", "带权重的Pod亲和规则"),
    source: src(Doc::IefV3Create, "table 16 (WeightPodAffinityTerms)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "podAffinityTerm",
            Ty::Object(&POD_AFFINITY_TERM),
            Msg::new("Pod affinity term.", "Pod亲和规则"),
        ),
        WEIGHT,
    ],
};

/// Arrays of weighted pod terms.
pub static WEIGHTED_POD_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&WEIGHTED_POD_AFFINITY_TERM),
    min_items: None,
    max_items: None,
};
/// Arrays of pod terms.
pub static POD_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&POD_AFFINITY_TERM),
    min_items: None,
    max_items: None,
};

/// `podAffinity` and `podAntiAffinity`.
pub static POD_AFFINITY: ObjectSpec = ObjectSpec {
    name: "podAffinity",
    doc: Msg::new("Pod affinity or anti-affinity rules.", "Pod亲和/反亲和规则"),
    source: src(Doc::IefV3Create, "tables 14 and 15 (podAffinity, podAntiAffinity)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "preferredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&WEIGHTED_POD_TERMS),
            PREFERRED_DOC,
        ),
        field(
            "requiredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&POD_TERMS),
            REQUIRED_DOC,
        ),
    ],
};

/// `Affinity`.
pub static AFFINITY: ObjectSpec = ObjectSpec {
    name: "Affinity",
    doc: Msg::new(
        "Scheduling affinity rules (platinum edition only).",
        "应用实例亲和性规则,仅铂金版支持",
    ),
    source: src(Doc::IefV3Create, "table 8 (Affinity)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "nodeAffinity",
            Ty::Object(&NODE_AFFINITY),
            Msg::new("Node affinity rules.", "节点亲和规则"),
        ),
        field(
            "podAffinity",
            Ty::Object(&POD_AFFINITY),
            Msg::new("Pod affinity rules.", "Pod亲和规则"),
        ),
        field(
            "podAntiAffinity",
            Ty::Object(&POD_AFFINITY),
            Msg::new("Pod anti-affinity rules.", "Pod反亲和规则"),
        ),
    ],
};
