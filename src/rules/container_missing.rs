//! What a container leaves out: the one detection behind the twin rules
//! `resource-limits-missing` / `resource-requests-missing` (a `resources`
//! set without `cpu` or `memory`) and `no-liveness-probe` /
//! `no-readiness-probe` (no probe). Each rule passes its key and words the
//! fact in its own file.

use super::*;

/// The kinds the twins check: a v2 update changes what it carries, so an
/// absent set or probe may stay as it is.
pub(super) const KINDS: &[Kind] = &[Kind::IefV2Create, Kind::IefV3Create, Kind::IefV3Update];

/// The quantities every container should state in each set.
const QUANTITIES: [&str; 2] = ["cpu", "memory"];

/// The container as the words name it: by its `name`, or `the container`.
pub(super) struct Container {
    en: String,
    zh: String,
}

impl Container {
    fn of(node: &Node) -> Self {
        match node.get("name").and_then(Node::as_str).unwrap_or_default() {
            "" => Container {
                en: "the container".into(),
                zh: "该容器".into(),
            },
            n => Container {
                en: format!("container `{n}`"),
                zh: format!("容器 `{n}` "),
            },
        }
    }

    /// `container `web`` / `容器 `web` ` (the Chinese ready to be followed by a verb).
    pub(super) fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// A container whose `resources.<set>` lacks some of `cpu` and `memory`.
pub(super) struct MissingQuantities {
    /// The container.
    pub container: Container,
    /// The quantities it lacks, in order.
    keys: Vec<&'static str>,
    /// `/.../resources/<set>`.
    pub pointer: String,
    /// The set, or `resources`, or the container: the innermost present.
    pub span: Span,
}

impl MissingQuantities {
    /// The lacking quantities as a list: `` `cpu` or `memory` `` / `` `cpu`、`memory` ``.
    pub(super) fn keys(&self, lang: Lang) -> String {
        let keys: Vec<String> = self.keys.iter().map(|k| format!("`{k}`")).collect();
        keys.join(match lang {
            Lang::En => " or ",
            Lang::Zh => "、",
        })
    }
}

/// The quantities the container `v` lacks in `resources.<set>` (`limits`
/// or `requests`), if any.
pub(super) fn missing_quantities(v: &Visit<'_>, cx: &Ctx<'_, '_, '_>, set: &'static str) -> Option<MissingQuantities> {
    let resources = v.node.get("resources").filter(|r| r.members().is_some());
    let given = resources.and_then(|r| r.get(set)).filter(|l| l.members().is_some());
    let keys: Vec<&str> = QUANTITIES
        .into_iter()
        .filter(|k| given.is_none_or(|l| present(l, &[k]).is_empty()))
        .collect();
    if keys.is_empty() {
        return None;
    }
    Some(MissingQuantities {
        container: Container::of(v.node),
        keys,
        pointer: cx.ptr(v, &[Seg::Key("resources"), Seg::Key(set)]),
        span: given.or(resources).unwrap_or(v.node).span.opening(),
    })
}

/// The container `v` without a probe `key` (`liveness_probe`,
/// `readiness_probe`), with the pointer to it; init containers, which run to
/// completion and take no probes, are not asked for one.
pub(super) fn missing_probe(v: &Visit<'_>, cx: &Ctx<'_, '_, '_>, key: &'static str) -> Option<(Container, String)> {
    if !present(v.node, &[key]).is_empty() {
        return None;
    }
    let p = cx.ptr(v, &[Seg::Key(key)]);
    if p.contains("/init_containers/") {
        return None;
    }
    Some((Container::of(v.node), p))
}
