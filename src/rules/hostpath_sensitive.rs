//! `hostpath-sensitive`: no hostPath volume mounts a sensitive path of the node.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("hostpath-sensitive", Category::BestPractice)
    .warning()
    .summary(Msg::new(
        "hostPath volumes do not mount the node's root, system or credential paths",
        "hostPath 卷不挂载节点的根目录、系统目录或凭据路径",
    ))
    .explanation(Msg::new(
        "A hostPath `source` of `/`, `/etc`, `/proc`, `/sys` or `/root` (or a path below the last four), or the container runtime's socket `/var/run/docker.sock` (`/run/docker.sock`), hands the container the node: its configuration and credentials, its kernel's knobs, or the runtime that starts containers as root. Even read-only, these leak secrets and host details. The path is judged after removing `.`, `..`, repeated and trailing slashes. Mount the one file or directory the workload needs, from a directory made for it; the API accepts any absolute path, so this is a warning.",
        "hostPath 的 `source` 为 `/`、`/etc`、`/proc`、`/sys`、`/root`(或后四者之下的路径),或容器运行时的套接字 `/var/run/docker.sock`(`/run/docker.sock`)时,等于把节点交给容器:节点的配置与凭据、内核参数,或以 root 启动容器的运行时。即使只读,也会泄露密钥与主机信息。路径先去掉 `.`、`..`、重复及末尾的斜杠再判断。请只挂载工作负载所需的文件或目录,且来自为其准备的目录;API 接受任何绝对路径,因此为警告。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 33 (Volumes)"),
        Source::new(Doc::IefV3Update, "table 7 (Volume)"),
    ]);

/// Paths that are sensitive themselves and below.
const TREES: &[&str] = &["/etc", "/proc", "/sys", "/root"];
/// Paths that are sensitive themselves only.
const EXACT: &[&str] = &["/", "/var/run/docker.sock", "/run/docker.sock"];

/// `path` with `.`, `..`, repeated and trailing slashes resolved: `/var//run/../etc/` → `/var/etc`.
fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The sensitive path `source` is or lies below, if any.
fn sensitive(source: &str) -> Option<&'static str> {
    if !source.starts_with('/') {
        return None;
    }
    let p = normalise(source);
    EXACT
        .iter()
        .find(|e| p == **e)
        .or_else(|| {
            TREES
                .iter()
                .find(|t| p == **t || p.strip_prefix(**t).is_some_and(|r| r.starts_with('/')))
        })
        .copied()
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
        Role::Volume
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        if v.node.get("type").and_then(Node::as_str) != Some("hostPath") {
            return;
        }
        let Some(src) = v.node.get("source") else { return };
        let Some(path) = src.as_str() else { return };
        let Some(hit) = sensitive(path) else { return };
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    format!("hostPath `{path}` mounts `{hit}` of the node into the container"),
                    format!("hostPath `{path}` 将节点的 `{hit}` 挂载进容器"),
                ),
                tr(
                    lang,
                    "mount only the file or directory the workload needs, from a directory made for it".into(),
                    "只挂载工作负载所需的文件或目录,且来自为其准备的目录".into(),
                ),
            )
        };
        let p = cx.ptr(v, &[Seg::Key("source")]);
        cx.emit(&META, p, src.span, &text, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_judged_after_normalising() {
        assert_eq!(sensitive("/"), Some("/"));
        assert_eq!(sensitive("//"), Some("/"));
        assert_eq!(sensitive("/etc/"), Some("/etc"));
        assert_eq!(sensitive("/etc/ssl/certs"), Some("/etc"));
        assert_eq!(sensitive("/var/lib/../../etc"), Some("/etc"));
        assert_eq!(sensitive("/var/run/docker.sock"), Some("/var/run/docker.sock"));
        assert_eq!(sensitive("/run/./docker.sock"), Some("/run/docker.sock"));
        assert_eq!(sensitive("/etcd/data"), None);
        assert_eq!(sensitive("/var/lib/app"), None);
        assert_eq!(sensitive("/var/run"), None);
        assert_eq!(sensitive("relative/etc"), None);
    }
}
