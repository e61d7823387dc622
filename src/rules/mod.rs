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
use crate::levels::Preset;
pub use crate::rule_meta::{Category, RuleMeta, Variant};
use crate::sink::Sink;
use crate::syntax::pointer::{push_seg, PathArena, Seg};
use crate::syntax::{Node, Span};
use once_cell::sync::Lazy;

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

/// The rules that check one kind, grouped by role (each group in [`ALL`]'s
/// order), each with its place in [`ALL`]: built once per kind, so a lint
/// sorts and allocates nothing to find the rules of a visit.
struct Table {
    /// `rules[start[r]..start[r + 1]]` are the rules of role `r`.
    start: [usize; Role::COUNT + 1],
    rules: Vec<(usize, &'static dyn Rule)>,
    /// The rules that can report when no level is configured, indexed by
    /// preset (`preset as usize`, [`Preset::ALL`]'s order): the usual case
    /// needs no look-up.
    by_preset: [u128; Preset::ALL.len()],
}

impl Table {
    fn new(kind: Kind) -> Table {
        let mut start = [0; Role::COUNT + 1];
        let mut rules: Vec<(usize, &'static dyn Rule)> = Vec::new();
        // Role by role, each in ALL's order (no sort: its code would grow the WASM module).
        for (r, first) in start.iter_mut().enumerate().take(Role::COUNT) {
            *first = rules.len();
            let of_role = ALL.iter().enumerate().filter(|(_, rule)| rule.role() as usize == r);
            rules.extend(
                of_role
                    .filter(|(_, rule)| rule.kinds().contains(&kind))
                    .map(|(i, rule)| (i, *rule)),
            );
        }
        start[Role::COUNT] = rules.len();
        let mut table = Table {
            start,
            rules,
            by_preset: [0; Preset::ALL.len()],
        };
        table.by_preset = Preset::ALL.map(|preset| table.on(|m| preset.turns_off(m.category)));
        table
    }

    /// The rules of the table that can report: some of their metas (their
    /// own and [`Rule::also`]'s) are not `off`.
    fn on(&self, off: impl Fn(&RuleMeta) -> bool) -> u128 {
        let mut on = 0u128;
        for &(i, rule) in &self.rules {
            let reports = std::iter::once(rule.meta())
                .chain(rule.also().iter().copied())
                .any(|m| !off(m));
            on |= u128::from(reports) << i;
        }
        on
    }

    fn of(kind: Kind) -> &'static Table {
        static TABLES: Lazy<[Table; Kind::ALL.len()]> = Lazy::new(|| Kind::ALL.map(Table::new));
        let i = Kind::ALL.iter().position(|k| *k == kind).unwrap_or_default();
        &TABLES[i]
    }

    fn role(&self, role: Role) -> &[(usize, &'static dyn Rule)] {
        let r = role as usize;
        self.rules.get(self.start[r]..self.start[r + 1]).unwrap_or_default()
    }
}

/// How many rules there are: their places in [`ALL`] index a `u128`.
const _: () = assert!(ALL.len() <= u128::BITS as usize);

/// Runs every applicable rule over the visited objects, in [`ALL`]'s order
/// within a role ([`Table`]). A rule whose findings would all be dropped
/// (`off`, or a best-practice rule under the API preset) is not run, so a
/// visit costs only the rules that can report.
pub(crate) fn run(cx: &mut Ctx<'_, '_, '_>, visits: &[Visit<'_>]) {
    let table = Table::of(cx.kind);
    let on = if cx.sink.levels.is_empty() {
        table.by_preset[cx.sink.preset as usize]
    } else {
        table.on(|m| cx.sink.off(m))
    };
    for v in visits {
        for &(i, rule) in table.role(v.spec.role) {
            if on >> i & 1 == 1 {
                rule.check(v, cx);
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levels::Level;

    /// Each kind's table holds exactly the rules that check it, a role's in
    /// [`ALL`]'s order, each under its own role and place.
    #[test]
    fn tables_group_each_kinds_rules_by_role_in_order() {
        for kind in Kind::ALL {
            let table = Table::of(kind);
            let mut seen = 0;
            for r in 0..Role::COUNT {
                let role = table.rules[table.start[r]..table.start[r + 1]].to_vec();
                let expected: Vec<usize> = (0..ALL.len())
                    .filter(|&i| ALL[i].role() as usize == r && ALL[i].kinds().contains(&kind))
                    .collect();
                assert_eq!(
                    role.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
                    expected,
                    "{kind:?}, role {r}"
                );
                seen += role.len();
            }
            assert_eq!(seen, table.rules.len(), "{kind:?}");
            assert!(!table.rules.is_empty(), "{kind:?}");
        }
    }

    /// The mask used when no level is configured is what the sink's levels
    /// say for each preset; a configured level is read from the sink.
    #[test]
    fn the_preset_masks_agree_with_the_sink() {
        for kind in Kind::ALL {
            let table = Table::of(kind);
            for (p, preset) in Preset::ALL.into_iter().enumerate() {
                assert_eq!(preset as usize, p, "Preset::ALL is in declaration order");
                let sink = Sink::new(Lang::En, &[], preset, 100);
                assert_eq!(table.by_preset[p], table.on(|m| sink.off(m)), "{kind:?} {preset:?}");
            }
            let advice = table
                .rules
                .iter()
                .any(|(_, r)| r.meta().category == Category::BestPractice && r.also().is_empty());
            assert_eq!(table.by_preset[0] != table.by_preset[1], advice, "{kind:?}");
            // Every rule off but one: only that one (and rules that may report it) can report.
            let (i, first) = table.rules[0];
            let levels: Vec<(String, Level)> = ALL
                .iter()
                .flat_map(|r| std::iter::once(r.meta()).chain(r.also().iter().copied()))
                .filter(|m| m.code != first.meta().code)
                .map(|m| (m.code.to_string(), Level::Off))
                .collect();
            let sink = Sink::new(Lang::En, &levels, Preset::Recommended, 100);
            let on = table.on(|m| sink.off(m));
            assert_eq!(on >> i & 1, 1, "{kind:?}");
            for (j, rule) in &table.rules {
                if *j != i && on >> j & 1 == 1 {
                    assert!(
                        rule.also().iter().any(|m| m.code == first.meta().code),
                        "{kind:?}: {}",
                        rule.meta().code
                    );
                }
            }
        }
    }
}
