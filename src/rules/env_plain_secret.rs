//! `env-plain-secret`: an env var whose name looks secret takes its value from a secret.

use super::*;
use crate::diagnostics::{tr, Msg, Text};
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("env-plain-secret", Category::BestPractice)
    .warning()
    .summary(Msg::new(
        "Env vars whose names look secret take their value from a secret",
        "名称像密钥的环境变量从 secret 取值",
    ))
    .explanation(Msg::new(
        "An env var named like a credential (a part of its name, split at `_`, `-`, `.` and camelCase humps, is `AK` or `SK`, ends in `KEY`, or contains `PASSWORD`, `PASSWD`, `SECRET`, `TOKEN` or `CREDENTIAL`) with a plain `value` puts the credential in the request body: in the repository that holds it, in CI logs, in the deployment as IEF stores and shows it. Store it in a secret and reference it with `value_from.secret` (name and key). An empty value is not reported. The API accepts a plain value, so this is a warning. The same test masks such values in deploylint's own excerpts.",
        "名称像凭据的环境变量(名称按 `_`、`-`、`.` 与驼峰拆分后,某一部分为 `AK` 或 `SK`、以 `KEY` 结尾,或包含 `PASSWORD`、`PASSWD`、`SECRET`、`TOKEN`、`CREDENTIAL`)使用明文 `value` 时,凭据就写进了请求体:存放它的代码仓库、CI 日志、IEF 保存并展示的部署信息中都有它。请将其存入 secret,并用 `value_from.secret`(name 与 key)引用。空值不报告。API 接受明文值,因此为警告。deploylint 自己的代码摘录也按同一判断隐去此类取值。",
    ))
    .sources(&[
        Source::new(Doc::IefV3Create, "table 24 (Env)"),
        Source::new(Doc::IefV3Update, "table 13 (Env)"),
    ]);

/// Whether an env var named `name` holds a secret: one of its parts (split at
/// non-alphanumerics and at camelCase humps, any case) is `AK` or `SK`, ends
/// in `KEY`, or contains `PASSWORD`, `PASSWD`, `SECRET`, `TOKEN` or
/// `CREDENTIAL`.
pub fn looks_secret(name: &str) -> bool {
    parts(name).into_iter().any(|p| {
        let p = p.to_ascii_uppercase();
        p == "AK"
            || p == "SK"
            || p.ends_with("KEY")
            || ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "CREDENTIAL"]
                .iter()
                .any(|w| p.contains(w))
    })
}

/// `DB_PASSWORD` → `DB`, `PASSWORD`; `apiToken` → `api`, `Token`.
fn parts(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut prev_lower = false;
    for (i, c) in name.char_indices() {
        if !c.is_alphanumeric() {
            if let Some(s) = start.take() {
                out.push(&name[s..i]);
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower {
            if let Some(s) = start {
                out.push(&name[s..i]);
            }
            start = Some(i);
        }
        start.get_or_insert(i);
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if let Some(s) = start {
        out.push(&name[s..]);
    }
    out
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
        Role::Env
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(name) = v.node.get("name").and_then(Node::as_str) else {
            return;
        };
        let Some(value) = v
            .node
            .get("value")
            .filter(|n| n.as_str().is_some_and(|s| !s.trim().is_empty()))
        else {
            return;
        };
        if !looks_secret(name) {
            return;
        }
        let text = |lang: Lang| {
            Text::pair(
                tr(
                    lang,
                    format!("`{name}` looks like a credential but its value is written in the body"),
                    format!("`{name}` 看起来是凭据,但其取值以明文写在请求体中"),
                ),
                tr(
                    lang,
                    "store it in a secret and reference it with `value_from.secret`".into(),
                    "将其存入 secret,并用 `value_from.secret` 引用".into(),
                ),
            )
        };
        let p = cx.ptr(v, &[Seg::Key("value")]);
        cx.emit(&META, p, value.span, &text, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_look_secret() {
        for n in [
            "DB_PASSWORD",
            "apiToken",
            "HUAWEI_AK",
            "SK",
            "ACCESS_KEY",
            "client-secret",
            "MQTT_PASSWD",
        ] {
            assert!(looks_secret(n), "{n}");
        }
        for n in ["LOG_LEVEL", "NODE_IP", "KEYBOARD", "TASK", "ASK", "MODE"] {
            assert!(!looks_secret(n), "{n}");
        }
    }
}
