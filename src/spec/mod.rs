//! The declarative description of every request body: the one source of truth.
//!
//! Each API object of each page is an [`ObjectSpec`]: its fields with
//! their JSON type, whether they are mandatory, bounds, patterns, enums and
//! documentation in English and Chinese, and the page table they come from
//! (docs/sources.md).
//! The same data drives the validator ([`walk`]), the generated JSON Schemas
//! ([`crate::generate::schema`]), the rule catalogue and editor help
//! ([`crate::describe_field`]). Nothing about a field is written twice.
//!
//! Where Huawei's sources disagree, the spec says so with a [`Dispute`]: the
//! walk then reports a warning naming both sources instead of an error.
//!
//! ```
//! use deploylint::Kind;
//!
//! // The documentation and bounds of a field, as an editor or form would show them.
//! let container = deploylint::spec::ief_v3::CONTAINER_CREATE.field("run_as_user").expect("field");
//! assert!(container.doc.zh.contains("0~65534"));
//! assert_eq!(container.rule.map(|r| r.code), Some("run-as-user"));
//! let objects = deploylint::spec::objects(Kind::IefV3Create.root());
//! assert!(objects.iter().any(|o| o.name == "HostPortRange"));
//! ```

pub mod cce;
pub mod common;
pub mod ief_v2;
pub mod ief_v3;
pub(crate) mod walk;

use crate::diagnostics::Msg;
use crate::registry::{RuleMeta, Source};
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;

/// An API object: a JSON object with known fields.
#[derive(Debug)]
pub struct ObjectSpec {
    /// The object's name on its page (`ContainerDef`, `PodConfigs`, ...).
    pub name: &'static str,
    /// What the object is.
    pub doc: Msg,
    /// The page and table that define it.
    pub source: Source,
    /// Its fields.
    pub fields: &'static [FieldSpec],
    /// Whether keys outside `fields` are rejected.
    pub closed: bool,
    /// Which cross-field rules look at it.
    pub role: Role,
}

impl ObjectSpec {
    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static FieldSpec> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The index of the field called `name` in [`ObjectSpec::fields`].
    pub fn position(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }
}

/// What an object is for the cross-field rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// No cross-field rule looks at it.
    Plain,
    /// The request body root.
    Root,
    /// A v2 `deployment` (create) object with `node_ids`, `group_id`, `app`.
    V2Deployment,
    /// A container: v2 `app`/appPut or a v3 `ContainerDef`.
    Container,
    /// A v2 `configs` object or a v3 `PodConfigs`.
    PodConfigs,
    /// An `Env`.
    Env,
    /// A `ValueFrom`.
    ValueFrom,
    /// A probe.
    Probe,
    /// A port mapping.
    PortMapping,
    /// A `HostPortRange`.
    HostPortRange,
    /// A volume.
    Volume,
    /// `resources` with `limits` and `requests`.
    Resources,
    /// A v3 `PodRequest` (template).
    PodTemplate,
    /// An affinity `MatchExpression`.
    MatchExpression,
    /// A CCE release `parameters`/body.
    Release,
}

/// Whether a field must be present.
#[derive(Clone, Copy, Debug)]
pub enum Required {
    /// Optional.
    No,
    /// Mandatory on the kind's own page: missing is an error.
    Yes,
    /// Sources disagree: missing is a warning naming both.
    Disputed(&'static Dispute),
}

/// Whether a field is on the kind's own page.
#[derive(Clone, Copy, Debug)]
pub enum Presence {
    /// The page documents it.
    Documented,
    /// The page omits it but another Huawei source models it: a warning.
    Disputed(&'static Dispute),
}

/// Two Huawei sources that contradict each other, named for the message.
#[derive(Debug)]
pub struct Dispute {
    /// The contradiction, naming both sources.
    pub note: Msg,
}

/// One field of an object.
#[derive(Debug)]
pub struct FieldSpec {
    /// The JSON key.
    pub name: &'static str,
    /// Its type and value constraints.
    pub ty: Ty,
    /// Mandatory or not.
    pub required: Required,
    /// On the page, or only in other sources.
    pub presence: Presence,
    /// The documented meaning, from its page (en, zh).
    pub doc: Msg,
    /// The rule whose code value-constraint violations carry.
    pub rule: Option<&'static RuleMeta>,
}

/// The type of a field's value, with its constraints.
#[derive(Debug)]
pub enum Ty {
    /// A string.
    Str(StrSpec),
    /// A JSON integer.
    Int(IntSpec),
    /// A quantity written as a JSON number (v2 resources).
    Num(NumSpec),
    /// A quantity written as a decimal string without unit (v3 resources).
    NumStr(NumSpec),
    /// `true`/`false`.
    Bool,
    /// An array.
    Array(&'static ArraySpec),
    /// A nested object.
    Object(&'static ObjectSpec),
    /// A map of string keys to string values (`matchLabels`).
    StrMap,
    /// Anything: the API passes it through (helm `values` beyond its keys).
    Any,
}

/// String constraints.
#[derive(Debug, Default)]
pub struct StrSpec {
    /// Minimum length in characters.
    pub min_len: Option<usize>,
    /// Maximum length in characters.
    pub max_len: Option<usize>,
    /// A pattern the whole string must match.
    pub pattern: Option<&'static Pattern>,
    /// Allowed values.
    pub values: Option<&'static EnumSpec>,
    /// Characters the string must not contain.
    pub forbidden: Option<&'static str>,
}

impl StrSpec {
    /// No constraint.
    pub const ANY: StrSpec = StrSpec {
        min_len: None,
        max_len: None,
        pattern: None,
        values: None,
        forbidden: None,
    };
}

/// Integer bounds, inclusive.
#[derive(Debug)]
pub struct IntSpec {
    /// Smallest allowed value.
    pub min: Option<i64>,
    /// Largest allowed value.
    pub max: Option<i64>,
}

/// Decimal quantity bounds, inclusive.
#[derive(Debug)]
pub struct NumSpec {
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Whether only whole numbers are allowed.
    pub integer: bool,
    /// What the quantity measures (for messages): "CPU cores", "MB".
    pub unit: Msg,
}

/// Array constraints.
#[derive(Debug)]
pub struct ArraySpec {
    /// The element type.
    pub items: Ty,
    /// Fewest elements.
    pub min_items: Option<usize>,
    /// Most elements.
    pub max_items: Option<usize>,
}

/// An enumeration of allowed string values.
#[derive(Debug)]
pub struct EnumSpec {
    /// Values the page allows.
    pub values: &'static [&'static str],
    /// Values another source allows and the page does not: a warning.
    pub disputed: &'static [(&'static str, &'static Dispute)],
}

/// A regular expression with a human description.
#[derive(Debug)]
pub struct Pattern {
    /// The regex, anchored, in the syntax shared by the `regex` crate and
    /// ECMA-262 (so the generated schema uses it verbatim).
    pub regex: &'static str,
    /// What it allows, for messages.
    pub desc: Msg,
}

/// Every pattern reachable from a kind's spec, compiled once.
static COMPILED: Lazy<HashMap<&'static str, Regex>> = Lazy::new(|| {
    let mut map = HashMap::new();
    for kind in crate::kind::Kind::ALL {
        for obj in objects(kind.root()) {
            for f in obj.fields {
                let mut ty = &f.ty;
                while let Ty::Array(a) = ty {
                    ty = &a.items;
                }
                if let Ty::Str(StrSpec { pattern: Some(p), .. }) = ty {
                    if let Ok(re) = Regex::new(p.regex) {
                        map.insert(p.regex, re);
                    }
                }
            }
        }
    }
    map
});

impl Pattern {
    /// A pattern.
    pub const fn new(regex: &'static str, desc: Msg) -> Self {
        Pattern { regex, desc }
    }

    /// Whether `s` matches. A pattern that failed to compile matches nothing
    /// (a unit test compiles every pattern, so that cannot ship).
    pub fn is_match(&self, s: &str) -> bool {
        COMPILED.get(self.regex).is_some_and(|re| re.is_match(s))
    }
}

/// Shorthand for an optional documented field.
pub const fn field(name: &'static str, ty: Ty, doc: Msg) -> FieldSpec {
    FieldSpec {
        name,
        ty,
        required: Required::No,
        presence: Presence::Documented,
        doc,
        rule: None,
    }
}

impl FieldSpec {
    /// Marks the field mandatory.
    pub const fn required(mut self) -> Self {
        self.required = Required::Yes;
        self
    }

    /// Marks the field's mandatory flag as disputed.
    pub const fn required_disputed(mut self, d: &'static Dispute) -> Self {
        self.required = Required::Disputed(d);
        self
    }

    /// Marks the field as missing from the page but modelled elsewhere.
    pub const fn undocumented(mut self, d: &'static Dispute) -> Self {
        self.presence = Presence::Disputed(d);
        self
    }

    /// Sets the rule whose code value violations carry.
    pub const fn rule(mut self, r: &'static RuleMeta) -> Self {
        self.rule = Some(r);
        self
    }
}

/// Visits every object spec reachable from `root`, each once.
pub fn objects(root: &'static ObjectSpec) -> Vec<&'static ObjectSpec> {
    let mut out: Vec<&'static ObjectSpec> = Vec::new();
    fn ty(t: &'static Ty, out: &mut Vec<&'static ObjectSpec>) {
        match t {
            Ty::Object(o) => obj(o, out),
            Ty::Array(a) => ty(&a.items, out),
            _ => {}
        }
    }
    fn obj(o: &'static ObjectSpec, out: &mut Vec<&'static ObjectSpec>) {
        if out.iter().any(|x| std::ptr::eq(*x, o)) {
            return;
        }
        out.push(o);
        for f in o.fields {
            ty(&f.ty, out);
        }
    }
    obj(root, &mut out);
    out
}
