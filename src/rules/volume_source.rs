//! `volume-source`: a volume's source suits its type.
//!
//! hostPath: a path starting with `/`; emptyDir: `disk` or `memory`;
//! secret/configMap: the object's name, not empty (IEF v3 CreateDeployments, table 33;
//! IEF v3 UpdateDeployment, table 7).

use super::*;
use crate::diagnostics::{tr, Text};
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, Source};

pub static META: RuleMeta = RuleMeta::new("volume-source", Category::Api)
    .summary(Msg::new("A volume's source suits its type", "卷来源必须与卷类型相符"))
    .explanation(Msg::new(
            "hostPath: \"要求以/开头,后面可包含中划线,反斜杠,下划线,点号,字母,数字\"; emptyDir: `disk` or `memory`; secret and configMap: the name of the secret or ConfigMap (IEF v3 CreateDeployments, table 33; IEF v3 UpdateDeployment, table 7). Decision: the Chinese pages say backslash (反斜杠) where IEF v3 UpdateDeployment says slashes (/); every real path has slashes, so `/` is allowed for all kinds, and a backslash is allowed by IEF v3 CreateDeployments, table 33 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes but is a warning (`disputed-value`) in a v3 update.",
            "hostPath:\"要求以/开头,后面可包含中划线,反斜杠,下划线,点号,字母,数字\";emptyDir:`disk` 或 `memory`;secret 与 configMap:密钥或配置项的名称(IEF v3 CreateDeployments 表33、IEF v3 UpdateDeployment 表7)。判定:中文页面写\"反斜杠\",IEF v3 UpdateDeployment 写\"slashes (/)\";实际路径都含斜杠,因此所有类型都允许 `/`;反斜杠为 IEF v3 CreateDeployments 表33 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes 所允许,但在 v3 更新中以 `disputed-value` 警告。",
        ))
    .sources(&[Source::new(Doc::IefV3Create, "table 33 (Volumes)"), Source::new(Doc::IefV3Update, "table 7 (Volume)"), Source::new(Doc::GoSdk, "ief/v1 model Volumes")]);

/// The other rule whose findings it reports.
static ALSO: &[&RuleMeta] = &[&crate::registry::structural::DISPUTED_VALUE];

pub struct Rule;

fn path_ok(s: &str, backslash: bool) -> bool {
    s.starts_with('/')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.') || (backslash && c == '\\'))
}

impl super::Rule for Rule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
    fn kinds(&self) -> &'static [Kind] {
        IEF
    }
    fn also(&self) -> &'static [&'static RuleMeta] {
        ALSO
    }
    fn role(&self) -> Role {
        Role::Volume
    }
    fn check(&self, v: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>) {
        let Some(ty) = v.node.get("type").and_then(Node::as_str) else {
            return;
        };
        let Some(src) = v.node.get("source") else { return };
        let Some(s) = src.as_str() else { return };
        // The pointer is built only for a finding.
        let at = [Seg::Key("source")];
        match ty {
            "hostPath" => {
                if path_ok(s, true) {
                    if cx.kind == Kind::IefV3Update && s.contains('\\') {
                        let text = |lang: Lang| Text::pair(
                            tr(lang, format!("hostPath source `{s}` contains a backslash; Huawei's sources disagree on whether it is allowed"), format!("hostPath 来源 `{s}` 含反斜杠;华为各来源对是否允许说法不一")),
                            tr(lang, "IEF v3 UpdateDeployment, table 7 allows slashes (/); IEF v3 CreateDeployments, table 33 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Volumes say backslash (反斜杠)".into(), "IEF v3 UpdateDeployment 表7 允许斜杠(/);IEF v3 CreateDeployments 表33 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Volumes 写的是反斜杠".into()),
                        );
                        cx.emit(&crate::registry::structural::DISPUTED_VALUE, cx.ptr(v, &at), src.span, &text, None);
                    }
                    return;
                }
                let text = |lang: Lang| Text::pair(
                    tr(lang, format!("hostPath source `{s}` must be a path starting with / and containing only letters, digits, -, _, . and /"), format!("hostPath 来源 `{s}` 必须以 / 开头,且只能包含字母、数字、中划线、下划线、点号、斜杠")),
                    tr(lang, "for example /var/lib/app".into(), "例如 /var/lib/app".into()),
                );
                cx.emit(&META, cx.ptr(v, &at), src.span, &text, None);
            }
            "emptyDir" if s != "disk" && s != "memory" => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        format!("emptyDir source `{s}` must be `disk` or `memory`"),
                        format!("emptyDir 来源 `{s}` 只能为 `disk` 或 `memory`"),
                    ),
                    tr(lang, 
                        "`disk` stores on the node's disk, `memory` in RAM".into(),
                        "`disk` 使用节点磁盘,`memory` 使用内存".into(),
                    ),
                );
                cx.emit(&META, cx.ptr(v, &at), src.span, &text, None);
            }
            "secret" | "configMap" if s.trim().is_empty() => {
                let text = |lang: Lang| Text::pair(
                    tr(lang, 
                        format!("a {ty} volume's source must name the {ty}"),
                        format!("{ty} 类型卷的来源必须填写其名称"),
                    ),
                    String::new(),
                );
                cx.emit(&META, cx.ptr(v, &at), src.span, &text, None);
            }
            _ => {}
        }
    }
}
