//! `image-registry-ip`: an image is not pulled from a registry given by IP address.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};
use std::net::{Ipv4Addr, Ipv6Addr};

pub static META: RuleMeta = RuleMeta::new("image-registry-ip", Category::BestPractice)
    .warning()
    .summary(Msg::new(
        "Images come from a registry named by host name, not IP address",
        "镜像来自以域名而非 IP 地址指定的仓库",
    ))
    .explanation(Msg::new(
        "An `image_url` whose registry is an IP address (`192.168.1.20:5000/agent:1.0`) ties every body to one machine's address: when the registry moves, each body must change, and a registry reached by IP usually serves no certificate for that address, so nodes are set to pull from it insecurely. Name the registry by a host name (SWR: `swr.<region>.myhuaweicloud.com`) that DNS and certificates follow. The API accepts any URL, so this is a warning.",
        "`image_url` 的仓库为 IP 地址(`192.168.1.20:5000/agent:1.0`)时,所有请求体都绑定在一台机器的地址上:仓库迁移时每个请求体都要修改;而且通过 IP 访问的仓库通常没有对应该地址的证书,节点只能以不安全方式拉取。请以域名指定仓库(SWR:`swr.<region>.myhuaweicloud.com`),让 DNS 与证书随之变化。API 接受任何 URL,因此为警告。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 22 (ContainerDef)"),
        Source::new(Doc::IefV2Create, "table 4"),
    ]);

/// Whether a registry (`host[:port]`) names its host by IP address.
fn is_ip(registry: &str) -> bool {
    if let Some(rest) = registry.strip_prefix('[') {
        return rest.split_once(']').is_some_and(|(h, _)| h.parse::<Ipv6Addr>().is_ok());
    }
    let host = registry.split_once(':').map_or(registry, |(h, _)| h);
    host.parse::<Ipv4Addr>().is_ok()
}

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn role(&self) -> Role {
        Role::Container
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(url) = v.node.get("image_url") else { return };
        let Some(image) = url.as_str().map(str::trim) else {
            return;
        };
        let Some(registry) = super::image_latest_tag::Image::parse(image)
            .registry
            .filter(|r| is_ip(r))
        else {
            return;
        };
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    format!("image `{image}` is pulled from a registry given by IP address (`{registry}`)"),
                    format!("镜像 `{image}` 从以 IP 地址指定的仓库(`{registry}`)拉取"),
                ),
                tr(
                    lang,
                    "name the registry by its host name".into(),
                    "以域名指定镜像仓库".into(),
                ),
            )
        };
        let p = cx.ptr(v, &[Seg::Key("image_url")]);
        cx.emit(&META, p, url.span, &text, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_with_and_without_ports() {
        assert!(is_ip("192.168.1.20"));
        assert!(is_ip("192.168.1.20:5000"));
        assert!(is_ip("[fd00::1]:5000"));
        assert!(!is_ip("swr.cn-north-4.myhuaweicloud.com"));
        assert!(!is_ip("registry.local:5000"));
        assert!(!is_ip("999.1.1.1"));
    }
}
