//! Recognising a body's kind from its shape ([`detect`]): by the keys each
//! kind's body is about ([`Kind::anchors`], which the recognition of request
//! bodies among other files, [`crate::recognise`], also requires) and the others it has.

use crate::kind::{Kind, APP, DEPLOYMENT};
use crate::syntax::Node;

/// What shape detection concluded.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detected {
    /// One kind.
    One(Kind),
    /// Several kinds fit equally.
    Ambiguous(Vec<Kind>),
    /// None fits.
    Unknown,
}

const V3_TOP: &[&str] = &["name", "node_ids", "group_id", "tags", "source"];
const V2_APP_PUT: &[&str] = &[
    "image_url",
    "envs",
    "volumes",
    "resources",
    "configs",
    "toleration_seconds",
    "migration",
    "command",
    "args",
    "liveness_probe",
    "readiness_probe",
];

/// Recognises the kind of a body from its shape.
///
/// v2 bodies wrap `deployment` with `app` (create) or with the flat appPut
/// fields (update); v3 create has a top-level `name` (or `node_ids`,
/// `group_id`, `tags`) and `deployment.template`; v3 update has
/// `deployment.template` and no `name`; a release update has `chart_id`,
/// `action`, `parameters` or `values`. A body holding only `description`
/// (or nothing) is a valid v2 and v3 update alike: ambiguous.
pub fn detect(root: &Node) -> Detected {
    let Some(_) = root.members() else {
        return Detected::Unknown;
    };
    let has = |k: &str| root.get(k).is_some();
    // A release's anchors (the keys recognition requires of one) and its other two fields.
    let release = Kind::CceReleaseUpdate.anchors().iter().chain(&["parameters", "values"]);
    if release.into_iter().any(|k| has(k)) && !has(DEPLOYMENT) {
        return Detected::One(Kind::CceReleaseUpdate);
    }
    // A flat v2 create (Table 3 read literally): name/node_ids with app.
    if has(APP) {
        return Detected::One(Kind::IefV2Create);
    }
    let top_v3 = V3_TOP.iter().any(|k| has(k));
    match root.get(DEPLOYMENT) {
        Some(d) if d.members().is_some() => {
            let dhas = |k: &str| d.get(k).is_some();
            if dhas(APP) || (dhas("name") && !dhas("template")) || dhas("node_ids") {
                return Detected::One(Kind::IefV2Create);
            }
            if dhas("template") || dhas("replicas") || dhas("annotations") {
                return Detected::One(if top_v3 { Kind::IefV3Create } else { Kind::IefV3Update });
            }
            if V2_APP_PUT.iter().any(|k| dhas(k)) {
                return Detected::One(Kind::IefV2Update);
            }
            if top_v3 {
                return Detected::One(Kind::IefV3Create);
            }
            // A v3 update needs deployment.template: without it only a v2 update is valid.
            Detected::One(Kind::IefV2Update)
        }
        Some(_) => {
            if top_v3 {
                Detected::One(Kind::IefV3Create)
            } else {
                Detected::Ambiguous(vec![Kind::IefV2Update, Kind::IefV3Update])
            }
        }
        None => {
            if top_v3 {
                return Detected::One(Kind::IefV3Create);
            }
            let only_known = root.members().unwrap_or(&[]).iter().all(|m| &*m.key == "description");
            if only_known {
                Detected::Ambiguous(vec![Kind::IefV2Update, Kind::IefV3Update])
            } else {
                Detected::Unknown
            }
        }
    }
}
