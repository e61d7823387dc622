//! Field help for forms and editors: what a field is, from the specs.
//!
//! [`describe_field`] follows a JSON Pointer through a kind's object specs
//! and returns the field's documentation (en, zh), JSON type, whether it is
//! mandatory, its bounds, pattern and allowed values, the rule its value
//! constraints carry and the seed table the object comes from. Array indices
//! in the pointer are accepted (`/deployment/template/containers/0/name`).

use crate::kind::Kind;
use crate::spec::{FieldSpec, ObjectSpec, Required, Ty};
use serde::Serialize;

/// What the specs say about one field.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    /// The seed file and table of the object.
    pub source: String,
}

fn info(obj: &'static ObjectSpec, f: &'static FieldSpec) -> FieldInfo {
    let mut out = FieldInfo {
        name: f.name,
        object: obj.name,
        doc_en: f.doc.en,
        doc_zh: f.doc.zh,
        ty: "",
        required: match f.required {
            Required::Yes => "yes",
            Required::No => "no",
            Required::Disputed(_) => "disputed",
        },
        disputed: matches!(f.presence, crate::spec::Presence::Disputed(_)),
        min: None,
        max: None,
        pattern: None,
        values: None,
        rule: f.rule.map(|r| r.code),
        source: obj.source.to_string(),
    };
    match &f.ty {
        Ty::Str(s) => {
            out.ty = "string";
            out.min = s.min_len.map(|x| x as f64);
            out.max = s.max_len.map(|x| x as f64);
            out.pattern = s.pattern.map(|p| p.regex);
            out.values = s.values.map(|e| e.values.to_vec());
        }
        Ty::Int(i) => {
            out.ty = "integer";
            out.min = i.min.map(|x| x as f64);
            out.max = i.max.map(|x| x as f64);
        }
        Ty::Num(n) | Ty::NumStr(n) => {
            out.ty = if matches!(f.ty, Ty::Num(_)) { "number" } else { "string" };
            out.min = Some(n.min);
            out.max = Some(n.max);
        }
        Ty::Bool => out.ty = "boolean",
        Ty::Array(a) => {
            out.ty = "array";
            out.min = a.min_items.map(|x| x as f64);
            out.max = a.max_items.map(|x| x as f64);
        }
        Ty::Object(_) | Ty::StrMap => out.ty = "object",
        Ty::Any => out.ty = "any",
    }
    out
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
/// ```
pub fn describe_field(kind: Kind, pointer: &str) -> Option<FieldInfo> {
    let mut obj = kind.root();
    let mut field: Option<&'static FieldSpec> = None;
    let mut ty: Option<&'static Ty> = None;
    let segs = pointer
        .strip_prefix('/')?
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"));
    for seg in segs {
        // Step through arrays on numeric segments.
        if let Some(Ty::Array(a)) = ty {
            if seg.parse::<usize>().is_ok() {
                ty = Some(&a.items);
                continue;
            }
            return None;
        }
        if let Some(Ty::Object(o)) = ty {
            obj = o;
        } else if ty.is_some() {
            return None;
        }
        let f = obj.field(&seg)?;
        field = Some(f);
        ty = Some(&f.ty);
    }
    let f = field?;
    let mut d = info(obj, f);
    // A pointer ending in an array index describes the element.
    if let (Some(Ty::Array(a)), Some(t)) = (Some(&f.ty), ty) {
        if !std::ptr::eq(&f.ty, t) {
            if let Ty::Object(o) = &a.items {
                d.object = o.name;
                d.ty = "object";
            }
        }
    }
    Some(d)
}
