//! `privileged-container`: a container does not run privileged.

use super::*;
use crate::diagnostics::{tr, Edit, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("privileged-container", Category::BestPractice)
    .warning()
    .fix(Applicability::Unsafe)
    .summary(Msg::new("Containers do not run privileged", "容器不以特权模式运行"))
    .explanation(Msg::new(
        "A privileged container (`privileged: true`; `configs.privileged` in v2) runs with every capability and the node's devices: a compromise of the application is a compromise of the edge node and whatever it reaches. The API accepts it (default false), so this is a warning. Grant the one device or capability the workload needs, or keep the privileged part in a small, separate container. The fix (unsafe: the workload may really need it) sets it to false.",
        "特权容器(`privileged: true`;v2 中为 `configs.privileged`)拥有全部权限并可访问节点设备:应用一旦被攻破,边缘节点及其可达的一切随之失守。API 接受该设置(默认 false),因此为警告。请只授予工作负载所需的设备或能力,或将需要特权的部分放进单独的小容器。修复(不安全:工作负载可能确实需要)将其设为 false。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 22 (ContainerDef)"),
        Source::new(Doc::IefV3Update, "table 6 (ContainerDef)"),
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
                v.node.get("configs").and_then(|c| c.get("privileged")),
                &[Seg::Key("configs"), Seg::Key("privileged")],
            )
        } else {
            (v.node.get("privileged"), &[Seg::Key("privileged")])
        };
        let Some(flag) = node.filter(|n| n.as_bool() == Some(true)) else {
            return;
        };
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    "the container runs privileged: it has every capability and the node's devices".into(),
                    "容器以特权模式运行:拥有全部权限并可访问节点设备".into(),
                ),
                tr(
                    lang,
                    "grant only the device or capability the workload needs, and set `privileged` to false".into(),
                    "只授予工作负载所需的设备或能力,并将 `privileged` 设为 false".into(),
                ),
            )
            .fix(tr(
                lang,
                "set `privileged` to `false`".into(),
                "将 `privileged` 设为 `false`".into(),
            ))
        };
        let edit = Edit {
            span: flag.span,
            replacement: "false".into(),
        };
        let p = cx.ptr(v, segs);
        cx.emit(&META, p, flag.span, &text, Some(vec![edit]));
    }
}
