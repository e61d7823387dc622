//! `hostpath-writable`: a hostPath volume is mounted read-only.

use super::*;
use crate::diagnostics::{tr, Edit, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("hostpath-writable", Category::BestPractice)
    .warning()
    .fix(Applicability::Unsafe)
    .summary(Msg::new("hostPath volumes are mounted read-only", "hostPath 卷以只读方式挂载"))
    .explanation(Msg::new(
        "A hostPath volume mounts a directory of the edge node into the container; without `\"read_only\": true` the container can change the node's files, and whatever compromises it can plant files that outlive it and that other workloads or the node itself read. Mount hostPath read-only, and give data the workload writes an emptyDir, or a dedicated directory it alone uses (then say so in a suppression comment). An absent `read_only` is writable. The fix (unsafe: the workload may need to write) sets `read_only` to true when it is false.",
        "hostPath 卷将边缘节点上的目录挂载进容器;未设置 `\"read_only\": true` 时容器可以修改节点文件,攻破容器者可在其中留下比容器存活更久、且被其他工作负载或节点本身读取的文件。请以只读方式挂载 hostPath;工作负载要写的数据使用 emptyDir,或使用仅供它使用的专用目录(并用抑制注释说明)。未填写 `read_only` 即为可写。修复(不安全:工作负载可能需要写入)在 `read_only` 为 false 时将其设为 true。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 33 (Volumes)"),
        Source::new(Doc::IefV3Update, "table 7 (Volume)"),
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
        Role::Volume
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        if v.node.get("type").and_then(Node::as_str) != Some("hostPath") {
            return;
        }
        let source = v
            .node
            .get("source")
            .and_then(Node::as_str)
            .unwrap_or_default()
            .to_string();
        let read_only = v.node.get("read_only");
        if read_only.and_then(Node::as_bool) == Some(true) {
            return;
        }
        // `read_only: false`: there, with a fix; absent: at the volume's opening.
        let flag = read_only.filter(|n| n.as_bool() == Some(false));
        let text = move |lang: Lang| {
            let t = Text::pair(
                tr(
                    lang,
                    format!("hostPath volume `{source}` is writable: the container can change the node's files"),
                    format!("hostPath 卷 `{source}` 可写:容器可以修改节点上的文件"),
                ),
                tr(
                    lang,
                    "set `read_only` to true; give data the workload writes an emptyDir volume".into(),
                    "将 `read_only` 设为 true;工作负载要写入的数据改用 emptyDir 卷".into(),
                ),
            );
            t.fix(tr(
                lang,
                "set `read_only` to `true`".into(),
                "将 `read_only` 设为 `true`".into(),
            ))
        };
        let p = cx.ptr(v, &[Seg::Key("read_only")]);
        match flag {
            Some(f) => {
                let edit = Edit {
                    span: f.span,
                    replacement: "true".into(),
                };
                cx.emit(&META, p, f.span, &text, Some(vec![edit]));
            }
            None => {
                // No fix: the words name one, but there is nothing to replace.
                let words = |lang: Lang| Text {
                    fix: None,
                    ..text(lang)
                };
                cx.emit(&META, p, v.node.span.opening(), &words, None);
            }
        }
    }
}
