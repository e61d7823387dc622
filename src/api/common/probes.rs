//! Probes: `Probe`, `HttpGetDetail` and `Exec` (IEF v3 UpdateDeployment,
//! tables 8–10; IEF v3 CreateDeployments, tables 30–32), with the
//! `probe-seconds`, `probe-command` and `http-get` rules. The v2 probe
//! (Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model ProbeDetail)
//! lives in [`crate::api::ief_v2`] and reuses the fields defined here.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

/// Probe `initial_delay_seconds` and `timeout_seconds`, v2 and v3 (the `probe-seconds` rule).
pub const PROBE_SECONDS_RANGE: Ty = int(1, 3600);

/// A probe command: v3 `exec.command` and v2 `exec_command` (the `probe-command` rule).
pub const PROBE_COMMAND_TEXT: Ty = str_pat_len(1, 10240);

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
            PORT,
            Msg::new(
                "HTTP port to probe, an integer {bounds}.",
                "探测的http端口,{min}到{max}之间的整数",
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
    PROBE_SECONDS_RANGE,
    Msg::new(
        "Seconds from workload start to the first probe: greater than 0, at most {max}; default 10.",
        "表示从工作负载启动后从多久开始探测,大于0且不大于{max}的整数,默认为10",
    ),
)
.rule(&PROBE_SECONDS);

/// `timeout_seconds`.
pub const TIMEOUT: FieldSpec = field(
    "timeout_seconds",
    PROBE_SECONDS_RANGE,
    Msg::new(
        "Probe timeout: greater than 0, at most {max}; default 1.",
        "表示探测超时时间,大于0且不大于{max}的整数,默认为1",
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
        PROBE_COMMAND_TEXT,
        Msg::new(
            "Command the probe runs, at most {max} characters (a single string).",
            "探针执行命令,最大长度{max}个字符",
        ),
    )
    .required()
    .rule(&PROBE_COMMAND)],
};

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
