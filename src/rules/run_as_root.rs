//! `run-as-root`: a container does not run as user 0.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("run-as-root", Category::BestPractice)
    .warning()
    .summary(Msg::new("Containers do not run as root (`run_as_user: 0`)", "容器不以 root 运行(`run_as_user: 0`)"))
    .explanation(Msg::new(
        "`run_as_user: 0` (`configs.run_as_user` in v2) runs the container's processes as root. The API allows 0–65534, so this is a warning: root in a container owns every file of its volumes (including writable hostPath ones on the node) and turns an escape into a root compromise. Run as the unprivileged user the image is built for (1000 is common), and give that user the files it needs.",
        "`run_as_user: 0`(v2 中为 `configs.run_as_user`)使容器进程以 root 运行。API 允许 0~65534,因此为警告:容器内的 root 拥有其所有卷(包括节点上可写的 hostPath 卷)中的文件,一旦逃逸即为 root 权限。请以镜像所设计的非特权用户运行(常见为 1000),并为该用户准备所需文件的权限。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 22 (ContainerDef)"),
        Source::new(Doc::IefV2Create, "table 14"),
    ]);

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
        // v3: on the container; v2: in the container's `configs`.
        let (node, segs): (Option<&Node>, &[Seg<'_>]) = if cx.kind.is_v2() {
            (
                v.node.get("configs").and_then(|c| c.get("run_as_user")),
                &[Seg::Key("configs"), Seg::Key("run_as_user")],
            )
        } else {
            (v.node.get("run_as_user"), &[Seg::Key("run_as_user")])
        };
        let Some(user) = node.filter(|n| matches!(&n.value, crate::syntax::Value::Number(s) if &**s == "0")) else {
            return;
        };
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    "the container runs as root (`run_as_user` 0)".into(),
                    "容器以 `root` 用户运行(`run_as_user` 为 0)".into(),
                ),
                tr(
                    lang,
                    "run as the unprivileged user the image is built for, e.g. 1000".into(),
                    "以镜像所设计的非特权用户运行,例如 1000".into(),
                ),
            )
        };
        let p = cx.ptr(v, segs);
        cx.emit(&META, p, user.span, &text, None);
    }
}
