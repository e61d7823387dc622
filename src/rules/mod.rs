//! Cross-field rules: constraints between fields, one file per concern.
//!
//! After the spec walk, every visited object is offered to the rules whose
//! [`Rule::role`] matches its spec's role, for the kinds the rule names.
//! A rule reads the object, decides, and calls [`Ctx::emit`] with its words
//! in both languages, written in the rule's own file; the report stage
//! renders them only if the finding is kept. A rule's severity is its
//! meta's, or that of one of its named [`Variant`]s.
//!
//! Adding a rule is one new file plus one line in the `rules!` list below.

use crate::api::walk::Visit;
use crate::api::Role;
use crate::diagnostics::Applicability;
pub use crate::diagnostics::Lang;
use crate::diagnostics::{Edit, Severity, Words};
use crate::kind::Kind;
pub use crate::rule_meta::{Category, RuleMeta, Variant};
use crate::sink::Sink;
use crate::syntax::pointer::{push_seg, PathArena, Seg};
use crate::syntax::{Node, Span};

// Without the config (the WASM build), only their documentation is used.
#[cfg_attr(not(feature = "config"), allow(dead_code))]
pub mod config_error;
mod container_missing;
pub mod document;
pub mod invalid_argument;
// Without the validator (the WASM build), only its documentation is used.
#[cfg_attr(not(feature = "policies"), allow(dead_code))]
pub mod invalid_policy;
pub mod kind_comment;
pub mod limit_exceeded;
#[cfg_attr(not(feature = "config"), allow(dead_code))]
pub mod unused_ignore;

/// Declares the rule modules and registers their rules: one line per file.
macro_rules! rules {
    ($($module:ident: $($rule:ident),+;)+) => {
        $(mod $module;)+
        /// Every cross-field rule.
        pub static ALL: &[&dyn Rule] = &[$($(&$module::$rule,)+)+];
    };
}

rules! {
    affinity_expression_values: Rule;
    autonomy_edge_selector: Rule;
    command_args_length: Rule;
    container_name_unique: Rule;
    containers_not_empty: Rule;
    dns_policy_host_network: Rule;
    env_name_unique: Rule;
    env_plain_secret: Rule;
    env_source_exclusive: Rule;
    host_network: Rule;
    host_port_exclusive: Rule;
    host_port_range_order: Rule;
    hostpath_sensitive: Rule;
    hostpath_writable: Rule;
    image_latest_tag: Rule, ReleaseRule;
    image_registry_ip: Rule;
    limits_far_above_requests: Rule;
    migration_node_group: RootRule, V2Rule;
    migration_single_node: RootRule, V2Rule;
    no_liveness_probe: Rule;
    no_readiness_probe: Rule;
    node_placement: RootRule;
    platinum_feature: Affinity, PortRange, Replicas;
    privileged_container: Rule;
    probe_handler: Rule;
    requests_within_limits: Rule;
    resource_limits_missing: Rule;
    resource_requests_missing: Rule;
    restart_policy_immutable: Rule;
    rollback_release_version: Rule;
    run_as_root: Rule;
    suppression: WithoutReason, UnusedRule;
    toleration_node_group: RootRule, V2Rule;
    v2_create_wrapper: Rule;
    value_from_exclusive: Rule;
    volume_default_mode: Rule;
    volume_read_only: Rule;
    volume_source: Rule;
}

/// Whether an env var's name looks secret (shared with the CLI's excerpts).
pub use env_plain_secret::looks_secret;

/// A cross-field rule.
pub trait Rule: Sync {
    /// Its documentation.
    fn meta(&self) -> &'static RuleMeta;
    /// The kinds it checks.
    fn kinds(&self) -> &'static [Kind];
    /// The objects it looks at.
    fn role(&self) -> Role;
    /// Checks one object.
    fn check(&self, obj: &Visit<'_>, cx: &mut Ctx<'_, '_, '_>);
    /// Rules whose findings it may report besides its own (`meta`): a rule
    /// is skipped altogether only when all of them are off.
    fn also(&self) -> &'static [&'static RuleMeta] {
        &[]
    }
}

/// The IEF kinds and the IEF v3 kinds (written with the kinds).
pub(crate) use crate::kind::{IEF, V3};

/// What a rule can see and do.
pub struct Ctx<'w, 'a, 'o> {
    /// The kind being checked.
    pub kind: Kind,
    /// The document root.
    pub root: &'a Node,
    /// The current deployment an update modifies, when given (`--current`).
    pub current: Option<&'w Node>,
    /// The IEF edition the body is for.
    pub edition: crate::Edition,
    pub(crate) text: &'a str,
    pub(crate) paths: &'w PathArena<'a>,
    pub(crate) sink: &'w mut Sink<'o>,
}

impl Ctx<'_, '_, '_> {
    /// The pointer of `obj` followed by `segs`.
    pub fn ptr(&self, obj: &Visit<'_>, segs: &[Seg<'_>]) -> String {
        let mut p = self.paths.pointer(obj.loc);
        for s in segs {
            push_seg(&mut p, *s);
        }
        p
    }

    /// The source text (fixes mirror its quoting).
    pub fn text(&self) -> &str {
        self.text
    }

    /// Reports a finding of `meta` at its default severity; `edits` is the fix, if any.
    pub fn emit(
        &mut self,
        meta: &'static RuleMeta,
        pointer: String,
        span: Span,
        words: &dyn Words,
        edits: Option<Vec<Edit>>,
    ) {
        self.sink.report(meta, pointer, span, words, edits);
    }

    /// Reports a finding of one of `meta`'s named variants, at the variant's severity.
    pub fn emit_variant(
        &mut self,
        meta: &'static RuleMeta,
        variant: &'static Variant,
        pointer: String,
        span: Span,
        words: &dyn Words,
        edits: Option<Vec<Edit>>,
    ) {
        self.sink.report_as(meta, variant.severity, pointer, span, words, edits);
    }
}

/// Runs every applicable rule over the visited objects. The rules for the
/// kind are sorted by role once (keeping their order), and a rule whose
/// findings would all be dropped (`off`, or a best-practice rule under the
/// API preset) is not run, so a visit costs only the rules that can report.
pub(crate) fn run(cx: &mut Ctx<'_, '_, '_>, visits: &[Visit<'_>]) {
    let mut by_role: Vec<Vec<&dyn Rule>> = vec![Vec::new(); Role::COUNT];
    for rule in ALL {
        let on = std::iter::once(rule.meta())
            .chain(rule.also().iter().copied())
            .any(|m| !cx.sink.off(m));
        if on && rule.kinds().contains(&cx.kind) {
            by_role[rule.role() as usize].push(*rule);
        }
    }
    for v in visits {
        for rule in &by_role[v.spec.role as usize] {
            rule.check(v, cx);
        }
    }
}

/// Where a deployment runs, for the rules that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// On a node group (`group_id`).
    Group,
    /// On nodes (`node_ids`).
    Nodes,
    /// Not known: an update checked without `--current`.
    Unknown,
}

/// Where the deployment `obj` describes runs: a create body says it itself
/// (`obj` is its root or v2 `deployment` object); an update does not, so the
/// current deployment (`--current`, a GET response or the create body) does.
pub fn placement(cx: &Ctx<'_, '_, '_>, obj: &Node) -> Placement {
    let from = |n: &Node| {
        if targets_group(n) {
            Placement::Group
        } else {
            Placement::Nodes
        }
    };
    match cx.kind {
        Kind::IefV2Create | Kind::IefV3Create => from(obj),
        Kind::IefV2Update | Kind::IefV3Update => match cx.current {
            Some(c) => from(c.get("deployment").filter(|d| d.members().is_some()).unwrap_or(c)),
            None => Placement::Unknown,
        },
        Kind::CceReleaseUpdate => Placement::Unknown,
    }
}

/// Whether a create body (or v2 deployment object) deploys to a node group.
pub fn targets_group(n: &Node) -> bool {
    n.get("group_id").and_then(Node::as_str).is_some_and(|s| !s.is_empty())
}

/// Where the pod configs are, each path written once: in a v3 body under
/// `deployment.template.configs` (from the root), in a v2 create body under
/// `app` (from its `deployment` object). The v2/v3 rules about a configs
/// field follow these paths and point along them.
const V3_CONFIGS: &[&str] = &["deployment", "template", "configs"];
const V2_CONFIGS: &[&str] = &["app"];

/// The pod configs the visited object holds, for the kind checked, and the
/// pointer to their field `key`: `None` when the configs are absent.
pub fn pod_configs<'n>(cx: &Ctx<'_, '_, '_>, v: &Visit<'n>, key: &str) -> Option<(&'n Node, String)> {
    let path = if cx.kind.is_v2() { V2_CONFIGS } else { V3_CONFIGS };
    let configs = path.iter().try_fold(v.node, |n, k| n.get(k))?;
    let segs: Vec<Seg<'_>> = path.iter().copied().chain([key]).map(Seg::Key).collect();
    Some((configs, cx.ptr(v, &segs)))
}

/// The members of `node` present among `keys`, in the order of `keys`.
pub fn present<'n>(node: &'n Node, keys: &[&'static str]) -> Vec<(&'static str, &'n crate::syntax::Member)> {
    keys.iter()
        .filter_map(|k| {
            node.member(k)
                .filter(|m| !matches!(m.value.value, crate::syntax::Value::Null))
                .map(|m| (*k, m))
        })
        .collect()
}
