//! Environment variables: `Env`, `ValueFrom`, `Secrets` and `ConfigsMap`
//! (IEF v3 UpdateDeployment, tables 13 and 17–19; IEF v3 CreateDeployments,
//! tables 24–27; for v2, Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188),
//! ief/v1 model Env), with the `env-var` and `reference-name` rules.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

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

/// Env names.
pub static ENV_NAME: Pattern = Pattern::new(
    "^[A-Za-z_][A-Za-z0-9_]*$",
    Msg::new(
        "only letters, digits and underscores, starting with a letter or underscore",
        "由大小写字母或下划线开头,由数字、大小写字母、下划线组成",
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
                "Key of the environment variable: unique, at most {max} characters, starting with a letter or underscore; only letters, digits and underscores.",
                "环境变量的key,由大小写字母或下划线开头,由数字、大小写字母、下划线组成,最大长度{max}个字符,不允许重复",
            ),
        )
        .required()
        .rule(&ENV_VAR),
        field(
            "value",
            str_max(20480),
            Msg::new(
                "Value of the environment variable, {bounds}. Exactly one of value, value_from and field_path.",
                "环境变量的value,最大长度{max}个字符。value、value_from和field_path必须三选一使用。",
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
