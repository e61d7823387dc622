//! `Volume` for update (IEF v3 UpdateDeployment, table 7) and `Volumes` for
//! create (IEF v3 CreateDeployments, table 33); the v2 volume reuses their
//! fields.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::Doc;

/// read_only mandatory in IEF v3 UpdateDeployment, optional in the Go SDK.
pub static READ_ONLY_REQUIRED: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 7 marks read_only Mandatory; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes has it optional since 0.1.16",
        "IEF v3 UpdateDeployment 表7 标记 read_only 为必选;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes 自 0.1.16 起为可选",
    ),
};

/// Volume types.
pub static VOLUME_TYPES: EnumSpec = EnumSpec {
    values: &["configMap", "secret", "emptyDir", "hostPath"],
    disputed: &[],
};

/// `type` of a volume.
pub const VOLUME_TYPE: FieldSpec = field(
    "type",
    str_enum(&VOLUME_TYPES),
    Msg::new(
        "Volume type: {values}.",
        "卷的类型,支持configMap,secret,emptyDir,hostPath",
    ),
)
.required()
.rule(&VOLUME_FIELDS);

/// `name` of a volume.
pub const VOLUME_NAME_FIELD: FieldSpec = field(
    "name",
    str_pat(&VOLUME_NAME, 1, 63),
    Msg::new(
        "Volume name: lowercase letters or digits, at most {max} characters.",
        "卷名称,小写字母或数字,最长{max}个字符",
    ),
)
.required()
.rule(&VOLUME_FIELDS);

/// `source` of a volume.
pub const VOLUME_SOURCE_FIELD: FieldSpec = field(
    "source",
    STR,
    Msg::new(
        "hostPath: a path starting with /; secret: the secret name; configMap: the ConfigMap name; emptyDir: disk or memory.",
        "卷来源,type为hostPath时输入路径,要求以/开头,后面可包含中划线,反斜杠,下划线,点号,字母,数字; secret时输入secret名称,configMap时输入configMap名称,emptyDir时输入disk或memory",
    ),
)
.required();

/// `destination` of a volume.
pub const VOLUME_DESTINATION: FieldSpec = field(
    "destination",
    Ty::Str(StrSpec {
        min_len: None,
        max_len: None,
        pattern: Some(&ABS_PATH),
        values: None,
        forbidden: None,
    }),
    Msg::new(
        "Mount path in the container; must be a valid (absolute) path.",
        "卷挂载路径,必须是合法的路径",
    ),
)
.required()
.rule(&VOLUME_FIELDS);

/// `read_only` of a volume.
pub const READ_ONLY: FieldSpec = field(
    "read_only",
    Ty::Bool,
    Msg::new(
        "Read-only mount; configMap and secret volumes support only read-only.",
        "读写权限,configMap和secret类型只支持读权限",
    ),
);

/// `default_mode` of a volume.
pub const DEFAULT_MODE: FieldSpec = field(
    "default_mode",
    MODE,
    Msg::new(
        "File mode of the mounted files, only for configMap and secret; default 0644; decimal or octal.",
        "挂载的文件权限,仅configMap和secret类型生效,默认为0644,支持填写十进制和八进制参数",
    ),
);

/// `Volumes` (v3 create).
pub static VOLUME_CREATE: ObjectSpec = ObjectSpec {
    name: "Volumes",
    doc: Msg::new("A volume mounted into the container.", "卷配置"),
    source: src(Doc::IefV3Create, "table 33 (Volumes)"),
    closed: true,
    role: Role::Volume,
    fields: &[
        VOLUME_NAME_FIELD,
        VOLUME_TYPE,
        VOLUME_SOURCE_FIELD,
        VOLUME_DESTINATION,
        READ_ONLY.required_disputed(&READ_ONLY_REQUIRED),
        DEFAULT_MODE,
    ],
};

/// `Volume` (v3 update).
pub static VOLUME_UPDATE: ObjectSpec = ObjectSpec {
    name: "Volume",
    doc: Msg::new("A volume attached to the container.", "卷配置"),
    source: src(Doc::IefV3Update, "table 7 (Volume)"),
    closed: true,
    role: Role::Volume,
    fields: &[
        VOLUME_NAME_FIELD,
        VOLUME_TYPE,
        READ_ONLY.required_disputed(&READ_ONLY_REQUIRED),
        VOLUME_SOURCE_FIELD,
        VOLUME_DESTINATION,
        DEFAULT_MODE.undocumented(&OMITTED_BY_002),
    ],
};

pub(super) static VOLUMES_CREATE: ArraySpec = ArraySpec {
    items: Ty::Object(&VOLUME_CREATE),
    min_items: None,
    max_items: None,
};

pub(super) static VOLUMES_UPDATE: ArraySpec = ArraySpec {
    items: Ty::Object(&VOLUME_UPDATE),
    min_items: None,
    max_items: None,
};
