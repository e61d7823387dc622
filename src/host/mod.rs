//! Options given as data by a host: the WASM package's options object (as
//! JSON), `{kind, format, lang, current, edition, preset, rules, limits,
//! unsafeFixes, policies}`, every key optional (`null` is absent, keys
//! the host does not know are left alone).
//!
//! The names are read as everywhere else ([`crate::names`]); anything that
//! cannot be used is an [`Argument`] (`invalid-argument`, worded in
//! `src/rules/invalid_argument.rs`), and then nothing is linted: the host
//! shows [`Given::refusal`] instead. Inline policies, fields in camelCase
//! and the schema inline, compile with [`policies`] (a host may keep the
//! result for many lints). The query functions of the package, in the
//! UTF-16 indices of JavaScript strings, are [`query`]'s.
//!
//! ```
//! use deploylint::__private::host;
//! use deploylint::{Kind, Lang, Level};
//!
//! let given = host::read(&serde_json::json!({"kind": "ief-v3-update", "lang": "zh", "rules": {"container-name": "info"}}), false);
//! assert!(given.problems.is_empty());
//! assert_eq!((given.options.kind, given.options.lang), (Some(Kind::IefV3Update), Lang::Zh));
//! assert_eq!(given.options.levels, vec![("container-name".to_string(), Level::Info)]);
//! let bad = host::read(&serde_json::json!({"preset": "strict"}), false);
//! let d = bad.problems[0].diagnostic(Lang::En);
//! assert_eq!((d.code, d.message.as_str()), ("invalid-argument", "option `preset` is `strict`; expected \"api\" or \"recommended\""));
//! ```

pub mod query;

use crate::diagnostics::suggest;
use crate::limits::Limit;
use crate::names::{Setting, UnknownName};
use crate::rules::config_error::Problem;
pub use crate::rules::invalid_argument::{Argument, Expect, FieldHint, POLICY_FIELDS};
use crate::{registry, Current, FixResult, Options, Report};
use serde_json::{Map, Value};
use std::str::FromStr;

/// What a host's options say.
#[derive(Clone, Debug, Default)]
pub struct Given {
    /// The options (the defaults for what is absent or unusable).
    pub options: Options,
    /// `unsafeFixes` (read for fixing only).
    pub unsafe_fixes: bool,
    /// What cannot be used, in the order read.
    pub problems: Vec<Argument>,
}

impl Given {
    /// Nothing given but `problem`.
    pub fn refused(problem: Argument) -> Given {
        Given {
            problems: vec![problem],
            ..Given::default()
        }
    }

    /// The one report of the problems, in the options' language (`None` when there are none).
    pub fn refusal(&self) -> Option<Report> {
        let lang = self.options.lang;
        (!self.problems.is_empty()).then(|| Report {
            document: 0,
            kind: None,
            diagnostics: self.problems.iter().map(|p| p.diagnostic(lang)).collect(),
            suppressed: Vec::new(),
            secrets: None,
        })
    }

    /// Lints `text` (a string, or bytes that may not be UTF-8; `None`: the
    /// host was given something else, of the type `found` names): its
    /// reports, or the one report of the problems.
    pub fn lint(mut self, text: Option<Result<&str, &[u8]>>, found: impl FnOnce() -> String) -> Vec<Report> {
        if text.is_none() {
            self.problems.insert(
                0,
                Argument::NotText {
                    fix: false,
                    found: found(),
                },
            );
        }
        match (self.refusal(), text) {
            (None, Some(Ok(s))) => crate::lint(s, &self.options),
            (None, Some(Err(b))) => crate::lint_bytes(b, &self.options),
            (r, _) => r.into_iter().collect(),
        }
    }

    /// [`Given::lint`] of a string without using the options up: a host that
    /// keeps them (a linter made once for a form's every keystroke) lints
    /// each text with the same options, read once.
    pub fn lint_kept(&self, text: &str) -> Vec<Report> {
        match self.refusal() {
            None => crate::lint(text, &self.options),
            Some(refused) => vec![refused],
        }
    }

    /// Fixes `text` (as [`Given::lint`]; bytes must be UTF-8) with these
    /// options ([`crate::fix_all`]), or leaves it as it was (`""` when it is
    /// no string) with the problems.
    pub fn fix(mut self, text: Option<Result<String, Vec<u8>>>, found: impl FnOnce() -> String) -> FixResult {
        let text = match text {
            Some(Ok(s)) => Some(s),
            Some(Err(bytes)) => String::from_utf8(bytes)
                .map_err(|_| self.problems.insert(0, Argument::NotUtf8))
                .ok(),
            None => {
                self.problems.insert(
                    0,
                    Argument::NotText {
                        fix: true,
                        found: found(),
                    },
                );
                None
            }
        };
        match (text, self.refusal()) {
            (Some(t), None) => crate::fix_all(&t, &self.options, self.unsafe_fixes),
            (t, r) => FixResult {
                text: t.unwrap_or_default(),
                applied: 0,
                remaining: r.as_ref().map_or(0, |r| r.diagnostics.len()),
                reports: r.into_iter().collect(),
            },
        }
    }
}

/// The JSON type of `v`, for messages.
pub fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Member `name` of `map`, `null` being absent.
fn get<'v>(map: &'v Map<String, Value>, name: &str) -> Option<&'v Value> {
    map.get(name).filter(|v| !v.is_null())
}

/// A string option: `None` when absent; anything else is a problem.
fn string<'v>(map: &'v Map<String, Value>, name: &str, expect: Expect, p: &mut Vec<Argument>) -> Option<&'v str> {
    match get(map, name)? {
        Value::String(s) => Some(s),
        v => {
            p.push(Argument::NotAString(name.into(), expect, type_of(v).into()));
            None
        }
    }
}

/// An option that is one of `setting`'s names.
fn named<T: FromStr<Err = UnknownName>>(
    map: &Map<String, Value>,
    name: &str,
    setting: Setting,
    p: &mut Vec<Argument>,
) -> Option<T> {
    let s = string(map, name, Expect::Name(setting), p)?;
    s.parse().map_err(|e| p.push(Argument::Unknown(name.into(), e))).ok()
}

/// An object option (`None` when absent; anything else is a problem).
fn object<'v>(map: &'v Map<String, Value>, name: &str, p: &mut Vec<Argument>) -> Option<&'v Map<String, Value>> {
    match get(map, name)? {
        Value::Object(m) => Some(m),
        v => {
            p.push(Argument::NotAnObject(Some(name.into()), type_of(v).into()));
            None
        }
    }
}

/// Reads a host's options (`null`: none); `fixing` reads `unsafeFixes` too.
pub fn read(value: &Value, fixing: bool) -> Given {
    let mut given = Given::default();
    let map = match value {
        Value::Null => return given,
        Value::Object(m) => m,
        v => return Given::refused(Argument::NotAnObject(None, type_of(v).into())),
    };
    let (opts, p) = (&mut given.options, &mut given.problems);
    // `en`, `zh` or a locale tag (`zh-CN`), as the package has always read it.
    let lang = string(map, "lang", Expect::Name(Setting::Lang), p);
    opts.lang = match lang.map(|l| (l, crate::Lang::parse(l))) {
        Some((_, Some(lang))) => lang,
        Some((given, None)) => {
            let unknown = UnknownName {
                setting: Setting::Lang,
                given: given.into(),
            };
            p.push(Argument::Unknown("lang".into(), unknown));
            crate::Lang::En
        }
        None => crate::Lang::En,
    };
    opts.kind = named(map, "kind", Setting::Kind, p);
    opts.format = named(map, "format", Setting::Format, p);
    if let Some(text) = string(map, "current", Expect::Text, p) {
        // A broken current deployment is an argument problem, located in its own text.
        match Current::parse(text, opts.lang) {
            Ok(c) => opts.current = Some(c),
            Err(found) => p.extend(
                found
                    .into_iter()
                    .map(|d| Argument::Current(d.line, d.column, d.message)),
            ),
        }
    }
    opts.edition = named(map, "edition", Setting::Edition, p).unwrap_or_default();
    opts.preset = named(map, "preset", Setting::Preset, p).unwrap_or_default();
    for (code, level) in object(map, "rules", p).into_iter().flatten() {
        let Some(level) = level.as_str().and_then(|l| l.parse().ok()) else {
            p.push(Argument::RuleLevel(code.clone()));
            continue;
        };
        match registry::get(code) {
            Some(_) => opts.levels.push((code.clone(), level)),
            None => {
                let hint = suggest::closest(code, registry::all().iter().map(|e| e.meta.code));
                p.push(Argument::UnknownCode(code.clone(), hint));
            }
        }
    }
    for (key, value) in object(map, "limits", p).into_iter().flatten() {
        let Some(limit) = Limit::ALL.into_iter().find(|l| l.js_name() == key) else {
            let hint = suggest::closest(key, Limit::ALL.iter().map(|l| l.js_name()));
            p.push(Argument::UnknownLimit(key.clone(), hint));
            continue;
        };
        let whole = value.as_f64().filter(|n| n.fract() == 0.0 && *n >= 0.0);
        match whole.map(|n| n.min(usize::MAX as f64) as usize) {
            None if value.is_null() => {}
            None => p.push(Argument::NotWhole(limit)),
            Some(0) => p.push(Argument::Limit(limit, Problem::LimitBelow(limit))),
            Some(n) if n > limit.ceiling() => p.push(Argument::Limit(limit, Problem::LimitAbove(limit))),
            Some(n) => opts.limits.set(limit, n),
        }
    }
    if fixing {
        match get(map, "unsafeFixes") {
            None => {}
            Some(Value::Bool(b)) => given.unsafe_fixes = *b,
            Some(v) => p.push(Argument::NotABoolean("unsafeFixes".into(), type_of(v).into())),
        }
    }
    #[cfg(not(feature = "policies"))]
    match get(map, "policies") {
        None => {}
        Some(Value::Array(list)) if list.is_empty() => {}
        Some(_) => p.push(Argument::NeedsPoliciesEntry),
    }
    given
}

/// Inline policies, compiled: those that compile and the problems of the others.
#[cfg(feature = "policies")]
#[derive(Clone, Debug, Default)]
pub struct Policies {
    /// The policies.
    pub policies: Vec<std::sync::Arc<crate::policy::Policy>>,
    /// The problems: a field of the wrong type, a policy that does not compile.
    pub problems: Vec<Argument>,
}

/// Compiles the `policies` option (`null`: none), a list of policies as
/// `[[policies]]` tables of deploylint.toml, camelCase, the schema inline.
#[cfg(feature = "policies")]
pub fn policies(list: &Value) -> Policies {
    use crate::policy::{no_files, Place, PolicyProblem};
    let mut out = Policies::default();
    let list = match list {
        Value::Null => return out,
        Value::Array(l) => l,
        v => {
            out.problems
                .push(Argument::NotAList("policies".into(), type_of(v).into()));
            return out;
        }
    };
    let loader = no_files();
    let mut ids: Vec<String> = Vec::new();
    for (i, policy) in list.iter().enumerate() {
        let at = format!("policies[{i}]");
        let spec = match spec(policy, &at) {
            Ok(s) => s,
            Err(e) => {
                out.problems.push(e);
                continue;
            }
        };
        if ids.contains(&spec.id) {
            out.problems
                .push(Argument::Policy(format!("{at}.id"), PolicyProblem::IdRepeated(spec.id)));
            continue;
        }
        ids.push(spec.id.clone());
        match spec.compile(&loader) {
            Ok(p) => out.policies.push(std::sync::Arc::new(p)),
            Err(e) => {
                let place = match &e.place {
                    Place::Field(name) => format!("{at}.{name}"),
                    Place::Schema(p) if p.is_empty() => format!("{at}.schema"),
                    Place::Schema(p) => format!("{at}.schema` at `{p}"),
                };
                out.problems.push(Argument::Policy(place, e.problem));
            }
        }
    }
    out
}

/// Compiled `policies` options by handle, for a host that lints with the
/// same options object many times (handle `n` is slot `n - 1`; 0 is none).
#[cfg(feature = "policies")]
#[derive(Debug, Default)]
pub struct PolicyStore {
    slots: Vec<Option<std::rc::Rc<Policies>>>,
    /// How many lists were compiled.
    pub compilations: u32,
}

#[cfg(feature = "policies")]
impl PolicyStore {
    /// Compiles the `policies` of `options` (counted).
    fn compile(&mut self, options: &Value) -> std::rc::Rc<Policies> {
        self.compilations = self.compilations.saturating_add(1);
        std::rc::Rc::new(policies(options.get("policies").unwrap_or(&Value::Null)))
    }

    /// Compiles the `policies` of `options` once: its handle (0 when there are none).
    pub fn insert(&mut self, options: &Value) -> u32 {
        if options.get("policies").is_none_or(Value::is_null) {
            return 0;
        }
        let c = self.compile(options);
        let i = self.slots.iter().position(Option::is_none).unwrap_or(self.slots.len());
        match self.slots.get_mut(i) {
            Some(slot) => *slot = Some(c),
            None => self.slots.push(Some(c)),
        }
        u32::try_from(i).map_or(0, |i| i.saturating_add(1))
    }

    /// Frees a handle.
    pub fn remove(&mut self, handle: u32) {
        if let Some(slot) = handle.checked_sub(1).and_then(|i| self.slots.get_mut(i as usize)) {
            *slot = None;
        }
    }

    /// Applies to `given` the policies compiled as `handle`, or (a handle
    /// that is none) those of `options`, compiled now.
    pub fn apply(&mut self, options: &Value, handle: u32, given: &mut Given) {
        if handle == 0 && options.get("policies").is_none_or(Value::is_null) {
            return;
        }
        let slot = handle
            .checked_sub(1)
            .and_then(|i| self.slots.get(i as usize).cloned().flatten());
        let c = slot.unwrap_or_else(|| self.compile(options));
        given.options.policies.extend(c.policies.iter().cloned());
        given.problems.extend(c.problems.iter().cloned());
    }
}

/// One inline policy as the core's spec; a field of the wrong type is an argument problem.
#[cfg(feature = "policies")]
fn spec(policy: &Value, at: &str) -> Result<crate::policy::PolicySpec, Argument> {
    let Value::Object(map) = policy else {
        return Err(Argument::NotAnObject(Some(at.into()), type_of(policy).into()));
    };
    if let Some(key) = map.keys().find(|k| !POLICY_FIELDS.contains(&k.as_str())) {
        let hint = match key.as_str() {
            "schema-file" | "schemaFile" => FieldHint::Inline,
            k => suggest::closest(k, POLICY_FIELDS).map_or(FieldHint::None, FieldHint::Closest),
        };
        return Err(Argument::UnknownField(at.into(), key.clone(), hint));
    }
    let field = |name: &str| -> Result<Option<String>, Argument> {
        match get(map, name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(v) => Err(Argument::NotAString(
                format!("{at}.{name}"),
                Expect::Any,
                type_of(v).into(),
            )),
        }
    };
    let required = |name: &'static str| field(name)?.ok_or_else(|| Argument::Missing(at.into(), name));
    let kinds = match get(map, "kinds") {
        None => None,
        Some(Value::Array(ks)) => Some(
            ks.iter()
                .map(|k| {
                    let name = k.as_str().unwrap_or_default();
                    name.parse().map_err(|_| Argument::NotAKind(at.into(), name.into()))
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Some(v) => return Err(Argument::NotAList(format!("{at}.kinds"), type_of(v).into())),
    };
    let severity = match field("level")? {
        None => crate::Severity::Error,
        Some(l) => crate::names::policy_level(&l).map_err(|e| Argument::Unknown(format!("{at}.level"), e))?,
    };
    let schema = get(map, "schema")
        .cloned()
        .ok_or_else(|| Argument::Missing(at.into(), "schema"))?;
    Ok(crate::policy::PolicySpec {
        id: required("id")?,
        target: field("target")?,
        pointer: field("pointer")?,
        kinds,
        severity,
        message: required("message")?,
        message_zh: field("messageZh")?,
        help: field("help")?,
        help_zh: field("helpZh")?,
        schema,
        schema_file: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Level};
    use serde_json::json;

    /// The messages of `given`'s problems in `lang`.
    fn words(given: &Given, lang: Lang) -> Vec<String> {
        given.problems.iter().map(|p| p.diagnostic(lang).message).collect()
    }

    #[test]
    fn every_level_the_config_accepts_is_a_rules_option_info_included() {
        for level in Level::ALL {
            let given = read(&json!({"rules": {"container-name": level.name()}}), false);
            assert_eq!(given.problems, Vec::new());
            assert_eq!(given.options.levels, vec![("container-name".to_string(), level)]);
        }
        let bad = read(&json!({"rules": {"container-name": "loud", "host-network": 1}}), false);
        assert_eq!(
            words(&bad, Lang::En),
            [
                "option `rules.container-name` must be \"off\", \"info\", \"warning\" or \"error\"",
                "option `rules.host-network` must be \"off\", \"info\", \"warning\" or \"error\"",
            ]
        );
        assert_eq!(
            words(&bad, Lang::Zh)[0],
            "选项 `rules.container-name` 必须是 \"off\", \"info\", \"warning\" 或 \"error\""
        );
    }

    #[test]
    fn bad_arguments_are_worded_in_both_languages_with_did_you_mean() {
        let given = read(
            &json!({"lang": "zh", "preset": "recomended", "unsafeFixes": "yes"}),
            true,
        );
        let d = given.refusal().expect("problems").diagnostics;
        assert_eq!(
            d.iter()
                .map(|d| (d.code, d.message.as_str(), d.line, d.column))
                .collect::<Vec<_>>(),
            [
                (
                    "invalid-argument",
                    "选项 `preset` 的值 `recomended` 无效;是否想写 `recommended`?应为 \"api\" 或 \"recommended\"",
                    1,
                    1
                ),
                (
                    "invalid-argument",
                    "选项 `unsafeFixes` 必须是布尔值,不能是 string",
                    1,
                    1
                ),
            ]
        );
        assert_eq!(
            d[0].help.as_deref(),
            Some("请参阅 deploylint 包 README 中 `lint` 的选项说明")
        );
        assert_eq!(read(&json!({"lang": "zh-CN"}), false).options.lang, Lang::Zh);
        assert_eq!(
            words(&read(&json!({"lang": "fr"}), false), Lang::En),
            ["option `lang` is `fr`; expected \"en\" or \"zh\""]
        );
        let refused = Given::default().lint(None, || "number".into());
        assert_eq!(
            refused[0].diagnostics[0].message,
            "the text to lint must be a string or a Uint8Array, not number"
        );
        assert_eq!(
            words(&read(&json!([]), false), Lang::En),
            ["options must be an object, not array"]
        );
        assert_eq!(
            words(&read(&json!({"limits": {"dept": 3}}), false), Lang::En),
            ["option `limits` names `dept`, which is not a limit; did you mean `depth`? (the limits are `inputSize`, `depth`, `aliases`, `stringLength`, `findings`)"]
        );
    }
}
