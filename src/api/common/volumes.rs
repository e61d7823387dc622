//! The `volume-fields` rule and the volume-name pattern that v2 and v3
//! volumes share (IEF v3 UpdateDeployment, table 7; IEF v3
//! CreateDeployments, table 33; for v2, Huawei Go SDK
//! (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes). The volume
//! fields are in [`crate::api::ief_v3`].

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

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

/// Volume names.
pub static VOLUME_NAME: Pattern = Pattern::new(
    "^[a-z0-9]+$",
    Msg::new("only lowercase letters and digits", "只允许小写字母或数字"),
);
