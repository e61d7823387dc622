//! Cross-field rules: constraints between fields, one file per concern.
//!
//! After the spec walk, every visited object is offered to the rules whose
//! [`Rule::role`] matches its spec's role, for the kinds the rule names.
//! A rule reads the object, decides, and calls [`Ctx::emit`] with text it
//! writes itself in both languages (one function per rule file).

use crate::diagnostics::{Diagnostic, Fix, Lang, Severity};
use crate::kind::Kind;
use crate::registry::RuleMeta;
use crate::spec::walk::Visit;
use crate::spec::Role;
use crate::syntax::pointer::{push_seg, PathArena, Seg};
use crate::syntax::{Node, Span};

mod affinity_expression_values;
mod command_args_length;
mod container_name_unique;
mod dns_policy_host_network;
mod env_name_unique;
mod env_source_exclusive;
mod host_port_exclusive;
mod host_port_range_order;
mod migration_node_group;
mod node_placement;
mod platinum_feature;
mod probe_handler;
mod requests_within_limits;
mod restart_policy_immutable;
mod rollback_release_version;
mod toleration_node_group;
pub mod v2_create_wrapper;
mod value_from_exclusive;
mod volume_default_mode;
mod volume_read_only;
mod volume_source;

/// A cross-field rule.
pub trait Rule: Sync {
    /// Its documentation.
    fn meta(&self) -> &'static RuleMeta;
    /// The kinds it checks.
    fn kinds(&self) -> &'static [Kind];
    /// The objects it looks at.
    fn role(&self) -> Role;
    /// Checks one object.
    fn check(&self, obj: &Visit<'_>, cx: &mut Ctx<'_, '_>);
}

/// Every cross-field rule.
pub static ALL: &[&dyn Rule] = &[
    &affinity_expression_values::Rule,
    &command_args_length::Rule,
    &container_name_unique::Rule,
    &dns_policy_host_network::Rule,
    &env_name_unique::Rule,
    &env_source_exclusive::Rule,
    &host_port_exclusive::Rule,
    &host_port_range_order::Rule,
    &migration_node_group::RootRule,
    &migration_node_group::V2Rule,
    &node_placement::RootRule,
    &node_placement::V2Rule,
    &platinum_feature::Affinity,
    &platinum_feature::PortRange,
    &platinum_feature::Replicas,
    &probe_handler::Rule,
    &requests_within_limits::Rule,
    &restart_policy_immutable::Rule,
    &rollback_release_version::Rule,
    &toleration_node_group::RootRule,
    &toleration_node_group::V2Rule,
    &value_from_exclusive::Rule,
    &volume_default_mode::Rule,
    &volume_read_only::Rule,
    &volume_source::Rule,
];

/// IEF kinds.
pub const IEF: &[Kind] = &[
    Kind::IefV2Create,
    Kind::IefV2Update,
    Kind::IefV3Create,
    Kind::IefV3Update,
];
/// IEF v3 kinds.
pub const V3: &[Kind] = &[Kind::IefV3Create, Kind::IefV3Update];

/// What a rule can see and do.
pub struct Ctx<'w, 'a> {
    /// The kind being checked.
    pub kind: Kind,
    /// Message language.
    pub lang: Lang,
    /// The document root.
    pub root: &'a Node,
    /// The current deployment an update modifies, when given (`--current`).
    pub current: Option<&'w Node>,
    /// The IEF edition the body is for.
    pub edition: crate::Edition,
    pub(crate) paths: &'w PathArena<'a>,
    pub(crate) out: &'w mut Vec<Diagnostic>,
}

impl Ctx<'_, '_> {
    /// The pointer of `obj` followed by `segs`.
    pub fn ptr(&self, obj: &Visit<'_>, segs: &[Seg<'_>]) -> String {
        let mut p = self.paths.pointer(obj.loc);
        for s in segs {
            push_seg(&mut p, *s);
        }
        p
    }

    /// Emits a finding.
    #[allow(clippy::too_many_arguments)]
    pub fn emit(
        &mut self,
        meta: &'static RuleMeta,
        severity: Severity,
        pointer: String,
        span: Span,
        text: (String, String),
        fix: Option<Fix>,
    ) {
        if self.out.len() > crate::diagnostics::MAX_FINDINGS {
            return;
        }
        let (message, help) = text;
        let mut d = Diagnostic::new(meta.code, severity, pointer, span, message).with_fix(fix);
        if !help.is_empty() {
            d.help = Some(help);
        }
        self.out.push(d);
    }

    /// Picks the text for the report's language.
    pub fn tr(&self, en: String, zh: String) -> String {
        crate::diagnostics::tr(self.lang, en, zh)
    }
}

/// Runs every applicable rule over the visited objects.
pub(crate) fn run(cx: &mut Ctx<'_, '_>, visits: &[Visit<'_>]) {
    for v in visits {
        for rule in ALL {
            if rule.role() == v.spec.role && rule.kinds().contains(&cx.kind) {
                rule.check(v, cx);
            }
        }
    }
}

/// Whether a create body (or v2 deployment object) deploys to a node group.
pub fn targets_group(n: &Node) -> bool {
    n.get("group_id").and_then(Node::as_str).is_some_and(|s| !s.is_empty())
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
