//! Container fields the v3 `ContainerDef` of both pages shares: `name`,
//! `image_url`, `privileged`, `run_as_user`, `command` and `args` (IEF v3
//! CreateDeployments, table 22; IEF v3 UpdateDeployment, table 6; for
//! `image_url` also IEF v2 CreateDeployment, table 4), with the
//! `container-name`, `image-url` and `run-as-user` rules.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

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

/// `name` of a v3 container.
pub const CONTAINER_NAME_FIELD: FieldSpec = field(
    "name",
    str_pat(&LOWER_NAME, 1, 32),
    Msg::new(
        "Container name: at most {max} lowercase letters, digits and hyphens, starting and ending with a letter or digit.",
        "容器名称,只允许英文小写字母、数字、中划线,最大长度{max},英文小写字母或数字开头和结尾",
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

/// `run_as_user`.
pub const RUN_AS_USER_FIELD: FieldSpec = field(
    "run_as_user",
    int(0, 65534),
    Msg::new(
        "User ID the container runs as, an integer {bounds}.",
        "容器运行用户ID,输入范围为{bounds}的整数",
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
