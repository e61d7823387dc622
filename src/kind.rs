//! The five request-body kinds, and recognising a document's kind from its shape.

use crate::api::{self, ObjectSpec};
use crate::registry::Doc;
use crate::syntax::Node;
use serde::Serialize;

/// A request body kind. Its name is the same everywhere: CLI, library, WASM, schemas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Kind {
    /// IEF v2 create app deployment.
    #[serde(rename = "ief-v2-create")]
    IefV2Create,
    /// IEF v2 update app deployment.
    #[serde(rename = "ief-v2-update")]
    IefV2Update,
    /// IEF v3 create deployment.
    #[serde(rename = "ief-v3-create")]
    IefV3Create,
    /// IEF v3 update deployment.
    #[serde(rename = "ief-v3-update")]
    IefV3Update,
    /// CCE Autopilot update chart release.
    #[serde(rename = "cce-release-update")]
    CceReleaseUpdate,
}

impl Kind {
    /// All kinds, in catalogue order.
    pub const ALL: [Kind; 5] = [
        Kind::IefV2Create,
        Kind::IefV2Update,
        Kind::IefV3Create,
        Kind::IefV3Update,
        Kind::CceReleaseUpdate,
    ];

    /// The kind's name: `ief-v3-create`, ...
    pub fn name(self) -> &'static str {
        match self {
            Kind::IefV2Create => "ief-v2-create",
            Kind::IefV2Update => "ief-v2-update",
            Kind::IefV3Create => "ief-v3-create",
            Kind::IefV3Update => "ief-v3-update",
            Kind::CceReleaseUpdate => "cce-release-update",
        }
    }

    /// Parses a kind name.
    pub fn from_name(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// A title for humans.
    pub fn title(self) -> &'static str {
        match self {
            Kind::IefV2Create => "IEF v2 · create app deployment",
            Kind::IefV2Update => "IEF v2 · update app deployment",
            Kind::IefV3Create => "IEF v3 · create deployment",
            Kind::IefV3Update => "IEF v3 · update deployment",
            Kind::CceReleaseUpdate => "CCE Autopilot · update chart release (upgrade / rollback)",
        }
    }

    /// The HTTP method and path the body is sent to.
    pub fn endpoint(self) -> &'static str {
        match self {
            Kind::IefV2Create => "POST /v2/{project_id}/edgemgr/deployments",
            Kind::IefV2Update => "PUT /v2/{project_id}/edgemgr/deployments/{deployment_id}",
            Kind::IefV3Create => "POST /v3/{project_id}/edgemgr/deployments",
            Kind::IefV3Update => "PUT /v3/{project_id}/edgemgr/deployments/{deployment_id}",
            Kind::CceReleaseUpdate => {
                "PUT /autopilot/cam/v3/clusters/{cluster_id}/namespace/{namespace}/releases/{name}"
            }
        }
    }

    /// The API page that specifies it (docs/sources.md).
    pub fn page(self) -> Doc {
        match self {
            Kind::IefV2Create => Doc::IefV2Create,
            Kind::IefV2Update => Doc::IefV2Update,
            Kind::IefV3Create => Doc::IefV3Create,
            Kind::IefV3Update => Doc::IefV3Update,
            Kind::CceReleaseUpdate => Doc::CceReleaseUpdate,
        }
    }

    /// The root object spec of the body.
    pub fn root(self) -> &'static ObjectSpec {
        match self {
            Kind::IefV2Create => &api::ief_v2::CREATE_BODY,
            Kind::IefV2Update => &api::ief_v2::UPDATE_BODY,
            Kind::IefV3Create => &api::ief_v3::CREATE_BODY,
            Kind::IefV3Update => &api::ief_v3::UPDATE_BODY,
            Kind::CceReleaseUpdate => &api::cce::UPDATE_BODY,
        }
    }

    /// The object spec `root` is walked against: the kind's root, except a
    /// flat v2 create body (its fields at the top level, not wrapped in
    /// `deployment`), which is walked as the wrapped `deployment` object
    /// (the `v2-create-wrapper` rule reports the flat form). The decision is
    /// the spec query API's ([`crate::query::body_object`]), so the walk,
    /// hovers and completion agree.
    pub fn spec_for(self, root: &Node) -> &'static ObjectSpec {
        crate::query::body_object(self, &crate::query::keys(root))
    }

    /// Whether this is one of the IEF v2 kinds.
    pub fn is_v2(self) -> bool {
        matches!(self, Kind::IefV2Create | Kind::IefV2Update)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What shape detection concluded.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    let release = crate::recognise::anchors(Kind::CceReleaseUpdate)
        .iter()
        .chain(&["parameters", "values"]);
    if release.into_iter().any(|k| has(k)) && !has("deployment") {
        return Detected::One(Kind::CceReleaseUpdate);
    }
    // A flat v2 create (Table 3 read literally): name/node_ids with app.
    if has("app") {
        return Detected::One(Kind::IefV2Create);
    }
    let top_v3 = V3_TOP.iter().any(|k| has(k));
    match root.get("deployment") {
        Some(d) if d.members().is_some() => {
            let dhas = |k: &str| d.get(k).is_some();
            if dhas("app") || (dhas("name") && !dhas("template")) || dhas("node_ids") {
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
