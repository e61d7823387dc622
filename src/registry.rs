//! The rule registry: every code deploylint can emit, with its documentation.
//!
//! Three sources feed it: the structural rules of the spec walk (types,
//! mandatory and unknown fields, disputes), the value-constraint rules that
//! field specs point at (`container-name`, `port-number`, ...), found by
//! walking each kind's spec, and the cross-field rules in [`crate::rules`].
//! `deploylint rules`, `docs/rules.md` and the SARIF driver all read
//! [`all`]; which kinds a field rule applies to is derived from the specs.

use crate::diagnostics::{Msg, Severity};
use crate::kind::Kind;
use crate::spec;
use once_cell::sync::Lazy;
use serde::Serialize;

/// A seed page (or the second source) that states a constraint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Doc {
    /// IEF v2 update app deployment (Chinese).
    S000,
    /// IEF v2 create app deployment (Chinese).
    S001,
    /// IEF v3 update deployment (English).
    S002,
    /// CCE Autopilot update release (Chinese).
    S003,
    /// IEF v3 create deployment (Chinese).
    S004,
    /// `reference/huawei-sdk-fields.md`: Huawei's SDKs, Terraform provider and other pages.
    Sdk,
    /// The JSON grammar (RFC 8259) or the tool itself.
    Json,
}

impl Doc {
    /// The file the source lives in.
    pub fn file(self) -> &'static str {
        match self {
            Doc::S000 => "seeds/000_10adaf1560999c33.txt",
            Doc::S001 => "seeds/001_232eb6fb35827656.txt",
            Doc::S002 => "seeds/002_adc0a399077aaba4.txt",
            Doc::S003 => "seeds/003_eb2f9834bed3e16d.txt",
            Doc::S004 => "seeds/004_019cfa68e99b0627.txt",
            Doc::Sdk => "reference/huawei-sdk-fields.md",
            Doc::Json => "RFC 8259",
        }
    }
}

/// Where a constraint is written: a file and a table or section in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The document.
    pub doc: Doc,
    /// The table (`Table 6 ContainerDef`, `表22 ContainerDef`) or section.
    pub table: &'static str,
}

impl Source {
    /// A source.
    pub const fn new(doc: Doc, table: &'static str) -> Self {
        Source { doc, table }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, {}", self.doc.file(), self.table)
    }
}

/// What a rule is about: how a user should read its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// The text is not a readable document, or not one of the five bodies.
    Syntax,
    /// The API rejects the body by its own page.
    Api,
    /// Huawei's sources contradict each other: the API may accept the body.
    Disputed,
    /// The API accepts the body, but operators regret it.
    BestPractice,
}

impl Category {
    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Syntax => "syntax",
            Category::Api => "api",
            Category::Disputed => "disputed",
            Category::BestPractice => "best-practice",
        }
    }
}

/// Whether a rule's fixes may be applied without a person looking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The rule offers no fix.
    None,
    /// Certain: `--fix` applies it.
    Safe,
    /// Plausible: offered (quick fixes, `--unsafe-fixes`), never applied silently.
    Unsafe,
}

/// A named case of a rule that reports at another severity than the rule's
/// default (e.g. a finding that is an error on one page and only a warning
/// where Huawei's sources disagree).
#[derive(Debug, Serialize)]
pub struct Variant {
    /// Stable name of the case.
    pub name: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// When it applies.
    pub when: Msg,
}

impl Variant {
    /// A variant.
    pub const fn new(name: &'static str, severity: Severity, when: Msg) -> Self {
        Variant { name, severity, when }
    }
}

/// The documentation of one rule code, built with [`RuleMeta::new`] and its
/// `const` builder methods.
///
/// ```
/// use deploylint::diagnostics::{Msg, Severity};
/// use deploylint::registry::{Applicability, Category, RuleMeta};
///
/// static META: RuleMeta = RuleMeta::new("privileged-container", Category::BestPractice)
///     .warning()
///     .summary(Msg::new("Containers do not run privileged", "容器不以特权模式运行"))
///     .fix(Applicability::Unsafe);
/// assert_eq!(META.severity, Severity::Warning);
/// assert_eq!(META.category.as_str(), "best-practice");
/// ```
#[derive(Debug, Serialize)]
pub struct RuleMeta {
    /// Stable kebab-case code.
    pub code: &'static str,
    /// What kind of finding it is.
    pub category: Category,
    /// Default severity.
    pub severity: Severity,
    /// Whether its fixes are safe to apply unattended.
    pub fix: Applicability,
    /// Cases reported at another severity.
    pub variants: &'static [Variant],
    /// One line: what the rule checks.
    pub summary: Msg,
    /// One paragraph: why, and the decisions taken where sources disagree.
    pub explanation: Msg,
    /// Where the constraint is stated.
    pub sources: &'static [Source],
    /// Whether the generated JSON Schema expresses it (so the schema and
    /// the core must agree on it).
    pub structural: bool,
}

impl RuleMeta {
    /// A rule: error severity, no fix, no documentation yet, not expressed
    /// by the JSON Schemas.
    pub const fn new(code: &'static str, category: Category) -> Self {
        RuleMeta {
            code,
            category,
            severity: Severity::Error,
            fix: Applicability::None,
            variants: &[],
            summary: Msg::new("", ""),
            explanation: Msg::new("", ""),
            sources: &[],
            structural: false,
        }
    }

    /// An API-page rule the JSON Schemas express (value constraints of fields).
    pub const fn error(code: &'static str, summary: Msg, explanation: Msg, sources: &'static [Source]) -> Self {
        RuleMeta::new(code, Category::Api)
            .summary(summary)
            .explanation(explanation)
            .sources(sources)
            .structural()
    }

    /// Reports warnings by default.
    pub const fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Reports information by default: something that has no effect.
    pub const fn info(mut self) -> Self {
        self.severity = Severity::Info;
        self
    }

    /// Sets the one-line summary.
    pub const fn summary(mut self, summary: Msg) -> Self {
        self.summary = summary;
        self
    }

    /// Sets the explanation.
    pub const fn explanation(mut self, explanation: Msg) -> Self {
        self.explanation = explanation;
        self
    }

    /// Sets the sources.
    pub const fn sources(mut self, sources: &'static [Source]) -> Self {
        self.sources = sources;
        self
    }

    /// Sets how safe its fixes are.
    pub const fn fix(mut self, fix: Applicability) -> Self {
        self.fix = fix;
        self
    }

    /// Sets the cases reported at another severity.
    pub const fn variants(mut self, variants: &'static [Variant]) -> Self {
        self.variants = variants;
        self
    }

    /// Marks the rule as one the JSON Schemas express.
    pub const fn structural(mut self) -> Self {
        self.structural = true;
        self
    }

    /// Marks the rule as one the JSON Schemas cannot (fully) express.
    pub const fn core_only(mut self) -> Self {
        self.structural = false;
        self
    }

    /// The severity of the variant called `name` (the default if none is).
    pub fn severity_of(&self, name: &str) -> Severity {
        self.variants
            .iter()
            .find(|v| v.name == name)
            .map_or(self.severity, |v| v.severity)
    }
}

/// Structural rules the spec walk and the front end emit.
pub mod structural {
    use super::*;

    const JSON: &[Source] = &[Source::new(Doc::Json, "RFC 8259")];
    const ALL_PAGES: &[Source] = &[
        Source::new(Doc::S001, "表3/表4"),
        Source::new(Doc::S000, "表3/表4"),
        Source::new(Doc::S004, "表3–表34"),
        Source::new(Doc::S002, "Table 3–Table 19"),
        Source::new(Doc::S003, "表3–表5"),
    ];

    /// The text is not valid JSON.
    pub static PARSE_ERROR: RuleMeta = RuleMeta::new("parse-error", Category::Syntax)
        .summary(Msg::new("The document is not valid JSON", "文档不是合法的 JSON"))
        .explanation(Msg::new(
                "The API parses request bodies as strict JSON (RFC 8259): no comments, no trailing commas, double-quoted strings, UTF-8. An empty file, invalid UTF-8 and nesting deeper than 512 levels are reported here too, at the line and column where reading stopped.",
                "API 以严格 JSON(RFC 8259)解析请求体:不允许注释、结尾逗号,字符串须用双引号,编码须为 UTF-8。空文件、非法 UTF-8 以及超过 512 层的嵌套也在此报告,位置为解析停止处的行列。",
            ))
        .sources(JSON)
        .structural();

    /// A value has the wrong JSON type.
    pub static INVALID_TYPE: RuleMeta = RuleMeta::new("invalid-type", Category::Api)
        .fix(Applicability::Safe)
        .summary(Msg::new("A value has the wrong JSON type", "值的 JSON 类型错误"))
        .explanation(Msg::new(
                "Each field has the type its page states: String, Integer, Boolean, an object or an array. The API decodes the body into typed structures and rejects a value of another type, such as `\"8080\"` for an Integer port, `0.5` for a v3 resource quantity (a String on the v3 pages), `\"0.5\"` for a v2 one (numbers in the v2 examples and in Huawei's SDK since 0.0.96; only the 2021 SDK sent strings) or `\"true\"` for a Boolean. The request body itself must be a JSON object.",
                "每个字段都有其页面规定的类型:String、Integer、Boolean、对象或数组。API 将请求体解码为强类型结构,类型不符的值会被拒绝,例如整数端口写成 `\"8080\"`、v3 资源量写成数字 `0.5`(v3 页面规定为 String)、v2 资源量写成字符串 `\"0.5\"`(v2 示例与华为 SDK 0.0.96 起均为数字,仅 2021 年的 SDK 发送字符串)、布尔值写成 `\"true\"`。请求体本身必须是 JSON 对象。",
            ))
        .sources(ALL_PAGES)
        .structural();

    /// A mandatory field is absent.
    pub static MISSING_FIELD: RuleMeta = RuleMeta::new("missing-field", Category::Api)
        .summary(Msg::new("A mandatory field is missing", "缺少必选字段"))
        .explanation(Msg::new(
                "Fields marked mandatory (是否必选 = 是, Mandatory = Yes) on the kind's own page must be present. Seed 004 (v3 create) lost its mandatory column; for the objects it shares with seed 002 (v3 update) the flags of seed 002 are used, and for its own top level those of Huawei's Go SDK and English page (reference §3.1). `null` counts as missing for a mandatory field.",
                "各类型页面中标记为必选(是否必选 = 是 / Mandatory = Yes)的字段必须出现。种子 004(v3 创建)丢失了必选列:与种子 002(v3 更新)共用的对象采用 002 的标记,其顶层字段采用华为 Go SDK 与英文页面的标记(参考 §3.1)。必选字段取值为 `null` 视同缺失。",
            ))
        .sources(ALL_PAGES)
        .structural();

    /// A key the object does not have.
    pub static UNKNOWN_FIELD: RuleMeta = RuleMeta::new("unknown-field", Category::Api)
        .fix(Applicability::Safe)
        .summary(Msg::new("A key the API object does not have", "API 对象中不存在的字段"))
        .explanation(Msg::new(
                "The pages define closed objects: a key they do not list is a mistake, most often a misspelling (`restartPolicy`, `imageUrl`, `node_id`). The diagnostic names the allowed keys and, when one is close, the key that was probably meant, with a fix that renames it. Helm `values` in a release update are open (charts take any values), so unknown keys there are not reported.",
                "页面定义的是封闭对象:未列出的字段即为错误,最常见的是拼写错误(`restartPolicy`、`imageUrl`、`node_id`)。诊断会列出允许的字段,若有相近字段则给出很可能想写的字段名及重命名修复。模板实例更新中的 helm `values` 是开放的(chart 可接受任意值),其中的未知字段不报告。",
            ))
        .sources(ALL_PAGES)
        .structural();

    /// `null` for an optional field.
    pub static NULL_VALUE: RuleMeta = RuleMeta::new("null-value", Category::Api)
        .warning()
        .summary(Msg::new("An optional field is null", "可选字段取值为 null"))
        .explanation(Msg::new(
                "No page allows `null` as a value, but the API's decoder treats `null` like an absent optional field, and the pages' own response examples carry nulls. So `null` for an optional field is a warning: omit the field, or give it a value. For a mandatory field it is an error (`missing-field`).",
                "页面均未允许 `null` 作为取值,但 API 的解码器会把可选字段的 `null` 当作未填写,页面自己的响应示例中也有 null。因此可选字段为 `null` 时给出警告:请删除该字段或填写取值。必选字段为 null 时是错误(`missing-field`)。",
            ))
        .sources(&[Source::new(Doc::S000, "响应示例"), Source::new(Doc::S001, "响应示例")]);

    /// A field the page marks mandatory and another source optional.
    pub static DISPUTED_REQUIRED: RuleMeta = RuleMeta::new("disputed-required", Category::Disputed)
        .warning()
        .summary(Msg::new(
                "A field Huawei's sources disagree is mandatory is missing",
                "华为各来源对是否必选有分歧的字段缺失",
            ))
        .explanation(Msg::new(
                "Where the kind's page marks a field mandatory but Huawei's SDK models it as optional (or the reverse), the API may accept the body without it. The warning names both sources so the author can decide; CI is not blocked. Examples: `replicas`, `host_network` and volume `read_only` in a v3 update (seed 002 says mandatory; the Go SDK optional since 0.1.16); `action` and `parameters` in a release update (Go SDK and the English CCE page: mandatory; Terraform: optional); a v2 create with `group_id` and no `node_ids`.",
                "当本类型页面标记某字段为必选、而华为 SDK 将其建模为可选(或相反)时,API 可能接受缺少该字段的请求体。警告会同时列出两个来源供作者判断,不阻断 CI。例如 v3 更新中的 `replicas`、`host_network` 与卷的 `read_only`(种子 002 为必选;Go SDK 自 0.1.16 起为可选);模板实例更新中的 `action` 与 `parameters`(Go SDK 与英文 CCE 页面为必选,Terraform 为可选);v2 创建仅有 `group_id` 而无 `node_ids`。",
            ))
        .sources(&[
                Source::new(Doc::S002, "Table 4/7/16"),
                Source::new(Doc::S003, "表3"),
                Source::new(Doc::Sdk, "§3.4, §4, §5, §7"),
            ]);

    /// A field the page omits but another Huawei source models.
    pub static DISPUTED_FIELD: RuleMeta = RuleMeta::new("disputed-field", Category::Disputed)
        .warning()
        .summary(Msg::new(
                "A field the page omits but Huawei's SDK models",
                "页面未列出但华为 SDK 建模的字段",
            ))
        .explanation(Msg::new(
                "Seed 002 (v3 update) omits `run_as_user`, `dns_policy` and volume `default_mode`, which seed 004 and the Go SDK model; the v2 pages leave out their sub-tables, whose closest source (the SDK's v2 application-template models) has `npu_type` and `arch` that the v2 deployment page does not. The API may or may not accept such a field: the warning names both sources, and the value is still checked against the constraints the other source states.",
                "种子 002(v3 更新)未列出 `run_as_user`、`dns_policy` 与卷的 `default_mode`,而种子 004 和 Go SDK 均有;v2 页面省略了子表,其最接近的来源(SDK 的 v2 应用模板模型)含有 v2 部署页面没有的 `npu_type` 与 `arch`。API 可能接受也可能拒绝此类字段:警告会列出两个来源,其取值仍按另一来源的约束检查。",
            ))
        .sources(&[Source::new(Doc::S002, "Table 6/7/16"), Source::new(Doc::Sdk, "§1.3, §4, §7")]);

    /// A value one Huawei source allows and another does not.
    pub static DISPUTED_VALUE: RuleMeta = RuleMeta::new("disputed-value", Category::Disputed)
        .warning()
        .summary(Msg::new(
                "A value Huawei's sources disagree on",
                "华为各来源对取值有分歧",
            ))
        .explanation(Msg::new(
                "Some values are allowed by one Huawei source and not by another: `npu_type` `D310B` in a v3 update (seed 002 lists only D310; seed 004 and the Go SDK add D310B), `restart_policy` `OnFailure` in v2 (the SDK's v2 model spells it `Onfailure`). The value is reported as a warning naming both sources.",
                "部分取值被一个华为来源允许、却不被另一个来源允许:v3 更新中 `npu_type` 为 `D310B`(种子 002 只列出 D310;种子 004 与 Go SDK 增加了 D310B);v2 中 `restart_policy` 为 `OnFailure`(SDK 的 v2 模型写作 `Onfailure`)。此类取值以警告报告并列出两个来源。",
            ))
        .sources(&[Source::new(Doc::S002, "Table 6"), Source::new(Doc::Sdk, "§1.3, §7")]);

    /// A key given twice in one object.
    pub static DUPLICATE_KEY: RuleMeta = RuleMeta::new("duplicate-key", Category::Syntax)
        .warning()
        .summary(Msg::new("A key is given twice in one object", "同一对象中某个键出现了两次"))
        .explanation(Msg::new(
                "JSON (RFC 8259: names SHOULD be unique) and YAML (keys MUST be unique) both ask for unique keys, and parsers disagree about which copy wins: the API's decoder keeps the last one, some tools the first, some reject the document. So the API may see something other than what the author reads. The API accepts the body, so this is a warning, at the later copy's key.",
                "JSON(RFC 8259:名称应当唯一)与 YAML(键必须唯一)都要求键唯一,而各解析器对取哪一个说法不一:API 的解码器保留最后一个,有的工具保留第一个,有的直接拒绝。因此 API 看到的可能与作者读到的不同。API 会接受该请求体,所以这是警告,报告在后出现的键上。",
            ))
        .sources(&[Source::new(Doc::Json, "RFC 8259 §4; YAML 1.2 §3.2.1.1")]);

    /// More findings than one document reports.
    pub static TOO_MANY_FINDINGS: RuleMeta = RuleMeta::new("too-many-findings", Category::Syntax)
        .warning()
        .summary(Msg::new("A document has more findings than are reported", "文档的问题数超过报告上限"))
        .explanation(Msg::new(
                "A document stops being reported after 1,000 findings, with this note at its start: a generated body with a million wrong values would otherwise need gigabytes to report (more than a browser's WebAssembly memory) and nobody reads past the first screens. Fix the first findings and lint again.",
                "单个文档报告 1,000 个问题后即停止,并在文档开头给出此提示:否则一个含有一百万个错误值的生成请求体需要数 GB 内存来报告(超过浏览器中 WebAssembly 的内存),而且没人会读那么多。请先修正前面的问题再重新检查。",
            ))
        .sources(&[Source::new(Doc::Json, "deploylint")]);

    /// The document's kind cannot be recognised.
    pub static UNKNOWN_KIND: RuleMeta = RuleMeta::new("unknown-kind", Category::Syntax)
        .summary(Msg::new(
                "The document matches none of the five request bodies",
                "文档不符合五种请求体中的任何一种",
            ))
        .explanation(Msg::new(
                "Without `--kind`, the kind is recognised from the document's shape: a v2 body wraps `deployment` with `app` (create) or a flat update; a v3 create has a top-level `name` and `deployment.template`; a v3 update has `deployment.template` and no `name`; a release update has `chart_id`/`action`. A document with none of these marks is not guessed at: pass `--kind`.",
                "未指定 `--kind` 时按文档形状识别类型:v2 请求体中 `deployment` 含 `app`(创建)或为扁平的更新内容;v3 创建在顶层有 `name` 且有 `deployment.template`;v3 更新有 `deployment.template` 而无 `name`;模板实例更新有 `chart_id`/`action`。不具备这些特征的文档不做猜测:请使用 `--kind`。",
            ))
        .sources(ALL_PAGES);

    /// The document is valid as more than one kind.
    pub static AMBIGUOUS_KIND: RuleMeta = RuleMeta::new("ambiguous-kind", Category::Syntax)
        .summary(Msg::new(
                "The document fits more than one request body",
                "文档同时符合多种请求体",
            ))
        .explanation(Msg::new(
                "Some bodies are valid for several kinds: `{\"description\": \"...\"}` is a complete v2 update and a complete v3 update. The linter names the candidates instead of guessing; pass `--kind` to choose.",
                "有些请求体同时适用于多种类型:`{\"description\": \"...\"}` 既是完整的 v2 更新也是完整的 v3 更新。此时不做猜测,而是列出候选类型;请用 `--kind` 指定。",
            ))
        .sources(&[Source::new(Doc::S000, "表3"), Source::new(Doc::S002, "Table 3")]);

    /// Every structural rule.
    pub static ALL: &[&RuleMeta] = &[
        &PARSE_ERROR,
        &INVALID_TYPE,
        &MISSING_FIELD,
        &UNKNOWN_FIELD,
        &NULL_VALUE,
        &DUPLICATE_KEY,
        &TOO_MANY_FINDINGS,
        &DISPUTED_REQUIRED,
        &DISPUTED_FIELD,
        &DISPUTED_VALUE,
        &UNKNOWN_KIND,
        &AMBIGUOUS_KIND,
    ];
}

/// A rule and the kinds it applies to.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The rule.
    pub meta: &'static RuleMeta,
    /// The kinds whose bodies it checks.
    pub kinds: Vec<Kind>,
}

static ALL: Lazy<Vec<Entry>> = Lazy::new(build);

fn build() -> Vec<Entry> {
    let mut out: Vec<Entry> = structural::ALL
        .iter()
        .map(|m| Entry {
            meta: m,
            kinds: Kind::ALL.to_vec(),
        })
        .collect();
    let mut add = |meta: &'static RuleMeta, kind: Kind| match out.iter_mut().find(|e| std::ptr::eq(e.meta, meta)) {
        Some(e) => {
            if !e.kinds.contains(&kind) {
                e.kinds.push(kind)
            }
        }
        None => out.push(Entry {
            meta,
            kinds: vec![kind],
        }),
    };
    for kind in Kind::ALL {
        for obj in spec::objects(kind.root()) {
            for f in obj.fields {
                if let Some(r) = f.rule {
                    add(r, kind);
                }
            }
        }
        for rule in crate::rules::ALL {
            if rule.kinds().contains(&kind) {
                add(rule.meta(), kind);
            }
        }
    }
    for e in &mut out {
        e.kinds.sort();
    }
    out.sort_by_key(|e| e.meta.code);
    out
}

/// Every rule deploylint has, sorted by code.
///
/// ```
/// use deploylint::{registry, Kind};
///
/// let env = registry::get("env-source-exclusive").expect("a rule");
/// assert!(env.kinds.contains(&Kind::IefV3Create));
/// assert!(env.meta.explanation.zh.contains("三选一"));
/// // Codes are unique and sorted.
/// let codes: Vec<_> = registry::all().iter().map(|e| e.meta.code).collect();
/// assert!(codes.windows(2).all(|w| w[0] < w[1]));
/// ```
pub fn all() -> &'static [Entry] {
    &ALL
}

/// The rule with this code.
pub fn get(code: &str) -> Option<&'static Entry> {
    ALL.iter().find(|e| e.meta.code == code)
}
