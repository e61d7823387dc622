//! What a policy applies to: a named target (`container`, `env`, ...), the
//! same in every kind where it exists, or a JSON Pointer whose segments may
//! be `*` (every key or index). Named targets are found the way the
//! cross-field rules find their objects: by the [`Role`] of the objects the
//! spec walk visited, so the paths live in one place (src/api).

use crate::api::walk::Visit;
use crate::api::Role;
use crate::kind::Kind;
use crate::kind::{IEF, V3};
use crate::syntax::pointer::{is_index, push_seg, segments, Loc, PathArena, Seg};
use crate::syntax::Node;

/// A named target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The whole request body.
    Body,
    /// The `deployment` object of an IEF body.
    Deployment,
    /// A container's configs (v2 `configs`, v3 `PodConfigs`).
    PodConfigs,
    /// Every container: app and init containers.
    Container,
    /// Every init container (v3).
    InitContainer,
    /// Every volume.
    Volume,
    /// Every port mapping.
    Port,
    /// Every environment variable.
    Env,
    /// Every probe (liveness and readiness).
    Probe,
    /// Every tag of a v3 create body.
    Tag,
    /// The `values` of a CCE release update (the chart's values).
    ReleaseValues,
}

const ALL_KINDS: &[Kind] = &Kind::ALL;
const CCE: &[Kind] = &[Kind::CceReleaseUpdate];
const V3_CREATE: &[Kind] = &[Kind::IefV3Create];

impl Target {
    /// Every target.
    pub const ALL: [Target; 11] = [
        Target::Body,
        Target::Deployment,
        Target::PodConfigs,
        Target::Container,
        Target::InitContainer,
        Target::Volume,
        Target::Port,
        Target::Env,
        Target::Probe,
        Target::Tag,
        Target::ReleaseValues,
    ];

    /// Its name in `deploylint.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Target::Body => "body",
            Target::Deployment => "deployment",
            Target::PodConfigs => "pod-configs",
            Target::Container => "container",
            Target::InitContainer => "init-container",
            Target::Volume => "volume",
            Target::Port => "port",
            Target::Env => "env",
            Target::Probe => "probe",
            Target::Tag => "tag",
            Target::ReleaseValues => "release-values",
        }
    }

    /// The target called `name`.
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The kinds it exists in.
    pub fn kinds(self) -> &'static [Kind] {
        match self {
            Target::Body => ALL_KINDS,
            Target::ReleaseValues => CCE,
            Target::InitContainer => V3,
            Target::Tag => V3_CREATE,
            _ => IEF,
        }
    }

    /// The role of the visited objects it is, for the targets found by role.
    fn role(self) -> Option<Role> {
        match self {
            Target::PodConfigs => Some(Role::PodConfigs),
            Target::Container | Target::InitContainer => Some(Role::Container),
            Target::Volume => Some(Role::Volume),
            Target::Port => Some(Role::PortMapping),
            Target::Env => Some(Role::Env),
            Target::Probe => Some(Role::Probe),
            _ => None,
        }
    }
}

/// What a policy selects: a target, or a pointer with `*` segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Select {
    /// A named target.
    Target(Target),
    /// RFC 6901 segments (unescaped), `*` matching every key or index.
    Pointer(Vec<String>),
}

impl Select {
    /// The pointer `p` as a selector, or `None` when it is not a JSON Pointer.
    pub fn pointer(p: &str) -> Option<Select> {
        Some(Select::Pointer(
            segments(p)?.into_iter().map(|s| s.into_owned()).collect(),
        ))
    }

    /// The kinds it may apply to.
    pub fn kinds(&self) -> &'static [Kind] {
        match self {
            Select::Target(t) => t.kinds(),
            Select::Pointer(_) => ALL_KINDS,
        }
    }
}

/// Where an instance is: its pointer, or the walk's location of it (its
/// pointer is then built only for a finding, as the walk's own are).
pub(crate) enum At {
    /// The pointer.
    Pointer(String),
    /// A location in the walk's arena.
    Loc(Loc),
}

impl At {
    /// The pointer.
    pub(crate) fn pointer(&self, paths: &PathArena<'_>) -> String {
        match self {
            At::Pointer(p) => p.clone(),
            At::Loc(l) => paths.pointer(*l),
        }
    }
}

/// The instances `select` picks in a body, in document order, with where they are.
pub(crate) fn instances<'a>(
    select: &Select,
    root: &'a Node,
    visits: &[Visit<'a>],
    paths: &PathArena<'a>,
) -> Vec<(At, &'a Node)> {
    let pointers = |found: Vec<(String, &'a Node)>| found.into_iter().map(|(p, n)| (At::Pointer(p), n)).collect();
    match select {
        Select::Pointer(segs) => {
            let mut out = Vec::new();
            expand(root, segs, &mut String::new(), &mut out);
            pointers(out)
        }
        Select::Target(Target::Body) => vec![(At::Pointer(String::new()), root)],
        Select::Target(Target::Deployment) => pointers(member(root, "deployment")),
        Select::Target(Target::ReleaseValues) => pointers(member(root, "values")),
        Select::Target(Target::Tag) => {
            let mut out = Vec::new();
            expand(root, &["tags".into(), "*".into()], &mut String::new(), &mut out);
            pointers(out)
        }
        Select::Target(t) => {
            let Some(role) = t.role() else {
                return Vec::new();
            };
            visits
                .iter()
                .filter(|v| v.spec.role == role)
                .filter(|v| *t != Target::InitContainer || paths.pointer(v.loc).contains("/init_containers/"))
                .map(|v| (At::Loc(v.loc), v.node))
                .collect()
        }
    }
}

/// The object member `key` of `root`, when it is an object.
fn member<'a>(root: &'a Node, key: &str) -> Vec<(String, &'a Node)> {
    root.get(key)
        .filter(|n| n.members().is_some())
        .map(|n| (format!("/{key}"), n))
        .into_iter()
        .collect()
}

/// Follows `segs` from `node` (whose pointer is `at`), `*` branching.
fn expand<'a>(node: &'a Node, segs: &[String], at: &mut String, out: &mut Vec<(String, &'a Node)>) {
    let Some((first, rest)) = segs.split_first() else {
        out.push((at.clone(), node));
        return;
    };
    let len = at.len();
    if first == "*" {
        if let Some(members) = node.members() {
            for m in members {
                push_seg(at, Seg::Key(&m.key));
                expand(&m.value, rest, at, out);
                at.truncate(len);
            }
        } else if let Some(items) = node.elements() {
            for (i, item) in items.iter().enumerate() {
                push_seg(at, Seg::Index(i));
                expand(item, rest, at, out);
                at.truncate(len);
            }
        }
        return;
    }
    let next = match node.elements() {
        Some(items) if is_index(first) => first.parse::<usize>().ok().and_then(|i| items.get(i)),
        Some(_) => None,
        None => node.get(first),
    };
    if let Some(next) = next {
        push_seg(at, Seg::Key(first));
        expand(next, rest, at, out);
        at.truncate(len);
    }
}
