//! `image-latest-tag`: an image names a fixed tag, not `latest` or none.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("image-latest-tag", Category::BestPractice)
    .warning()
    .summary(Msg::new(
        "Images name a fixed tag, not `latest` or none",
        "镜像指定固定标签,而不是 `latest` 或不写标签",
    ))
    .explanation(Msg::new(
        "An `image_url` without a tag means `latest`, and `latest` is whatever was pushed last: two nodes, or one node before and after a restart, can run different code from the same body, and a rollback cannot return to what ran before. Name a version tag (`edge/agent:2.4.1`) or pin a digest (`@sha256:…`, never reported). A v3 container whose image has no tag but that sets `version` is not reported, since the pages call `version` the image version. For a CCE release, `values.imageTag` `latest` is reported the same way. The API accepts any tag, so this is a warning.",
        "不带标签的 `image_url` 即为 `latest`,而 `latest` 是最后推送的那个镜像:同一请求体在两个节点上、或同一节点重启前后,可能运行不同的代码,回滚也无法回到之前运行的版本。请指定版本标签(`edge/agent:2.4.1`)或固定摘要(`@sha256:…`,不报告)。v3 容器镜像不带标签但设置了 `version` 时不报告,因为页面称 `version` 为镜像版本。CCE 模板实例的 `values.imageTag` 为 `latest` 时同样报告。API 接受任何标签,因此为警告。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 22 (ContainerDef)"),
        Source::new(Doc::IefV2Create, "table 4"),
        Source::new(Doc::CceReleaseUpdate, "table 5"),
    ]);

/// An image reference split as a registry does: `[host[:port]/]path[:tag][@digest]`.
#[derive(Debug, PartialEq, Eq)]
pub struct Image<'a> {
    /// The registry host (with its port), when the first part names one.
    pub registry: Option<&'a str>,
    /// The tag, if any.
    pub tag: Option<&'a str>,
    /// Whether a digest pins it.
    pub digest: bool,
}

impl<'a> Image<'a> {
    /// Splits `image`.
    pub fn parse(image: &'a str) -> Image<'a> {
        let (name, digest) = match image.split_once('@') {
            Some((n, _)) => (n, true),
            None => (image, false),
        };
        let registry = name
            .split_once('/')
            .map(|(first, _)| first)
            .filter(|f| f.contains(['.', ':', '[']) || *f == "localhost");
        let last = name.rsplit('/').next().unwrap_or(name);
        let tag = last.split_once(':').map(|(_, t)| t);
        Image { registry, tag, digest }
    }
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
        let Some(image) = url.as_str().map(str::trim).filter(|s| !s.is_empty()) else {
            return;
        };
        let parsed = Image::parse(image);
        if parsed.digest {
            return;
        }
        let latest = match parsed.tag {
            Some("latest") => true,
            Some(_) => return,
            None => {
                // v3 names the image version apart.
                let version = v
                    .node
                    .get("version")
                    .and_then(Node::as_str)
                    .is_some_and(|s| !s.is_empty());
                if !cx.kind.is_v2() && version {
                    return;
                }
                false
            }
        };
        let text = |lang: Lang| {
            let message = if latest {
                tr(
                    lang,
                    format!("image `{image}` uses the `latest` tag: what runs changes with every push"),
                    format!("镜像 `{image}` 使用 `latest` 标签:运行的内容随每次推送而变"),
                )
            } else {
                tr(
                    lang,
                    format!("image `{image}` has no tag, which means `latest`: what runs changes with every push"),
                    format!("镜像 `{image}` 未指定标签,即为 `latest`:运行的内容随每次推送而变"),
                )
            };
            Text::pair(
                message,
                tr(
                    lang,
                    "name a version tag, e.g. `:2.4.1`, or pin a digest".into(),
                    "指定版本标签(例如 `:2.4.1`)或固定摘要".into(),
                ),
            )
        };
        let p = cx.ptr(v, &[Seg::Key("image_url")]);
        cx.emit(&META, p, url.span, &text, None);
    }
}

/// A CCE release whose `values.imageTag` is `latest`.
pub struct ReleaseRule;

impl super::Rule for ReleaseRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        &[Kind::CceReleaseUpdate]
    }
    fn role(&self) -> Role {
        Role::Release
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(tag) = v.node.get("values").and_then(|x| x.get("imageTag")) else {
            return;
        };
        if tag.as_str().map(str::trim) != Some("latest") {
            return;
        }
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    "`imageTag` is `latest`: what runs changes with every push".into(),
                    "`imageTag` 为 `latest`:运行的内容随每次推送而变".into(),
                ),
                tr(
                    lang,
                    "name a version tag, e.g. `5.0.7`".into(),
                    "指定版本标签,例如 `5.0.7`".into(),
                ),
            )
        };
        let p = cx.ptr(v, &[Seg::Key("values"), Seg::Key("imageTag")]);
        cx.emit(&META, p, tag.span, &text, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_split_as_registries_do() {
        let i = Image::parse("swr.cn-north-4.myhuaweicloud.com/edge/agent:2.4.1");
        assert_eq!(
            (i.registry, i.tag, i.digest),
            (Some("swr.cn-north-4.myhuaweicloud.com"), Some("2.4.1"), false)
        );
        let i = Image::parse("10.0.0.5:5000/agent");
        assert_eq!((i.registry, i.tag), (Some("10.0.0.5:5000"), None));
        let i = Image::parse("nginx");
        assert_eq!((i.registry, i.tag), (None, None));
        let i = Image::parse("library/nginx:latest");
        assert_eq!((i.registry, i.tag), (None, Some("latest")));
        let i = Image::parse("localhost/agent@sha256:abc");
        assert_eq!((i.registry, i.tag, i.digest), (Some("localhost"), None, true));
        let i = Image::parse("[fd00::1]:5000/agent:1");
        assert_eq!((i.registry, i.tag), (Some("[fd00::1]:5000"), Some("1")));
    }
}
