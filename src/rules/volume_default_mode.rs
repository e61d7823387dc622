//! `volume-default-mode`: default_mode is a file mode, only for configMap and secret.
//!
//! IEF v3 CreateDeployments, table 33: "默认为0644,支持填写十进制和八进制参数";
//! Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes says a
//! decimal Linux mode, default 420 (= 0644). JSON has no
//! octal literals, so 0–511 (0000–0777) is unambiguous; a value of 512–777
//! written with octal digits only (644, 755) is a warning naming both
//! readings; anything else is an error. On hostPath/emptyDir it is ignored:
//! information (`info`). A mode of octal digits gets the decimal of its octal
//! reading (644 → 420) as an unsafe fix.

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("volume-default-mode", Category::Api)
    .summary(Msg::new("default_mode is a file mode (0–511, i.e. 0000–0777) for configMap and secret volumes", "default_mode 为文件权限(0~511,即 0000~0777),仅用于 configMap 与 secret 卷"))
    .explanation(Msg::new(
            "IEF v3 CreateDeployments, table 33: \"挂载的文件权限,仅configMap和secret类型生效,默认为0644,支持填写十进制和八进制参数\"; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes says a decimal Linux mode, default 420 (= 0644). JSON has no octal literals: values 0–511 are valid modes either way; 512–777 written with octal digits only (such as 644) means 0644 to one reading and an invalid mode to the other, so it is a warning, with the decimal of the octal reading (644 → 420) as an unsafe fix; other values are errors. On hostPath and emptyDir volumes the mode has no effect: information (`info`), which never fails a run.",
            "IEF v3 CreateDeployments 表33:\"挂载的文件权限,仅configMap和secret类型生效,默认为0644,支持填写十进制和八进制参数\";华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes:十进制 Linux 权限,默认 420(= 0644)。JSON 没有八进制字面量:0~511 无论按哪种解读都是合法权限;512~777 且只含八进制数字(如 644)按一种解读为 0644、按另一种则非法,因此为警告,并提供改写为八进制解读的十进制值(644 → 420)的非安全修复;其他取值为错误。hostPath 与 emptyDir 卷上该值不生效:提示(`info`),从不导致检查失败。",
        ))
    .variants(&[NO_EFFECT, OCTAL_DIGITS])
    .fix(Applicability::Unsafe)
    .sources(&[Source::new(Doc::IefV3Create, "table 33 (Volumes)"), Source::new(Doc::GoSdk, "ief/v1 model Volumes")]);

/// `default_mode` on a volume type it does not apply to.
const NO_EFFECT: Variant = Variant::new(
    "no-effect",
    Severity::Info,
    Msg::new("`default_mode` on a hostPath or emptyDir volume", "hostPath 或 emptyDir 卷上的 `default_mode`"),
);

/// A mode written with octal digits, read as decimal by one source and octal by another.
const OCTAL_DIGITS: Variant = Variant::new(
    "octal-digits",
    Severity::Warning,
    Msg::new(
        "a mode such as 644 that one source reads as octal and another as decimal",
        "形如 644 的权限值:一个来源按八进制解读,另一个按十进制解读",
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
        Role::Volume
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(dm) = v.node.get("default_mode") else { return };
        let Some(x) = dm.as_f64().filter(|x| x.fract() == 0.0) else {
            return;
        };
        let p = cx.ptr(v, &[Seg::Key("default_mode")]);
        let ty = v.node.get("type").and_then(Node::as_str).unwrap_or("");
        if ty == "hostPath" || ty == "emptyDir" {
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    format!("`default_mode` has no effect on a {ty} volume"),
                    format!("`default_mode` 对 {ty} 类型的卷不生效"),
                ),
                tr(lang, 
                    "it only applies to configMap and secret volumes; remove it".into(),
                    "它只对 configMap 与 secret 卷生效;请删除".into(),
                ),
            );
            cx.emit_variant(&META, &NO_EFFECT, p, dm.span, &text, None);
            return;
        }
        if (0.0..=511.0).contains(&x) {
            return;
        }
        let n = x as i64;
        let octal_digits = (512..=777).contains(&n) && n.to_string().bytes().all(|b| (b'0'..=b'7').contains(&b));
        if octal_digits {
            let dec = i64::from_str_radix(&n.to_string(), 8).unwrap_or(0);
            let text = |lang: Lang| Text::pair(
                tr(lang, format!("`default_mode` {n} reads as octal 0{n} (= {dec}) per IEF v3 CreateDeployments, table 33, but is not a valid decimal mode per Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes"), format!("`default_mode` {n} 按 IEF v3 CreateDeployments 表33 可读作八进制 0{n}(= {dec}),但按华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes 的十进制解读不是合法权限")),
                tr(lang, format!("write the decimal value {dec} to mean 0{n} unambiguously"), format!("写作十进制 {dec} 可无歧义地表示 0{n}")),
            );
            // The reading the help recommends, offered but never applied unasked.
            let text = |lang: Lang| text(lang).fix(tr(lang, format!("write it as the decimal `{dec}`"), format!("改写为十进制 `{dec}`")));
            let fix = Some(vec![Edit {
                span: dm.span,
                replacement: dec.to_string(),
            }]);
            cx.emit_variant(&META, &OCTAL_DIGITS, p, dm.span, &text, fix);
        } else {
            let text = |lang: Lang| Text::pair(
                tr(lang, 
                    format!("`default_mode` {n} is not a file mode; use 0–511 (0000–0777), e.g. 420 for 0644"),
                    format!("`default_mode` {n} 不是合法的文件权限;取值 0~511(0000~0777),例如 420 即 0644"),
                ),
                String::new(),
            );
            cx.emit(&META, p, dm.span, &text, None);
        }
    }
}
