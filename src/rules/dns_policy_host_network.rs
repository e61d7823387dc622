//! `dns-policy-host-network`: dns_policy must suit host_network.
//!
//! "应用实例启用主机网络时只能选填Default、ClusterFirstWithHostNet,不启用主机网络时
//! 只能选填Default、ClusterFirst" (IEF v3 CreateDeployments, table 7). An absent host_network is
//! false in v3 (table 7 default). In v2 Go SDK ief/v1 AppConfigs says the default is true, the v3
//! pages false: with host_network absent, a v2 non-Default policy is a warning.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::api::ief_v3::{dns_policies_with, DNS_DEFAULT, DNS_POLICIES};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("dns-policy-host-network", Category::Api)
    .fix(Applicability::Unsafe)
    .variants(&[V2_DEFAULT_DISPUTED])
    .summary(Msg::new("dns_policy must suit host_network", "dns_policy 必须与 host_network 匹配"))
    .explanation(Msg::new(
            "With the host network only `Default` or `ClusterFirstWithHostNet` is allowed; without it only `Default` or `ClusterFirst` (IEF v3 CreateDeployments, table 7; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 models PodConfigs and AppConfigs). An absent host_network means false in v3 (its documented default). For v2, Go SDK ief/v1 AppConfigs documents the default as true while v3 says false, so when host_network is absent in a v2 body a non-Default dns_policy is a warning naming both.",
            "启用主机网络时只能选填 `Default`、`ClusterFirstWithHostNet`;不启用时只能选填 `Default`、`ClusterFirst`(IEF v3 CreateDeployments 表7;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 PodConfigs、AppConfigs)。v3 中未填写 host_network 即为 false(文档默认值)。v2 的 Go SDK ief/v1 模型 AppConfigs 称默认值为 true,而 v3 称为 false,因此 v2 请求体未填写 host_network 时,非 Default 的 dns_policy 以警告报告并列出两个来源。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 7 (PodConfigs)"), Source::new(Doc::GoSdk, "ief/v1 model AppConfigs"), Source::new(Doc::GoSdk, "ief/v1 model PodConfigs")]);

/// A v2 body without host_network: its default is disputed, so a policy
/// that only suits one default is a warning.
const V2_DEFAULT_DISPUTED: Variant = Variant::new(
    "v2-default-disputed",
    Severity::Warning,
    Msg::new(
        "v2 body without `host_network`, whose default Huawei's sources disagree on",
        "v2 请求体未设置 `host_network`,而华为各来源对其默认值说法不一",
    ),
);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::PodConfigs
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(dns) = v.node.get("dns_policy") else { return };
        let Some(policy) = dns.as_str() else { return };
        let host = v.node.get("host_network").and_then(Node::as_bool);
        let (host_net, disputed) = match host {
            Some(h) => (h, false),
            None if cx.kind.is_v2() => {
                if policy == DNS_DEFAULT {
                    return;
                }
                // The v2 default is disputed: judge against the v3 default and warn.
                (false, true)
            }
            None => (false, false),
        };
        if !DNS_POLICIES.values.contains(&policy) {
            return; // the enum rule reports it
        }
        let p = cx.ptr(v, &[Seg::Key("dns_policy")]);
        if disputed {
            let text = |lang: Lang| {
                Text::pair(
                    tr(
                        lang,
                        format!("`dns_policy` is `{policy}` but `host_network` is not set, and its v2 default is disputed"),
                        format!("`dns_policy` 为 `{policy}`,但未设置 `host_network`,而其 v2 默认值存在分歧"),
                    ),
                    tr(
                        lang,
                        "Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model AppConfigs documents the v2 host_network default as true; IEF v3 CreateDeployments, table 7 and IEF v3 UpdateDeployment, table 16 say false. Set host_network explicitly.".into(),
                        "华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 AppConfigs 称 v2 `host_network` 默认为 `true`;IEF v3 CreateDeployments 表7 与 IEF v3 UpdateDeployment 表16 称默认为 `false`。请显式设置 `host_network`。".into(),
                    ),
                )
            };
            cx.emit_variant(&META, &V2_DEFAULT_DISPUTED, p, dns.span, &text, None);
            return;
        }
        let allowed = dns_policies_with(host_net);
        if allowed.contains(&policy) {
            return;
        }
        let [a, b] = allowed;
        let text = |lang: Lang| {
            let (state, zh_state) = if host_net { ("enabled", "启用") } else { ("disabled", "未启用") };
            Text::pair(
                tr(
                    lang,
                    format!("`dns_policy` `{policy}` cannot be used with the host network {state}"),
                    format!("主机网络{zh_state}时不能使用 `dns_policy` `{policy}`"),
                ),
                tr(
                    lang,
                    format!("with host_network {host_net}, use `{a}` or `{b}`"),
                    format!("`host_network` 为 `{host_net}` 时只能选填 `{a}`、`{b}`"),
                ),
            )
            .fix(tr(lang, format!("use `{b}`"), format!("改用 `{b}`")))
        };
        let edit = crate::diagnostics::Edit {
            span: dns.span,
            replacement: crate::api::walk::requote(cx.text(), dns.span, b),
        };
        cx.emit(&META, p, dns.span, &text, Some(vec![edit]));
    }
}
