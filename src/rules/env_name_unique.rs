//! `env-name-unique`: env var names are unique within a container.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("env-name-unique", Category::Api)
    .summary(Msg::new("Env var names are unique within a container", "同一容器内环境变量名不允许重复"))
    .explanation(Msg::new(
            "\"环境变量的key ... 不允许重复\" (IEF v3 CreateDeployments, table 24); \"The key must be unique\" (IEF v3 UpdateDeployment, table 13). Each repeated name is reported at its later occurrence.",
            "\"环境变量的key……不允许重复\"(IEF v3 CreateDeployments 表24;IEF v3 UpdateDeployment 表13 相同)。重复的名称在后出现处报告。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 24 (Env)"), Source::new(Doc::IefV3Update, "table 13 (Env)")]);

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
        let Some(envs) = v.node.get("envs").and_then(Node::elements) else {
            return;
        };
        // Name → index of its first definition: linear in the envs (a list
        // scanned for a handful, cheaper than hashing; a hash map past 16).
        let mut few: Vec<(&str, usize)> = Vec::new();
        let mut seen: crate::hash::Map<&str, usize> = crate::hash::map(if envs.len() <= 16 { 0 } else { envs.len() });
        for (i, e) in envs.iter().enumerate() {
            let Some(name) = e.get("name").filter(|n| n.as_str().is_some()) else {
                continue;
            };
            let s = name.as_str().unwrap_or_default();
            let known = if envs.len() <= 16 {
                few.iter().find(|(n, _)| *n == s).map(|(_, j)| *j)
            } else {
                seen.get(s).copied()
            };
            if let Some(first) = known {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        format!("env var `{s}` is already defined at envs/{first}"),
                        format!("环境变量 `{s}` 已在 envs/{first} 定义"),
                    ),
                    tr(lang, "rename or remove one of them".into(), "重命名或删除其中一个".into()),
                );
                let p = cx.ptr(v, &[Seg::Key("envs"), Seg::Index(i), Seg::Key("name")]);
                cx.emit(&META, p, name.span, &text, None);
            } else if envs.len() <= 16 {
                few.push((s, i));
            } else {
                seen.insert(s, i);
            }
        }
    }
}
