//! Team policies: a platform team's own rules, written in JSON Schema and
//! applied to a target (`container`, `env`, `release-values`, ...) or a
//! pointer of every body, reported as ordinary diagnostics.
//!
//! A [`PolicySpec`] (a `[[policies]]` table of deploylint.toml, or a WASM
//! option) is compiled once per run into a [`Policy`]; [`Options`]
//! carries the compiled policies, and the lint applies each to every
//! instance of its target: one finding per failing instance path, with the
//! policy's id as code, its message, help that says what the schema said,
//! and the pointer and span of the instance. The findings go through the
//! report stage like any rule's: levels, suppressions, the cap.
//!
//! ```
//! use deploylint::policy::{no_files, PolicySpec};
//! use deploylint::{lint, Options, Severity};
//! use std::sync::Arc;
//!
//! let mut spec = PolicySpec::new(
//!     "acme-release-tag",
//!     Severity::Error,
//!     "release values name an image tag",
//!     serde_json::json!({"required": ["imageTag"]}),
//! );
//! spec.target = Some("release-values".into());
//! let policy = Arc::new(spec.compile(&no_files()).expect("a policy"));
//! let body = r#"{"chart_id": "af4b699e", "action": "upgrade", "parameters": {}, "values": {}}"#;
//! let report = lint(body, &Options::new().policy(policy)).remove(0);
//! let d = &report.diagnostics[0];
//! assert_eq!((d.code, d.pointer.as_str()), ("acme-release-tag", "/values"));
//! assert_eq!(d.help.as_deref(), Some("the property `imageTag` is missing"));
//! ```
//!
//! [`Options`]: crate::Options

//!
//! The validator is behind the `policies` feature (on with `cli` and
//! `config`; off in the default WASM package, for its size): without it only
//! the targets' names are here.

#[cfg(feature = "policies")]
mod compile;
#[cfg(feature = "policies")]
pub(crate) mod explain;
#[cfg(feature = "policies")]
mod instance;
#[cfg(feature = "policies")]
mod intern;
#[cfg(feature = "policies")]
mod json;
#[cfg_attr(not(feature = "policies"), allow(dead_code))]
pub(crate) mod target;

#[cfg(feature = "policies")]
pub use compile::{no_files, Loader, Place, Policy, PolicyError, PolicyProblem, PolicySpec};
#[cfg(feature = "policies")]
pub(crate) use json::to_json;
#[cfg_attr(not(feature = "policies"), allow(unused_imports))]
pub(crate) use target::Select;

#[cfg(feature = "policies")]
use crate::api::walk::Visit;
#[cfg(feature = "policies")]
use crate::diagnostics::{Lang, Text, Words};
#[cfg(feature = "policies")]
use crate::kind::Kind;
#[cfg(feature = "policies")]
use crate::sink::Sink;
#[cfg(feature = "policies")]
use crate::syntax::pointer::{lookup, PathArena};
#[cfg(feature = "policies")]
use crate::syntax::{Node, Value};
#[cfg(feature = "policies")]
use explain::Detail;
#[cfg(feature = "policies")]
use std::sync::Arc;

/// The name relative `$ref`s of an inline schema resolve next to.
#[cfg(feature = "policies")]
pub(crate) const CONFIG_NAME: &str = "deploylint.toml";

/// One failing instance of a policy: the policy's words and the schema's.
#[cfg(feature = "policies")]
struct Finding<'p> {
    policy: &'p Policy,
    details: Vec<Detail>,
}

#[cfg(feature = "policies")]
impl Words for Finding<'_> {
    fn words(&self, lang: Lang) -> Text {
        let p = self.policy;
        let (message, own, said, sep) = match lang {
            Lang::En => (
                p.message.0.clone(),
                p.help.0.clone(),
                self.details.iter().map(|d| d.en.as_str()).collect::<Vec<_>>(),
                "; ",
            ),
            Lang::Zh => (
                p.message.1.clone().unwrap_or_else(|| p.message.0.clone()),
                p.help.1.clone().or_else(|| p.help.0.clone()),
                self.details.iter().map(|d| d.zh.as_str()).collect::<Vec<_>>(),
                ";",
            ),
        };
        let mut help = said.join(sep);
        if let Some(own) = own {
            help = if help.is_empty() {
                own
            } else {
                format!("{help}{sep}{own}")
            };
        }
        Text::new(message).help(help)
    }
}

/// The policies among `policies` that check the value at `pointer` of a
/// body of `kind` (`root`, parsed from `text`): those with an instance at or
/// above it. For a front end's hover; the body is walked again to find the
/// targets, its findings dropped.
#[cfg(feature = "policies")]
#[cfg_attr(not(feature = "lsp"), allow(dead_code))] // The language server's hover.
pub(crate) fn checking<'p>(
    text: &str,
    root: &Node,
    kind: Kind,
    pointer: &str,
    policies: &'p [Arc<Policy>],
) -> Vec<&'p Policy> {
    let applicable: Vec<&Policy> = policies
        .iter()
        .map(|p| &**p)
        .filter(|p| p.kinds.contains(&kind))
        .collect();
    if applicable.is_empty() || root.members().is_none() {
        return Vec::new();
    }
    // Only the walk's visits are wanted: its findings go nowhere.
    let mut sink = Sink::new(
        Lang::En,
        &[],
        crate::levels::Preset::Api,
        crate::limits::Limits::DEFAULT.findings,
    );
    let mut w = crate::api::walk::Walker::new(text, &mut sink);
    let spec = crate::query::body_object(kind, &crate::query::keys(root));
    w.object(root, spec, crate::syntax::pointer::Loc::ROOT, "");
    let crate::api::walk::Walker { paths, visits, .. } = w;
    applicable
        .into_iter()
        .filter(|p| {
            target::instances(&p.select, root, &visits, &paths)
                .iter()
                .any(|(at, _)| {
                    let at = at.pointer(&paths);
                    pointer == at || pointer.strip_prefix(at.as_str()).is_some_and(|r| r.starts_with('/'))
                })
        })
        .collect()
}

/// Applies `policies` to a body of `kind` the walk has visited.
#[cfg(feature = "policies")]
pub(crate) fn check<'a>(
    kind: Kind,
    root: &'a Node,
    visits: &[Visit<'a>],
    paths: &PathArena<'a>,
    policies: &[Arc<Policy>],
    sink: &mut Sink<'_>,
) {
    for p in policies {
        if !p.kinds.contains(&kind) || sink.off(p.meta) {
            continue;
        }
        for (at, node) in target::instances(&p.select, root, visits, paths) {
            // The validator reads the tree in place (src/policy/instance.rs); the
            // common case, a valid instance, costs no error collection.
            if p.validator.is_valid(node) {
                continue;
            }
            let at = at.pointer(paths);
            // One finding per failing instance path, in the order first failed.
            let mut groups: Vec<(String, Vec<Detail>)> = Vec::new();
            for e in p.validator.iter_errors(node) {
                let path = e.instance_path().as_str().to_string();
                let detail = explain::detail(&e);
                match groups.iter_mut().find(|(g, _)| *g == path) {
                    Some((_, ds)) if !ds.contains(&detail) => ds.push(detail),
                    Some(_) => {}
                    None => groups.push((path, vec![detail])),
                }
            }
            for (path, details) in groups {
                let failed = lookup(node, &path).unwrap_or(node);
                // A container value (or a missing property's parent) at its opening.
                let span = match failed.value {
                    Value::Object(_) | Value::Array(_) => failed.span.opening(),
                    _ => failed.span,
                };
                let finding = Finding { policy: p, details };
                sink.report_as(p.meta, p.severity, format!("{at}{path}"), span, &finding, None);
            }
        }
    }
}
