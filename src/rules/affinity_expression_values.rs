//! `affinity-expression-values`: a MatchExpression's values suit its operator.
//!
//! In/NotIn: non-empty; Exists/DoesNotExist: empty; Gt/Lt: exactly one
//! element, read as an integer (IEF v3 CreateDeployments, table 21).

use super::*;
use crate::diagnostics::plural::be;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("affinity-expression-values", Category::Api)
    .summary(Msg::new("A match expression's values suit its operator", "匹配表达式的 values 必须与操作符相符"))
    .explanation(Msg::new(
            "\"如果运算符为In或NotIn,则值数组必须非空。如果运算符为Exists或DoesNotExist,则值数组必须为空。如果运算符是Gt或Lt,则值数组必须具有单个元素,该元素将被解释为整数。\" (IEF v3 CreateDeployments, table 21; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model MatchExpression agrees). Affinity is a platinum-edition feature, accepted by default; IEF v3 UpdateDeployment names the affinity object without sub-tables, so v3 update follows IEF v3 CreateDeployments here.",
            "\"如果运算符为In或NotIn,则值数组必须非空。如果运算符为Exists或DoesNotExist,则值数组必须为空。如果运算符是Gt或Lt,则值数组必须具有单个元素,该元素将被解释为整数。\"(IEF v3 CreateDeployments 表21;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 MatchExpression 一致)。亲和性为铂金版功能,默认允许;IEF v3 UpdateDeployment 只提到 affinity 对象而无子表,因此 v3 更新同样遵循 IEF v3 CreateDeployments。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 21 (MatchExpression)"), Source::new(Doc::GoSdk, "ief/v1 model MatchExpression")]);

pub struct Rule;

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        V3
    }
    fn role(&self) -> Role {
        Role::MatchExpression
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(op) = v.node.get("operator").and_then(Node::as_str) else {
            return;
        };
        let values = v
            .node
            .get("values")
            .filter(|n| !matches!(n.value, crate::syntax::Value::Null));
        let items = values.and_then(Node::elements);
        if values.is_some() && items.is_none() {
            return; // a type error, reported by the walk
        }
        let n = items.map_or(0, <[Node]>::len);
        let (ok, en, zh) = match op {
            "In" | "NotIn" => (
                n > 0,
                format!("operator `{op}` needs at least one value"),
                format!("操作符 `{op}` 要求 values 非空"),
            ),
            "Exists" | "DoesNotExist" => (
                n == 0,
                format!("operator `{op}` takes no values, but {n} {} given", be(n)),
                format!("操作符 `{op}` 要求 values 为空,实际有 {n} 个"),
            ),
            "Gt" | "Lt" => {
                let int = items
                    .and_then(|i| i.first())
                    .and_then(Node::as_str)
                    .is_some_and(|s| s.trim().parse::<i64>().is_ok());
                (
                    n == 1 && int,
                    format!("operator `{op}` needs exactly one value that is an integer"),
                    format!("操作符 `{op}` 要求 values 只有一个元素且为整数"),
                )
            }
            _ => return, // the enum rule reports it
        };
        if !ok {
            let text = |lang: Lang| Text::pair(
                tr(lang, en.clone(), zh.clone()),
                tr(lang, 
                    "see the operator list in IEF v3 CreateDeployments, table 21".into(),
                    "操作符说明见 IEF v3 CreateDeployments 表21".into(),
                ),
            );
            let (p, span) = match values {
                Some(vals) => (cx.ptr(v, &[Seg::Key("values")]), vals.span),
                None => (cx.ptr(v, &[Seg::Key("values")]), v.node.span.opening()),
            };
            cx.emit(&META, p, span, &text, None);
        }
    }
}
