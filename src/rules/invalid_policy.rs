//! `invalid-policy`: a `[[policies]]` entry of `deploylint.toml` that cannot
//! be used: its id, target, pointer, kinds or schema. The policy compiler
//! (`crate::policy`) and the config detect these as typed facts
//! ([`PolicyProblem`]); their words, in English and Chinese, are here. Each
//! is located at its place in deploylint.toml or in the schema file; one in
//! a schema file is also said at the `schema-file` value naming it
//! ([`PolicyProblem::InSchemaFile`], for the language server).

use crate::diagnostics::{tr, Lang, Msg, Text, Words};
use crate::rule_meta::{Category, Doc, RuleMeta, Source};

/// The rule.
pub static META: RuleMeta = RuleMeta::new("invalid-policy", Category::Syntax)
    .summary(Msg::new(
        "A policy of deploylint.toml cannot be used",
        "deploylint.toml 中的策略无法使用",
    ))
    .explanation(Msg::new(
        "A `[[policies]]` entry is compiled once, before any body is linted, and a policy that cannot be compiled stops the run rather than passing in silence: an id that is not kebab-case, is a built-in rule code or repeats another policy; a `target` that does not exist (with the closest one) or does not exist in a listed kind; a `pointer` that is not a JSON Pointer; both or neither of `target` and `pointer`, or of `schema` and `schema-file`; a schema file that is missing or does not parse; a `$schema` other than drafts 4, 6, 7, 2019-09 and 2020-12; a schema that is not valid against its meta-schema; a `pattern` the validator cannot compile; and a `$ref` to a remote URL (nothing is ever fetched; a relative `$ref` resolves next to the schema file). Each is reported at its place in deploylint.toml or in the schema file, and `deploylint check` stops with exit status 2, as for `config-error`. This finding cannot be turned off.",
        "`[[policies]]` 条目在检查任何请求体之前编译一次;无法编译的策略会使检查停止,而不是静默通过:id 不是 kebab-case、与内置规则代码相同或与其他策略重复;`target` 不存在(会给出最接近的名称)或在所列类型中不存在;`pointer` 不是 JSON Pointer;`target` 与 `pointer`、`schema` 与 `schema-file` 同时给出或都未给出;JSON Schema 文件不存在或无法解析;`$schema` 不是 JSON Schema 草案 4、6、7、2019-09 或 2020-12;JSON Schema 不符合其元 Schema;`pattern` 无法编译;`$ref` 指向远程 URL(从不下载任何内容;相对 `$ref` 相对于 JSON Schema 文件解析)。每个问题都在 deploylint.toml 或 JSON Schema 文件中的相应位置报告,`deploylint check` 以退出码 2 停止,与 `config-error` 相同。该问题无法关闭。",
    ))
    .sources(&[Source::new(Doc::Deploylint, "")]);

/// What is wrong with a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PolicyProblem {
    /// The id is not kebab-case.
    IdNotKebab(String),
    /// The id is a built-in rule code.
    IdBuiltIn(String),
    /// The id repeats an earlier policy's.
    IdRepeated(String),
    /// A target that does not exist, and the closest one.
    UnknownTarget(String, Option<&'static str>),
    /// The target does not exist in a kind the policy lists.
    TargetNotInKind(&'static str, &'static str),
    /// Both `target` and `pointer`, or neither.
    TargetOrPointer,
    /// A `pointer` that is not a JSON Pointer.
    NotAPointer(String),
    /// Both `schema` and `schema-file`, or neither.
    SchemaOrFile,
    /// The schema file does not exist (or cannot be read).
    MissingFile(String),
    /// The schema file does not parse: its path and the parser's words in English and Chinese.
    Unparsable(String, String, String),
    /// A `$schema` that is not one of the five drafts.
    UnknownDraft(String),
    /// The schema is not a JSON Schema: the meta-schema's complaint (the validator's words).
    NotASchema(String),
    /// A `pattern` that does not compile: the pattern and the validator's words.
    BadPattern(String, String),
    /// A `$ref` to a remote URL.
    RemoteRef(String),
    /// A `$ref` that cannot be resolved: the reference and the validator's words.
    Unresolved(String, String),
    /// The schema file a `schema-file` names has a problem (said at the
    /// `schema-file` value; the problem itself is reported in the file).
    InSchemaFile {
        /// The file, as `schema-file` names it.
        path: String,
        /// The problem's 1-based line in it.
        line: usize,
        /// Its 1-based column, in characters.
        column: usize,
        /// The problem.
        problem: Box<PolicyProblem>,
    },
}

impl Words for PolicyProblem {
    fn words(&self, lang: Lang) -> Text {
        let message = match self {
            PolicyProblem::IdNotKebab(id) => tr(
                lang,
                format!("policy id `{id}` is not kebab-case (lowercase letters, digits and single hyphens, such as `acme-registry`)"),
                format!("策略 id `{id}` 不是 kebab-case(小写字母、数字和单个连字符,例如 `acme-registry`)"),
            ),
            PolicyProblem::IdBuiltIn(id) => tr(
                lang,
                format!("policy id `{id}` is a built-in rule code; choose another id (see `deploylint rules`)"),
                format!("策略 id `{id}` 与内置规则代码相同;请换一个 id(见 `deploylint rules`)"),
            ),
            PolicyProblem::IdRepeated(id) => tr(
                lang,
                format!("policy id `{id}` is used by an earlier policy"),
                format!("策略 id `{id}` 已被前面的策略使用"),
            ),
            PolicyProblem::UnknownTarget(t, h) => {
                let names: Vec<String> = crate::policy::target::Target::ALL.iter().map(|t| format!("`{}`", t.name())).collect();
                let hint_en = h.map(|h| format!("; did you mean `{h}`?")).unwrap_or_default();
                let hint_zh = h.map(|h| format!(";是否想写 `{h}`?")).unwrap_or_default();
                tr(
                    lang,
                    format!("unknown policy target `{t}`{hint_en} (the targets are {})", names.join(", ")),
                    format!("未知的策略目标 `{t}`{hint_zh}(目标有 {})", names.join("、")),
                )
            }
            PolicyProblem::TargetNotInKind(t, k) => tr(
                lang,
                format!("target `{t}` does not exist in kind `{k}`"),
                format!("目标 `{t}` 在类型 `{k}` 中不存在"),
            ),
            PolicyProblem::TargetOrPointer => tr(
                lang,
                "a policy needs exactly one of `target` and `pointer`".into(),
                "策略须且只能给出 `target` 与 `pointer` 之一".into(),
            ),
            PolicyProblem::NotAPointer(p) => tr(
                lang,
                format!("`{p}` is not a JSON Pointer: it starts with `/`, and `~` is written `~0`"),
                format!("`{p}` 不是 JSON Pointer:应以 `/` 开头,`~` 写作 `~0`"),
            ),
            PolicyProblem::SchemaOrFile => tr(
                lang,
                "a policy needs exactly one of `schema` and `schema-file`".into(),
                "策略须且只能给出 `schema` 与 `schema-file` 之一".into(),
            ),
            PolicyProblem::MissingFile(f) => tr(
                lang,
                format!("schema file `{f}` not found (paths are relative to deploylint.toml)"),
                format!("找不到 JSON Schema 文件 `{f}`(路径相对于 deploylint.toml)"),
            ),
            PolicyProblem::Unparsable(f, en, zh) => tr(
                lang,
                format!("schema file `{f}` is not JSON or YAML: {en}"),
                format!("JSON Schema 文件 `{f}` 不是 JSON 或 YAML:{zh}"),
            ),
            PolicyProblem::UnknownDraft(s) => tr(
                lang,
                format!("unknown `$schema` `{s}`; deploylint reads drafts 4, 6, 7, 2019-09 and 2020-12 (such as `http://json-schema.org/draft-07/schema#`)"),
                format!("未知的 `$schema` `{s}`;deploylint 支持 JSON Schema 草案 4、6、7、2019-09 和 2020-12(例如 `http://json-schema.org/draft-07/schema#`)"),
            ),
            PolicyProblem::NotASchema(e) => tr(
                lang,
                format!("not a valid JSON Schema: {e}"),
                format!("不是有效的 JSON Schema(校验器原文:`{}`)", e.replace('`', "'")),
            ),
            PolicyProblem::BadPattern(p, e) => tr(
                lang,
                format!("pattern `{p}` does not compile: {e}"),
                format!("模式 `{p}` 无法编译(校验器原文:`{}`)", e.replace('`', "'")),
            ),
            PolicyProblem::RemoteRef(r) => tr(
                lang,
                format!("`$ref` to the remote URL `{r}` is refused: deploylint never fetches schemas; copy it next to the schema file and refer to it by a relative path"),
                format!("拒绝指向远程 URL `{r}` 的 `$ref`:deploylint 从不下载 JSON Schema;请将其复制到 JSON Schema 文件旁并以相对路径引用"),
            ),
            PolicyProblem::Unresolved(r, e) => tr(
                lang,
                format!("`$ref` `{r}` cannot be resolved: {e}"),
                format!("无法解析 `$ref` `{r}`(校验器原文:`{}`)", e.replace('`', "'")),
            ),
            PolicyProblem::InSchemaFile {
                path,
                line,
                column,
                problem,
            } => {
                let inner = problem.words(lang).message;
                tr(
                    lang,
                    format!("schema file `{path}` has a problem at {path}:{line}:{column}: {inner}"),
                    format!("JSON Schema 文件 `{path}` 在 {path}:{line}:{column} 处有问题:{inner}"),
                )
            }
        };
        Text::new(message)
    }
}
