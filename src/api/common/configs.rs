//! The `restart-policy` and `dns-policy` rules that v2 `configs` and v3
//! `PodConfigs` share (IEF v3 UpdateDeployment, table 16; IEF v3
//! CreateDeployments, table 7; Huawei Go SDK (huaweicloud-sdk-go-v3
//! 0.1.188), ief/v1 models AppConfigs and PodConfigs). The objects
//! themselves are in [`crate::api::ief_v2`] and [`crate::api::ief_v3`].

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

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
