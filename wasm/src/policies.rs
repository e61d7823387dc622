//! The `policies` option: team policies given as JS objects (the fields of a
//! `[[policies]]` table of deploylint.toml, camelCase, the schema inline).
//!
//! Only the `deploylint/policies` entry (this crate with the `policies`
//! feature) has the JSON Schema validator. Its JS keeps, per options object,
//! the handle [`compile_policies`] returned, so a list is compiled once per
//! options object however many times it is linted; [`policy_compilations`]
//! counts compilations, for the tests. The default entry, given policies,
//! says to import `deploylint/policies` rather than passing in silence.
//!
//! A policy that does not compile is an `invalid-policy` diagnostic with the
//! core's words (`PolicySpec::compile`), located by the option it is in
//! (`policies[0].target`); a field of the wrong type is `invalid-argument`.
//! Either way nothing is linted, as `deploylint check` stops on a bad policy.

use deploylint::{Diagnostic, Options};
use wasm_bindgen::prelude::*;

/// A problem with the `policies` option.
pub enum Issue {
    /// Of the call (an `invalid-argument` message).
    Argument(String),
    /// A policy that does not compile (`invalid-policy`, already in the run's language).
    #[cfg_attr(not(feature = "policies"), allow(dead_code))]
    Policy(Diagnostic),
}

#[cfg(not(feature = "policies"))]
mod imp {
    use super::*;

    /// The default entry: an empty list is nothing to apply; anything else is refused.
    pub fn apply(options: &JsValue, _handle: u32, _opts: &mut Options) -> Vec<Issue> {
        let given = match crate::field(options, "policies") {
            Ok(None) => return Vec::new(),
            Ok(Some(p)) => p,
            Err(e) => return vec![Issue::Argument(e)],
        };
        if js_sys::Array::is_array(&given) && js_sys::Array::from(&given).length() == 0 {
            return Vec::new();
        }
        vec![Issue::Argument(
            "option `policies` needs the policies entry: import from `deploylint/policies` instead of `deploylint` \
             (the default entry leaves out the JSON Schema validator, to stay small); no policy was applied"
                .into(),
        )]
    }

    /// The default entry compiles nothing (handle 0).
    #[wasm_bindgen(js_name = compilePolicies)]
    pub fn compile_policies(_options: JsValue) -> u32 {
        0
    }

    /// Nothing to free.
    #[wasm_bindgen(js_name = dropPolicies)]
    pub fn drop_policies(_handle: u32) {}

    /// No compilations.
    #[wasm_bindgen(js_name = policyCompilations)]
    pub fn policy_compilations() -> u32 {
        0
    }
}

#[cfg(feature = "policies")]
mod imp {
    use super::*;
    use crate::{field, type_name};
    use deploylint::diagnostics::Words;
    use deploylint::policy::{no_files, Place, Policy, PolicyError, PolicyProblem, PolicySpec};
    use deploylint::syntax::Span;
    use deploylint::{Kind, Lang, Severity};
    use js_sys::{Array, Reflect, JSON};
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::Arc;

    /// The code of a policy that does not compile (the core's rule).
    pub const INVALID_POLICY: &str = "invalid-policy";

    /// A problem found while compiling, rendered in the language of each run.
    enum Found {
        Argument(String),
        Policy(String, PolicyProblem),
    }

    /// A compiled `policies` option: the policies, or why they are not.
    struct Compiled {
        policies: Vec<Arc<Policy>>,
        problems: Vec<Found>,
    }

    thread_local! {
        /// The compiled lists by handle (handle `n` is slot `n - 1`).
        static SLOTS: RefCell<Vec<Option<Rc<Compiled>>>> = const { RefCell::new(Vec::new()) };
        /// How many lists were compiled.
        static COMPILATIONS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }

    /// The JS names of the fields, in the order they are read.
    const FIELDS: [&str; 10] = [
        "id",
        "target",
        "pointer",
        "kinds",
        "level",
        "message",
        "messageZh",
        "help",
        "helpZh",
        "schema",
    ];

    /// A string field of policy `at`: `Ok(None)` when absent.
    fn string(policy: &JsValue, at: &str, name: &str) -> Result<Option<String>, String> {
        match field(policy, name) {
            Ok(None) => Ok(None),
            Ok(Some(v)) => v
                .as_string()
                .map(Some)
                .ok_or_else(|| format!("option `{at}.{name}` must be a string, not {}", type_name(&v))),
            Err(_) => Err(format!("option `{at}.{name}` could not be read")),
        }
    }

    /// A required string field.
    fn required(policy: &JsValue, at: &str, name: &str) -> Result<String, String> {
        string(policy, at, name)?.ok_or_else(|| format!("option `{at}.{name}` is missing: a policy needs one"))
    }

    /// Reads policy `at` as the core's spec; a field of the wrong type is an argument problem.
    fn spec(policy: &JsValue, at: &str) -> Result<PolicySpec, String> {
        if !policy.is_object() || Array::is_array(policy) {
            return Err(format!("option `{at}` must be an object, not {}", type_name(policy)));
        }
        if let Ok(keys) = Reflect::own_keys(policy) {
            for key in keys.iter().filter_map(|k| k.as_string()) {
                if !FIELDS.contains(&key.as_str()) {
                    let hint = match key.as_str() {
                        "message-zh" => " (did you mean `messageZh`?)".to_string(),
                        "help-zh" => " (did you mean `helpZh`?)".to_string(),
                        "schema-file" | "schemaFile" => " (a schema is given inline as `schema`)".to_string(),
                        _ => String::new(),
                    };
                    return Err(format!(
                        "option `{at}` has the field `{key}`, which policies do not have{hint}; the fields are {}",
                        FIELDS.map(|f| format!("`{f}`")).join(", ")
                    ));
                }
            }
        }
        let kinds = match field(policy, "kinds") {
            Ok(None) => None,
            Ok(Some(ks)) if Array::is_array(&ks) => {
                let mut list = Vec::new();
                for k in Array::from(&ks).iter() {
                    let name = k.as_string().unwrap_or_default();
                    list.push(Kind::from_name(&name).ok_or_else(|| {
                        let names: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
                        format!(
                            "option `{at}.kinds` names `{name}`, which is not a kind (the kinds are {})",
                            names.join(", ")
                        )
                    })?);
                }
                Some(list)
            }
            Ok(Some(ks)) => {
                return Err(format!(
                    "option `{at}.kinds` must be an array of kind names, not {}",
                    type_name(&ks)
                ))
            }
            Err(_) => return Err(format!("option `{at}.kinds` could not be read")),
        };
        let severity = match string(policy, at, "level")?.as_deref() {
            None | Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            Some("info") => Severity::Info,
            Some(other) => {
                return Err(format!(
                    "option `{at}.level` is `{other}`; expected \"error\", \"warning\" or \"info\""
                ))
            }
        };
        let schema = match field(policy, "schema") {
            Ok(None) => {
                return Err(format!(
                    "option `{at}.schema` is missing: a policy needs one (a JSON Schema, inline)"
                ))
            }
            Ok(Some(s)) => {
                let text = JSON::stringify(&s).ok().and_then(|t| t.as_string());
                text.and_then(|t| serde_json::from_str(&t).ok()).ok_or_else(|| {
                    format!("option `{at}.schema` is not JSON data (JSON.stringify could not write it)")
                })?
            }
            Err(_) => return Err(format!("option `{at}.schema` could not be read")),
        };
        Ok(PolicySpec {
            id: required(policy, at, "id")?,
            target: string(policy, at, "target")?,
            pointer: string(policy, at, "pointer")?,
            kinds,
            severity,
            message: required(policy, at, "message")?,
            message_zh: string(policy, at, "messageZh")?,
            help: string(policy, at, "help")?,
            help_zh: string(policy, at, "helpZh")?,
            schema,
            schema_file: None,
        })
    }

    /// Where a compile error is, as an option path.
    fn place(at: &str, e: &PolicyError) -> String {
        match &e.place {
            Place::Field(name) => format!("{at}.{name}"),
            Place::Schema(p) if p.is_empty() => format!("{at}.schema"),
            Place::Schema(p) => format!("{at}.schema` at `{p}"),
        }
    }

    /// Compiles the `policies` of `options` (counted in [`policy_compilations`]).
    fn compile(options: &JsValue) -> Compiled {
        COMPILATIONS.with(|c| c.set(c.get().saturating_add(1)));
        let mut out = Compiled {
            policies: Vec::new(),
            problems: Vec::new(),
        };
        let list = match field(options, "policies") {
            Ok(None) => return out,
            Ok(Some(l)) if Array::is_array(&l) => Array::from(&l),
            Ok(Some(l)) => {
                out.problems.push(Found::Argument(format!(
                    "option `policies` must be an array of policies, not {}",
                    type_name(&l)
                )));
                return out;
            }
            Err(e) => {
                out.problems.push(Found::Argument(e));
                return out;
            }
        };
        let loader = no_files();
        let mut ids: Vec<String> = Vec::new();
        for (i, policy) in list.iter().enumerate() {
            let at = format!("policies[{i}]");
            let spec = match spec(&policy, &at) {
                Ok(s) => s,
                Err(e) => {
                    out.problems.push(Found::Argument(e));
                    continue;
                }
            };
            if ids.contains(&spec.id) {
                out.problems.push(Found::Policy(
                    format!("{at}.id"),
                    PolicyProblem::IdRepeated(spec.id.clone()),
                ));
                continue;
            }
            ids.push(spec.id.clone());
            match spec.compile(&loader) {
                Ok(p) => out.policies.push(Arc::new(p)),
                Err(e) => out.problems.push(Found::Policy(place(&at, &e), e.problem)),
            }
        }
        out
    }

    /// An `invalid-policy` diagnostic: the core's words, prefixed with the option they are about.
    fn invalid_policy(at: &str, problem: &PolicyProblem, lang: Lang) -> Diagnostic {
        let words = problem.words(lang);
        let help = match lang {
            Lang::En => {
                "a policy that does not compile stops the lint; see `policies` in the deploylint package README"
            }
            Lang::Zh => "无法编译的策略会使检查停止;请参阅 deploylint 包 README 中 `policies` 的说明",
        };
        let mut d = Diagnostic::new(
            INVALID_POLICY,
            Severity::Error,
            String::new(),
            Span::new(0, 0),
            format!("option `{at}`: {}", words.message),
        );
        (d.line, d.column, d.end_line, d.end_column) = (1, 1, 1, 1);
        (d.column_utf16, d.end_column_utf16) = (1, 1);
        d.with_help(help)
    }

    /// The compiled list of `handle`, or of `options` compiled now (a raw call without a handle).
    fn compiled(options: &JsValue, handle: u32) -> Rc<Compiled> {
        let slot = handle
            .checked_sub(1)
            .and_then(|i| SLOTS.with(|s| s.borrow().get(i as usize).cloned().flatten()));
        slot.unwrap_or_else(|| Rc::new(compile(options)))
    }

    /// Applies the `policies` of `options` (compiled as `handle`, or now) to `opts`.
    pub fn apply(options: &JsValue, handle: u32, opts: &mut Options) -> Vec<Issue> {
        if handle == 0 && matches!(field(options, "policies"), Ok(None)) {
            return Vec::new();
        }
        let c = compiled(options, handle);
        opts.policies.extend(c.policies.iter().cloned());
        c.problems
            .iter()
            .map(|f| match f {
                Found::Argument(m) => Issue::Argument(m.clone()),
                Found::Policy(at, p) => Issue::Policy(invalid_policy(at, p, opts.lang)),
            })
            .collect()
    }

    /// Compiles the `policies` of `options` once: a handle for `lint`,
    /// `lintDocuments` and `fixAll` (0 when there are none or `options` is
    /// not an object). `api.js` keeps it per options object.
    #[wasm_bindgen(js_name = compilePolicies)]
    pub fn compile_policies(options: JsValue) -> u32 {
        if !options.is_object() || matches!(field(&options, "policies"), Ok(None)) {
            return 0;
        }
        let c = Rc::new(compile(&options));
        SLOTS.with(|s| {
            let mut s = s.borrow_mut();
            match s.iter().position(Option::is_none) {
                Some(i) => {
                    s[i] = Some(c);
                    i as u32 + 1
                }
                None => {
                    s.push(Some(c));
                    s.len() as u32
                }
            }
        })
    }

    /// Frees a handle (when its options object is collected).
    #[wasm_bindgen(js_name = dropPolicies)]
    pub fn drop_policies(handle: u32) {
        if let Some(i) = handle.checked_sub(1) {
            SLOTS.with(|s| {
                if let Some(slot) = s.borrow_mut().get_mut(i as usize) {
                    *slot = None;
                }
            });
        }
    }

    /// How many `policies` lists this module has compiled (a test hook: the
    /// same options object linted again adds none).
    #[wasm_bindgen(js_name = policyCompilations)]
    pub fn policy_compilations() -> u32 {
        COMPILATIONS.with(std::cell::Cell::get)
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn invalid_policy_is_the_core_rule() {
            assert!(deploylint::registry::get(super::INVALID_POLICY).is_some());
        }
    }
}

pub use imp::*;
