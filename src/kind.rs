//! The five request-body kinds: names, titles, endpoints, pages and root
//! object specs. Recognising a document's kind from its shape is
//! [`crate::detect`].

use crate::api::{self, ObjectSpec};
use crate::rule_meta::Doc;
use serde::Serialize;

/// A request body kind. Its name is the same everywhere: CLI, library, WASM, schemas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// IEF v2 create app deployment.
    IefV2Create,
    /// IEF v2 update app deployment.
    IefV2Update,
    /// IEF v3 create deployment.
    IefV3Create,
    /// IEF v3 update deployment.
    IefV3Update,
    /// CCE Autopilot update chart release.
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

    /// The keys a body of this kind is about, one of which it has at its
    /// top level: a document without any is not taken for a body from its
    /// shape alone (`src/recognise.rs`), and [`detect`](crate::detect()) tells the kinds
    /// apart by them.
    pub fn anchors(self) -> &'static [&'static str] {
        match self {
            Kind::CceReleaseUpdate => &[CHART_ID, ACTION],
            Kind::IefV2Create => &[DEPLOYMENT, APP],
            _ => &[DEPLOYMENT],
        }
    }

    /// Whether this is one of the IEF v2 kinds.
    pub fn is_v2(self) -> bool {
        matches!(self, Kind::IefV2Create | Kind::IefV2Update)
    }
}

/// Serialised as its name ([`Kind::name`]), the one place it is written.
impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// IEF kinds.
pub(crate) const IEF: &[Kind] = &[
    Kind::IefV2Create,
    Kind::IefV2Update,
    Kind::IefV3Create,
    Kind::IefV3Update,
];
/// IEF v3 kinds.
pub(crate) const V3: &[Kind] = &[Kind::IefV3Create, Kind::IefV3Update];

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The body anchors ([`Kind::anchors`]): an IEF body's `deployment`, a v2
/// create's `app`, a release update's `chart_id` and `action`.
pub(crate) const DEPLOYMENT: &str = "deployment";
pub(crate) const APP: &str = "app";
const CHART_ID: &str = "chart_id";
const ACTION: &str = "action";
