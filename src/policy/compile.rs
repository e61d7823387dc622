//! A policy as written ([`PolicySpec`]) compiled once into a [`Policy`]:
//! its id checked, its selector and kinds resolved, its schema checked
//! against the meta-schema of its draft (`$schema`: drafts 4, 6, 7,
//! 2019-09, 2020-12) and built into a validator. References: a remote URL
//! is refused (nothing is ever fetched); a relative `$ref` is read through
//! the [`Loader`] the front end supplies (the core does no I/O).

use super::target::{Select, Target};
use crate::diagnostics::{suggest, Severity};
use crate::kind::Kind;
use crate::rule_meta::RuleMeta;
pub use crate::rules::invalid_policy::PolicyProblem;
use crate::syntax::pointer::{push_seg, Seg};
use jsonschema::{Draft, Retrieve, Uri};
use serde_json::Value;
use std::sync::Arc;

/// Reads a file named by a relative `$ref` (its path relative to the
/// config's directory): its text, or `None` when there is none.
pub type Loader = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// A loader that has no files (every relative `$ref` is unresolved).
pub fn no_files() -> Loader {
    Arc::new(|_| None)
}

/// A policy as written (the fields of a `[[policies]]` table).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PolicySpec {
    /// The findings' code.
    pub id: String,
    /// A named target.
    pub target: Option<String>,
    /// Or a JSON Pointer, `*` matching every key or index.
    pub pointer: Option<String>,
    /// The kinds it applies to (`None`: every kind where the target exists).
    pub kinds: Option<Vec<Kind>>,
    /// The findings' severity.
    pub severity: Severity,
    /// The message in English.
    pub message: String,
    /// The message in Chinese (else the English one).
    pub message_zh: Option<String>,
    /// What to do, in English.
    pub help: Option<String>,
    /// What to do, in Chinese (else the English one).
    pub help_zh: Option<String>,
    /// The schema.
    pub schema: Value,
    /// The schema's file, relative to the config's directory (`None`: written inline).
    pub schema_file: Option<String>,
}

/// Where in a policy a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Place {
    /// A field of the policy table: `id`, `target`, `pointer`, `kinds`, `schema`.
    Field(&'static str),
    /// A place in the schema (a JSON Pointer into it).
    Schema(String),
}

/// Why a policy does not compile, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PolicyError {
    /// What is wrong.
    pub problem: PolicyProblem,
    /// Where.
    pub place: Place,
}

fn err(problem: PolicyProblem, place: Place) -> PolicyError {
    PolicyError { problem, place }
}

/// A compiled policy.
#[non_exhaustive]
pub struct Policy {
    /// Its id (the findings' code).
    pub id: String,
    pub(crate) meta: &'static RuleMeta,
    /// What it selects.
    pub(crate) select: Select,
    /// The kinds it applies to.
    pub kinds: Vec<Kind>,
    /// The findings' severity.
    pub severity: Severity,
    /// The message, English and Chinese.
    pub message: (String, Option<String>),
    /// The help, English and Chinese.
    pub help: (Option<String>, Option<String>),
    /// The schema's file, relative to the config's directory.
    pub schema_file: Option<String>,
    pub(crate) validator: jsonschema::Validator<super::instance::Tree>,
}

impl Policy {
    /// Its id as the findings' code.
    pub fn code(&self) -> &'static str {
        self.meta.code
    }
}

impl std::fmt::Debug for Policy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Policy")
            .field("id", &self.id)
            .field("select", &self.select)
            .field("kinds", &self.kinds)
            .field("severity", &self.severity)
            .finish_non_exhaustive()
    }
}

/// Whether `id` is kebab-case: a lowercase letter, then lowercase letters
/// and digits in groups joined by single hyphens.
pub(crate) fn is_kebab(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// The base URI of a schema: a `file:` URI under a root no real file has,
/// so a relative `$ref` resolves to a path the [`Loader`] reads.
const ROOT: &str = "file:///deploylint-config/";

/// The draft a `$schema` names.
fn draft_of(uri: &str) -> Option<Draft> {
    let u = uri.trim_end_matches('#');
    let u = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://"))?;
    Some(match u {
        "json-schema.org/draft-04/schema" => Draft::Draft4,
        "json-schema.org/draft-06/schema" => Draft::Draft6,
        "json-schema.org/draft-07/schema" => Draft::Draft7,
        "json-schema.org/draft/2019-09/schema" => Draft::Draft201909,
        "json-schema.org/draft/2020-12/schema" => Draft::Draft202012,
        _ => return None,
    })
}

/// Every `$ref` (and `$dynamicRef`, `$recursiveRef`) of `schema`, with the pointer of its value.
fn refs(schema: &Value, at: &mut String, out: &mut Vec<(String, String)>) {
    let len = at.len();
    match schema {
        Value::Object(map) => {
            for (k, v) in map {
                push_seg(at, Seg::Key(k));
                match v {
                    Value::String(r) if matches!(k.as_str(), "$ref" | "$dynamicRef" | "$recursiveRef") => {
                        out.push((at.clone(), r.clone()));
                    }
                    // Values of `enum`, `const`, `default` and `examples` are data, not schemas.
                    _ if matches!(k.as_str(), "enum" | "const" | "default" | "examples") => {}
                    v => refs(v, at, out),
                }
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                push_seg(at, Seg::Index(i));
                refs(v, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// Whether a reference names a remote resource (a URL with a scheme, or `//host`).
fn remote(r: &str) -> bool {
    r.starts_with("//")
        || r.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && scheme != "urn"
        })
}

/// The retriever: reads files under [`ROOT`] through the loader, refuses the rest.
struct Files(Loader);

impl Retrieve for Files {
    fn retrieve(&self, uri: &Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let Some(rel) = uri.as_str().strip_prefix(ROOT) else {
            return Err(format!("remote reference `{}` refused", uri.as_str()).into());
        };
        let rel = rel.split('#').next().unwrap_or(rel);
        let text = (self.0)(rel).ok_or_else(|| format!("file `{rel}` not found"))?;
        parse_schema(&text).map_err(|e| format!("file `{rel}`: {e}").into())
    }
}

/// A schema file's text (JSON or YAML) as a value.
pub(crate) fn parse_schema(text: &str) -> Result<Value, String> {
    let format = crate::InputFormat::detect(text);
    match crate::syntax::parse(text, format).into_iter().next() {
        Some(Ok(root)) => Ok(super::json::to_json(&root)),
        Some(Err(e)) => {
            let lc = crate::syntax::LineIndex::new(text).line_col(text, e.span.start);
            Err(format!("{}:{}: {}", lc.line, lc.column, e.message(crate::Lang::En)))
        }
        None => Err("empty file".into()),
    }
}

impl PolicySpec {
    /// A policy of this id, severity, message and inline schema, applied to
    /// the body itself (no target, no pointer) of every kind, in English
    /// only; set the other fields to narrow it.
    ///
    /// ```
    /// use deploylint::policy::{no_files, PolicySpec};
    /// use deploylint::Severity;
    ///
    /// let mut spec = PolicySpec::new("acme-tag", Severity::Warning, "name a tag", serde_json::json!({}));
    /// spec.target = Some("release-values".into());
    /// assert!(spec.compile(&no_files()).is_ok());
    /// ```
    pub fn new(id: impl Into<String>, severity: Severity, message: impl Into<String>, schema: Value) -> Self {
        PolicySpec {
            id: id.into(),
            target: None,
            pointer: None,
            kinds: None,
            severity,
            message: message.into(),
            message_zh: None,
            help: None,
            help_zh: None,
            schema,
            schema_file: None,
        }
    }

    /// Compiles the policy; `loader` reads the files relative `$ref`s name.
    pub fn compile(&self, loader: &Loader) -> Result<Policy, PolicyError> {
        let field = Place::Field;
        let schema_at = |p: &str| Place::Schema(p.to_string());
        if !is_kebab(&self.id) {
            return Err(err(PolicyProblem::IdNotKebab(self.id.clone()), field("id")));
        }
        if crate::registry::get(&self.id).is_some() {
            return Err(err(PolicyProblem::IdBuiltIn(self.id.clone()), field("id")));
        }
        let select = match (&self.target, &self.pointer) {
            (Some(t), None) => Select::Target(Target::from_name(t).ok_or_else(|| {
                let hint = suggest::closest(t, Target::ALL.iter().map(|t| t.name()));
                err(PolicyProblem::UnknownTarget(t.clone(), hint), field("target"))
            })?),
            (None, Some(p)) => {
                Select::pointer(p).ok_or_else(|| err(PolicyProblem::NotAPointer(p.clone()), field("pointer")))?
            }
            (Some(_), Some(_)) => return Err(err(PolicyProblem::TargetOrPointer, field("pointer"))),
            (None, None) => return Err(err(PolicyProblem::TargetOrPointer, field("id"))),
        };
        let exists = select.kinds();
        let kinds = match &self.kinds {
            None => exists.to_vec(),
            Some(ks) => {
                if let (Some(k), Select::Target(t)) = (ks.iter().find(|k| !exists.contains(k)), &select) {
                    return Err(err(PolicyProblem::TargetNotInKind(t.name(), k.name()), field("kinds")));
                }
                ks.clone()
            }
        };
        let schema = &self.schema;
        if !schema.is_object() && !schema.is_boolean() {
            return Err(err(
                PolicyProblem::NotASchema("a schema is an object or a boolean".into()),
                schema_at(""),
            ));
        }
        let draft = match schema.get("$schema") {
            None => Draft::Draft202012,
            Some(Value::String(s)) => {
                draft_of(s).ok_or_else(|| err(PolicyProblem::UnknownDraft(s.clone()), schema_at("/$schema")))?
            }
            Some(other) => {
                return Err(err(
                    PolicyProblem::UnknownDraft(other.to_string()),
                    schema_at("/$schema"),
                ))
            }
        };
        let mut found = Vec::new();
        refs(schema, &mut String::new(), &mut found);
        if let Some((at, r)) = found.iter().find(|(_, r)| remote(r)) {
            return Err(err(PolicyProblem::RemoteRef(r.clone()), schema_at(at)));
        }
        // The meta-schema of its draft (a schema without `$schema` is read as 2020-12).
        let meta_checked = match schema {
            Value::Object(map) if !map.contains_key("$schema") => {
                let mut m = map.clone();
                m.insert(
                    "$schema".into(),
                    Value::String("https://json-schema.org/draft/2020-12/schema".into()),
                );
                Value::Object(m)
            }
            other => other.clone(),
        };
        if let Err(e) = jsonschema::meta::validate(&meta_checked) {
            return Err(err(
                PolicyProblem::NotASchema(e.to_string()),
                schema_at(e.instance_path().as_str()),
            ));
        }
        let base = format!(
            "{ROOT}{}",
            self.schema_file.as_deref().unwrap_or(crate::policy::CONFIG_NAME)
        );
        let validator = jsonschema::options_for::<super::instance::Tree>()
            .with_draft(draft)
            .with_base_uri(base)
            .with_retriever(Files(loader.clone()))
            .build(schema)
            .map_err(|e| built(&e, &found))?;
        Ok(Policy {
            id: self.id.clone(),
            meta: super::intern::meta(&self.id),
            select,
            kinds,
            severity: self.severity,
            message: (self.message.clone(), self.message_zh.clone()),
            help: (self.help.clone(), self.help_zh.clone()),
            schema_file: self.schema_file.clone(),
            validator,
        })
    }
}

/// A build error as a problem: a pattern that does not compile, a `$ref` not resolved.
fn built(e: &jsonschema::ValidationError<'_>, refs: &[(String, String)]) -> PolicyError {
    use jsonschema::error::ValidationErrorKind as K;
    let at = e.instance_path().as_str().to_string();
    let words = e.to_string();
    match e.kind() {
        K::Referencing(r) => {
            let full = r.to_string();
            // The retriever's own words, without the registry's preamble and the internal base URI.
            let text = full
                .split_once("retrieving it failed: ")
                .map_or(full.as_str(), |(_, why)| why)
                .replace(ROOT, "");
            // The reference it is about: the one whose text the error names.
            let (place, name) = refs
                .iter()
                .find(|(_, r)| !r.starts_with('#') && text.contains(r.split('#').next().unwrap_or(r)))
                .or_else(|| refs.first())
                .map_or((String::new(), String::new()), |(p, r)| (p.clone(), r.clone()));
            err(PolicyProblem::Unresolved(name, text), Place::Schema(place))
        }
        K::Format { format } if format == "regex" => {
            let pattern = e.instance().as_str().unwrap_or_default().to_string();
            err(PolicyProblem::BadPattern(pattern, words), Place::Schema(at))
        }
        _ if at.ends_with("/pattern") || e.kind().keyword() == "pattern" => {
            let pattern = e.instance().as_str().unwrap_or_default().to_string();
            err(PolicyProblem::BadPattern(pattern, words), Place::Schema(at))
        }
        _ => err(PolicyProblem::NotASchema(words), Place::Schema(at)),
    }
}
