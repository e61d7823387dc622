//! Field help for forms and editors: what a field is, from the specs.
//!
//! [`describe_field`] is a flat, serialisable view of [`crate::query::resolve`]:
//! the field's documentation (en, zh), JSON type, whether it is mandatory,
//! its bounds, pattern and allowed values, the rule its value constraints
//! carry and where the object is defined. Array indices in the pointer are
//! accepted (`/deployment/template/containers/0/name`), and so is a flat
//! IEF v2 create body (`/app/name` as well as `/deployment/app/name`).

use crate::kind::Kind;
use crate::query::{resolve, Resolved};
use serde::Serialize;

/// What the specs say about one field.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FieldInfo {
    /// The field's key.
    pub name: &'static str,
    /// The API object it belongs to (`ContainerDef`).
    pub object: &'static str,
    /// Documentation in English.
    pub doc_en: &'static str,
    /// Documentation in Chinese.
    pub doc_zh: &'static str,
    /// JSON Schema type name: string, integer, number, boolean, array, object.
    #[serde(rename = "type")]
    pub ty: &'static str,
    /// `yes`, `no`, or `disputed` (sources disagree).
    pub required: &'static str,
    /// Whether the page omits the field (another source models it).
    pub disputed: bool,
    /// Lower bound (numbers) or minimum length (strings) or items (arrays).
    pub min: Option<f64>,
    /// Upper bound / maximum length / items.
    pub max: Option<f64>,
    /// The pattern, if any.
    pub pattern: Option<&'static str>,
    /// Allowed values, if enumerated.
    pub values: Option<Vec<&'static str>>,
    /// The rule code of its value constraints.
    pub rule: Option<&'static str>,
    /// The page (short name, docs/sources.md) and table of the object.
    pub source: String,
}

impl From<Resolved> for FieldInfo {
    /// The view of a resolved field. For a pointer ending in an array index
    /// the type, bounds, pattern and values are the element's, and `object`
    /// is the element's object when the elements are objects.
    fn from(r: Resolved) -> Self {
        let object = match (r.indices, r.object_spec()) {
            (1.., Some(element)) => element.name,
            _ => r.object.name,
        };
        let doc = r.doc();
        FieldInfo {
            name: r.name(),
            object,
            doc_en: doc.en,
            doc_zh: doc.zh,
            ty: r.type_name(),
            required: r.required_name(),
            disputed: r.presence_dispute().is_some(),
            min: r.min(),
            max: r.max(),
            pattern: r.pattern().map(|p| p.regex),
            values: r.enum_spec().map(|e| e.values.to_vec()),
            rule: r.rule_code(),
            source: r.object.source.to_string(),
        }
    }
}

/// Describes the field at `pointer` in a body of `kind`, if the specs know it.
///
/// ```
/// use deploylint::{describe_field, Kind};
///
/// let f = describe_field(Kind::IefV3Create, "/deployment/template/containers/0/ports/0/host_port").expect("known");
/// assert_eq!((f.ty, f.min, f.max), ("integer", Some(1.0), Some(65535.0)));
/// assert_eq!(f.object, "HostContainerPortMapping");
/// assert!(describe_field(Kind::IefV3Create, "/deployment/nope").is_none());
/// // An array element: the element's type and bounds.
/// let node = describe_field(Kind::IefV3Create, "/node_ids/0").expect("known");
/// assert_eq!((node.name, node.ty, node.min), ("node_ids", "string", None));
/// ```
pub fn describe_field(kind: Kind, pointer: &str) -> Option<FieldInfo> {
    resolve(kind, pointer).map(FieldInfo::from)
}
