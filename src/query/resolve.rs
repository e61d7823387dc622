//! What the specs say about a pointer: [`resolve`], [`object_at`] and
//! [`allowed_fields`].
//!
//! A pointer is followed through a kind's object specs: a key steps into
//! the field of that name, an array index (`0`, `12`) steps into the
//! array's items. The descent is written here once; [`crate::describe_field`]
//! and the WebAssembly package are views of its result.
//!
//! An IEF v2 create body may also be written flat: the fields of
//! `deployment` at the top level, without the wrapper (IEF v2
//! CreateAppDeployment, table 3 read literally; the linter accepts it with
//! the `v2-create-wrapper` warning). [`resolve`] accepts both spellings:
//! `/deployment/app/name` and `/app/name` name the same field.

use crate::api::{
    self, ArraySpec, Dispute, EnumSpec, FieldSpec, IntSpec, NumSpec, ObjectSpec, Pattern, Presence, Required, StrSpec,
    Ty,
};
use crate::diagnostics::Msg;
use crate::kind::Kind;
use crate::rule_meta::RuleMeta;
use crate::syntax::pointer::{is_index, segments};
use crate::syntax::Node;

/// A field of the specs, found by [`resolve`].
///
/// The typed references lead to everything the specs know; the methods
/// answer the common questions. For a pointer that ends in array indices
/// (`/deployment/node_ids/0`), `field` is the array's field and `ty` the
/// element's type: the type, bounds, pattern and values are the element's,
/// while the documentation, mandatory flag and rule are the field's.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Resolved {
    /// The field the last key of the pointer names.
    pub field: &'static FieldSpec,
    /// The object that declares `field`.
    pub object: &'static ObjectSpec,
    /// The type of the value at the pointer: `field.ty`, or after trailing
    /// array indices the element type.
    pub ty: &'static Ty,
    /// How many array indices follow the field in the pointer (0: the
    /// pointer names the field itself).
    pub indices: usize,
}

impl Resolved {
    /// The field `field` of `object` itself (no array index).
    pub const fn of(object: &'static ObjectSpec, field: &'static FieldSpec) -> Self {
        Resolved {
            field,
            object,
            ty: &field.ty,
            indices: 0,
        }
    }

    /// The field's JSON key.
    pub fn name(&self) -> &'static str {
        self.field.name
    }

    /// The JSON Schema type name of the value: `string`, `integer`,
    /// `number`, `boolean`, `array`, `object`, or `any` (passed through
    /// unchecked). A quantity written as a decimal string is a `string`.
    ///
    /// ```
    /// use deploylint::{query::resolve, Kind};
    ///
    /// let r = |p| resolve(Kind::IefV3Create, p).unwrap().type_name();
    /// assert_eq!(r("/node_ids"), "array");
    /// assert_eq!(r("/node_ids/0"), "string");
    /// assert_eq!(r("/deployment/template/containers/0"), "object");
    /// ```
    pub fn type_name(&self) -> &'static str {
        match self.ty {
            Ty::Str(_) | Ty::NumStr(_) => "string",
            Ty::Int(_) => "integer",
            Ty::Num(_) => "number",
            Ty::Bool => "boolean",
            Ty::Array(_) => "array",
            Ty::Object(_) | Ty::StrMap => "object",
            Ty::Any => "any",
        }
    }

    /// The string constraints, if the value is a string.
    pub fn str_spec(&self) -> Option<&'static StrSpec> {
        match self.ty {
            Ty::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The integer bounds, if the value is an integer.
    pub fn int_spec(&self) -> Option<&'static IntSpec> {
        match self.ty {
            Ty::Int(i) => Some(i),
            _ => None,
        }
    }

    /// The quantity bounds, if the value is a quantity (a JSON number, or a
    /// decimal string without unit).
    pub fn num_spec(&self) -> Option<&'static NumSpec> {
        match self.ty {
            Ty::Num(n) | Ty::NumStr(n) => Some(n),
            _ => None,
        }
    }

    /// The array constraints (items and their type), if the value is an array.
    pub fn array_spec(&self) -> Option<&'static ArraySpec> {
        match self.ty {
            Ty::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The object spec of the value, if it is an object with known fields.
    pub fn object_spec(&self) -> Option<&'static ObjectSpec> {
        match self.ty {
            Ty::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The lower bound of the value: the minimum length of a string, the
    /// smallest integer or quantity, or the fewest items of an array.
    ///
    /// ```
    /// use deploylint::{query::resolve, Kind};
    ///
    /// let port = resolve(Kind::IefV3Create, "/deployment/template/containers/0/ports/0/host_port").unwrap();
    /// assert_eq!((port.min(), port.max()), (Some(1.0), Some(65535.0)));
    /// let nodes = resolve(Kind::IefV3Create, "/node_ids").unwrap();
    /// assert_eq!((nodes.min(), nodes.max()), (Some(1.0), Some(1.0)));
    /// ```
    pub fn min(&self) -> Option<f64> {
        self.ty.range().min
    }

    /// The upper bound of the value: the maximum length of a string, the
    /// largest integer or quantity, or the most items of an array.
    pub fn max(&self) -> Option<f64> {
        self.ty.range().max
    }

    /// The pattern a string value must match (its `regex` is anchored and
    /// ECMA-262 compatible; `desc` says what it allows).
    ///
    /// ```
    /// use deploylint::{query::resolve, Kind};
    ///
    /// let name = resolve(Kind::IefV3Create, "/name").unwrap();
    /// let pattern = name.pattern().unwrap();
    /// assert!(pattern.is_match("web-1") && !pattern.is_match("Web"));
    /// ```
    pub fn pattern(&self) -> Option<&'static Pattern> {
        self.str_spec().and_then(|s| s.pattern)
    }

    /// The enumeration of a string value, if its values are enumerated.
    pub fn enum_spec(&self) -> Option<&'static EnumSpec> {
        self.str_spec().and_then(|s| s.values)
    }

    /// The values the page allows (empty when not enumerated).
    pub fn values(&self) -> &'static [&'static str] {
        self.enum_spec().map_or(&[], |e| e.values)
    }

    /// Values another Huawei source allows and the page does not: accepted
    /// with a `disputed-value` warning. Each comes with the dispute.
    ///
    /// ```
    /// use deploylint::{query::resolve, Kind};
    ///
    /// let policy = resolve(Kind::IefV2Create, "/deployment/app/configs/restart_policy").unwrap();
    /// assert_eq!(policy.values(), ["Always", "Onfailure", "Never"]);
    /// let disputed: Vec<_> = policy.disputed_values().iter().map(|(v, _)| *v).collect();
    /// assert_eq!(disputed, ["OnFailure"]);
    /// ```
    pub fn disputed_values(&self) -> &'static [(&'static str, &'static Dispute)] {
        self.enum_spec().map_or(&[], |e| e.disputed)
    }

    /// The field's documentation in English and Chinese.
    pub fn doc(&self) -> Msg {
        self.field.doc()
    }

    /// Whether the field is mandatory: yes, no, or disputed (the sources
    /// disagree; missing is then a warning).
    pub fn required(&self) -> Required {
        self.field.required
    }

    /// [`Resolved::required`] as a word: `yes`, `no` or `disputed`.
    ///
    /// ```
    /// use deploylint::{query::resolve, Kind};
    ///
    /// assert_eq!(resolve(Kind::IefV3Update, "/deployment/replicas").unwrap().required_name(), "disputed");
    /// assert_eq!(resolve(Kind::IefV3Update, "/deployment/template").unwrap().required_name(), "yes");
    /// assert_eq!(resolve(Kind::IefV3Update, "/description").unwrap().required_name(), "no");
    /// ```
    pub fn required_name(&self) -> &'static str {
        match self.field.required {
            Required::Yes => "yes",
            Required::No => "no",
            Required::Disputed(_) => "disputed",
        }
    }

    /// The dispute when the kind's own page omits the field and another
    /// Huawei source models it (using it is then a warning).
    ///
    /// ```
    /// use deploylint::{query::resolve, Kind};
    ///
    /// assert!(resolve(Kind::IefV2Create, "/deployment/app/arch").unwrap().presence_dispute().is_some());
    /// assert!(resolve(Kind::IefV2Create, "/deployment/app/name").unwrap().presence_dispute().is_none());
    /// ```
    pub fn presence_dispute(&self) -> Option<&'static Dispute> {
        match self.field.presence {
            Presence::Documented => None,
            Presence::Disputed(d) => Some(d),
        }
    }

    /// The rule whose code the field's value-constraint violations carry.
    pub fn rule(&self) -> Option<&'static RuleMeta> {
        self.field.rule
    }

    /// [`Resolved::rule`]'s code.
    pub fn rule_code(&self) -> Option<&'static str> {
        self.field.rule.map(|r| r.code)
    }
}

/// The object spec a body's top level is checked against, from the keys
/// present there: the kind's root, except for an IEF v2 create body
/// written flat (no `deployment`, an `app`), whose top level is the
/// `deployment` object itself.
///
/// ```
/// use deploylint::{query::body_object, Kind};
///
/// assert_eq!(body_object(Kind::IefV2Create, &["deployment"]).name, "CreateAppDeployment");
/// assert_eq!(body_object(Kind::IefV2Create, &["name", "app"]).name, "deployment");
/// assert_eq!(body_object(Kind::IefV3Create, &["app"]).name, "CreateDeployment");
/// ```
pub fn body_object(kind: Kind, present: &[&str]) -> &'static ObjectSpec {
    match flat_root(kind) {
        Some(flat) if present.contains(&"app") && !present.contains(&"deployment") => flat,
        _ => kind.root(),
    }
}

/// The object a flat body of `kind` is at its top level, if it may be flat.
fn flat_root(kind: Kind) -> Option<&'static ObjectSpec> {
    match kind {
        Kind::IefV2Create => Some(&api::ief_v2::DEPLOYMENT),
        _ => None,
    }
}

/// The keys of an object node in source order (duplicates kept; empty for
/// anything else): the `present` argument of [`allowed_fields`].
pub fn keys(node: &Node) -> Vec<&str> {
    node.members().unwrap_or_default().iter().map(|m| &*m.key).collect()
}

/// What the specs say about the field at `pointer` in a body of `kind`, or
/// `None` when the pointer is not a JSON Pointer, is the root (`""`), or
/// leaves the specs: an unknown key, a key below a scalar, a non-index
/// below an array, or anything below a free-form map (`matchLabels`,
/// helm `values`).
///
/// ```
/// use deploylint::{query::resolve, Kind};
///
/// let image = resolve(Kind::IefV3Create, "/deployment/template/containers/0/image_url").unwrap();
/// assert_eq!((image.object.name, image.name(), image.required_name()), ("ContainerDef", "image_url", "yes"));
///
/// // A flat IEF v2 create body: with or without the `deployment` wrapper.
/// let wrapped = resolve(Kind::IefV2Create, "/deployment/app/image_url").unwrap();
/// let flat = resolve(Kind::IefV2Create, "/app/image_url").unwrap();
/// assert!(std::ptr::eq(wrapped.field, flat.field));
///
/// assert!(resolve(Kind::IefV3Create, "/deployment/nope").is_none());
/// assert!(resolve(Kind::IefV3Create, "/name/0").is_none());
/// ```
pub fn resolve(kind: Kind, pointer: &str) -> Option<Resolved> {
    let segs = segments(pointer)?;
    let first = segs.first()?;
    let mut object = match flat_root(kind) {
        Some(flat) if kind.root().field(first).is_none() => flat,
        _ => kind.root(),
    };
    let mut found: Option<Resolved> = None;
    for seg in &segs {
        if let Some(r) = found {
            match r.ty {
                Ty::Array(a) if is_index(seg) => {
                    found = Some(Resolved {
                        ty: &a.items,
                        indices: r.indices + 1,
                        ..r
                    });
                    continue;
                }
                Ty::Object(o) => object = o,
                _ => return None,
            }
        }
        found = Some(Resolved::of(object, object.field(seg)?));
    }
    found
}

/// The object spec of the object at `pointer` in a body of `kind`: the
/// body's top level for `""` (see [`body_object`]: `present` holds the
/// keys there), else the object type of the resolved field or array
/// element. `None` when the value at `pointer` is not an object with known
/// fields.
///
/// ```
/// use deploylint::{query::object_at, Kind};
///
/// let container = object_at(Kind::IefV3Create, "/deployment/template/containers/0", &[]).unwrap();
/// assert_eq!(container.name, "ContainerDef");
/// assert_eq!(object_at(Kind::IefV2Create, "", &["app"]).unwrap().name, "deployment");
/// assert!(object_at(Kind::IefV3Create, "/deployment/template/containers", &[]).is_none());
/// ```
pub fn object_at(kind: Kind, pointer: &str, present: &[&str]) -> Option<&'static ObjectSpec> {
    if pointer.is_empty() {
        return Some(body_object(kind, present));
    }
    resolve(kind, pointer)?.object_spec()
}

/// The fields that may still be added to the object at `pointer` (see
/// [`object_at`]): its fields whose keys are not in `present`, the keys the
/// object already has. Empty when the pointer is not an object with known
/// fields.
///
/// Order: mandatory fields first, then those whose mandatory flag is
/// disputed, then optional ones; within each group the fields the kind's
/// page documents come before those only another source models, and
/// otherwise the order is the spec's (the page's table order).
///
/// ```
/// use deploylint::{query::allowed_fields, Kind};
///
/// let names = |present: &[&str]| -> Vec<&str> {
///     allowed_fields(Kind::IefV3Update, "/deployment", present).iter().map(|f| f.name).collect()
/// };
/// assert_eq!(names(&[]), ["template", "replicas"]);
/// assert_eq!(names(&["template"]), ["replicas"]);
/// ```
pub fn allowed_fields(kind: Kind, pointer: &str, present: &[&str]) -> Vec<&'static FieldSpec> {
    let Some(object) = object_at(kind, pointer, present) else {
        return Vec::new();
    };
    let mut out: Vec<&'static FieldSpec> = object.fields.iter().filter(|f| !present.contains(&f.name)).collect();
    out.sort_by_key(|f| {
        let required = match f.required {
            Required::Yes => 0,
            Required::Disputed(_) => 1,
            Required::No => 2,
        };
        (required, matches!(f.presence, Presence::Disputed(_)))
    });
    out
}
