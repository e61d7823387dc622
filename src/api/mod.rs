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
//! let container = deploylint::__private::api::ief_v3::CONTAINER_CREATE.field("run_as_user").expect("field");
//! assert!(container.doc().zh.contains("0~65534"));
//! assert_eq!(container.rule.map(|r| r.code), Some("run-as-user"));
//! let objects = deploylint::__private::api::objects(Kind::IefV3Create.root());
//! assert!(objects.iter().any(|o| o.name == "HostPortRange"));
//! ```

pub mod cce;
pub mod common;
pub mod ief_v2;
pub mod ief_v3;
mod pattern;
pub(crate) mod walk;

use crate::diagnostics::bounds::{Bounds, Style, Unit};
use crate::diagnostics::{Lang, Msg};
use crate::rule_meta::{RuleMeta, Source};

/// An API object: a JSON object with known fields.
#[derive(Debug)]
#[non_exhaustive]
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
#[non_exhaustive]
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

impl Role {
    /// The number of roles (they index a table: `role as usize`).
    pub const COUNT: usize = Role::Release as usize + 1;
}

/// Whether a field must be present.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
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
#[non_exhaustive]
pub enum Presence {
    /// The page documents it.
    Documented,
    /// The page omits it but another Huawei source models it: a warning.
    Disputed(&'static Dispute),
}

/// Two Huawei sources that contradict each other, named for the message.
#[derive(Debug)]
#[non_exhaustive]
pub struct Dispute {
    /// The contradiction, naming both sources.
    pub note: Msg,
    /// For a disputed enum value that is another spelling of an allowed one
    /// (`userdefine` beside `userdefined`): the allowed spelling, offered as an
    /// unsafe fix (the API may accept either, so it is never applied unasked).
    pub prefer: Option<&'static str>,
}

/// One field of an object.
#[derive(Debug)]
#[non_exhaustive]
pub struct FieldSpec {
    /// The JSON key.
    pub name: &'static str,
    /// Its type and value constraints.
    pub ty: Ty,
    /// Mandatory or not.
    pub required: Required,
    /// On the page, or only in other sources.
    pub presence: Presence,
    /// The documented meaning, from its page (en, zh), as the spec writes
    /// it: where it states the type's bounds it says `{min}`, `{max}` or
    /// `{bounds}` ([`Ty::bounds`]), or `{max:,}` for the upper end with its
    /// thousands grouped (`1,024,000`); where it lists the allowed values,
    /// `{values}`. So each bound and list is written once, in
    /// [`FieldSpec::ty`]. Read it with [`FieldSpec::doc`].
    text: Msg,
    /// The rule whose code value-constraint violations carry.
    pub rule: Option<&'static RuleMeta>,
}

/// The type of a field's value, with its constraints.
#[derive(Debug)]
#[non_exhaustive]
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

impl Ty {
    /// The bounds of the type in words, as a field's documentation states
    /// them: `from 1 to 65535` / `1~65535` for an integer or quantity,
    /// `1 to 32 characters` / `1~32 个字符` for a string, `1 to 1 items` /
    /// `1~1 项` for an array. `None` when the type has no bounds. Every bound is
    /// written once, in the type, and this is its prose.
    ///
    /// ```
    /// use deploylint::Lang;
    /// use deploylint::__private::api::common::{PORT, PROBE_COMMAND_TEXT};
    ///
    /// assert_eq!(PORT.bounds(Lang::En).as_deref(), Some("from 1 to 65535"));
    /// assert_eq!(PORT.bounds(Lang::Zh).as_deref(), Some("1~65535"));
    /// assert_eq!(PROBE_COMMAND_TEXT.bounds(Lang::En).as_deref(), Some("1 to 10240 characters"));
    /// assert_eq!(PROBE_COMMAND_TEXT.bounds(Lang::Zh).as_deref(), Some("1~10240 个字符"));
    /// ```
    pub fn bounds(&self, lang: Lang) -> Option<String> {
        let unit = match self {
            Ty::Str(_) => Unit::CHARACTERS,
            Ty::Array(_) => Unit::ITEMS,
            _ => Unit::NONE,
        };
        self.range().words(lang, Style::Doc, unit)
    }

    /// The type's bounds: a string's length, an integer's or quantity's
    /// value, an array's count; both ends open when it has none.
    ///
    /// ```
    /// use deploylint::__private::api::common::PORT;
    ///
    /// assert_eq!((PORT.range().min, PORT.range().max), (Some(1.0), Some(65535.0)));
    /// ```
    pub fn range(&self) -> Bounds {
        let (min, max) = match self {
            Ty::Int(i) => (i.min.map(|x| x as f64), i.max.map(|x| x as f64)),
            Ty::Num(n) | Ty::NumStr(n) => (Some(n.min), Some(n.max)),
            Ty::Str(s) => (s.min_len.map(|x| x as f64), s.max_len.map(|x| x as f64)),
            Ty::Array(a) => (a.min_items.map(|x| x as f64), a.max_items.map(|x| x as f64)),
            Ty::Bool | Ty::Object(_) | Ty::StrMap | Ty::Any => (None, None),
        };
        Bounds { min, max }
    }
}

/// String constraints.
#[derive(Debug, Default)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct IntSpec {
    /// Smallest allowed value.
    pub min: Option<i64>,
    /// Largest allowed value.
    pub max: Option<i64>,
    /// Whether the page lets the value be written in octal with a leading
    /// 0 (a file mode: "支持填写十进制和八进制参数"), so a quoted `"0644"`
    /// means decimal 420.
    pub octal: bool,
}

/// Decimal quantity bounds, inclusive.
#[derive(Debug)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct EnumSpec {
    /// Values the page allows.
    pub values: &'static [&'static str],
    /// Values another source allows and the page does not: a warning.
    pub disputed: &'static [(&'static str, &'static Dispute)],
}

/// A regular expression with a human description.
#[derive(Debug)]
#[non_exhaustive]
pub struct Pattern {
    /// The regex, anchored, in the syntax shared by the `regex` crate and
    /// ECMA-262 (so the generated schema uses it verbatim), and in the
    /// subset that is compiled when the crate is built (`spec/pattern.rs`).
    pub regex: &'static str,
    /// What it allows, for messages.
    pub desc: Msg,
    /// `regex`, compiled.
    program: pattern::Program,
}

impl Pattern {
    /// A pattern. A `regex` outside the supported subset fails the build.
    pub const fn new(regex: &'static str, desc: Msg) -> Self {
        Pattern {
            regex,
            desc,
            program: pattern::Program::compile(regex),
        }
    }

    /// Whether `s` matches.
    pub fn is_match(&self, s: &str) -> bool {
        self.program.is_match(s)
    }
}

/// Shorthand for an optional documented field.
pub const fn field(name: &'static str, ty: Ty, doc: Msg) -> FieldSpec {
    FieldSpec {
        name,
        ty,
        required: Required::No,
        presence: Presence::Documented,
        text: doc,
        rule: None,
    }
}

/// The placeholders a field's documentation may hold for its type's bounds.
const PLACEHOLDERS: [&str; 5] = ["{min}", "{max}", "{max:,}", "{bounds}", "{values}"];

impl FieldSpec {
    /// The documented meaning, from its page (en, zh), with the bounds it
    /// states taken from the field's type.
    ///
    /// ```
    /// use deploylint::__private::api::common::HOST_PORT_RANGE;
    ///
    /// let min_port = HOST_PORT_RANGE.field("min_port").expect("field");
    /// assert_eq!(min_port.doc().en, "Lower limit of the host port, 1–65535.");
    /// assert_eq!(min_port.doc().zh, "主机端口下限制,1到65535之间的整数");
    /// ```
    pub fn doc(&self) -> Msg {
        Msg::new(self.fill(self.text.en, Lang::En), self.fill(self.text.zh, Lang::Zh))
    }

    /// `text` with its placeholders replaced: `{min}` and `{max}` by the
    /// ends of the type's range, `{max:,}` by the upper one with its
    /// thousands grouped, `{bounds}` by [`Ty::bounds`], `{values}` by the
    /// allowed values (`A, B or C` / `A、B、C`).
    fn fill(&self, text: &'static str, lang: Lang) -> &'static str {
        if !PLACEHOLDERS.iter().any(|p| text.contains(p)) {
            return text;
        }
        let range = self.ty.range();
        let end = |x: Option<f64>| x.map(Bounds::num).unwrap_or_default();
        let filled = text
            .replace("{min}", &end(range.min))
            .replace("{max}", &end(range.max))
            .replace("{max:,}", &range.max.map(Bounds::grouped).unwrap_or_default())
            .replace("{bounds}", &self.ty.bounds(lang).unwrap_or_default())
            .replace("{values}", &self.values(lang));
        intern(filled)
    }

    /// The values a string field allows, as a list in words.
    fn values(&self, lang: Lang) -> String {
        let values: &[&str] = match &self.ty {
            Ty::Str(StrSpec { values: Some(e), .. }) => e.values,
            _ => &[],
        };
        match (lang, values) {
            (Lang::Zh, _) => values.join("、"),
            (Lang::En, [init @ .., last]) if !init.is_empty() => format!("{} or {last}", init.join(", ")),
            (Lang::En, _) => values.join(""),
        }
    }

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

/// `text` as a `&'static str`, kept once for the life of the process: the
/// specs are static, so this holds one string per filled-in documentation.
fn intern(text: String) -> &'static str {
    use std::collections::BTreeSet;
    use std::sync::Mutex;
    static TEXTS: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut texts = TEXTS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(kept) = texts.get(text.as_str()) {
        return kept;
    }
    let kept: &'static str = Box::leak(text.into_boxed_str());
    texts.insert(kept);
    kept
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::Kind;

    /// The numbers written in `text`, with thousands separators removed.
    fn numbers(text: &str) -> Vec<String> {
        let re = regex::Regex::new(r"[0-9][0-9,]*(\.[0-9]+)?").expect("regex");
        re.find_iter(text)
            .map(|m| m.as_str().trim_end_matches(',').replace(',', ""))
            .collect()
    }

    /// A field rule's summary states its field's bound as the type has it
    /// (`port-number`: "from 1 to 65535" / "1~65535", `run-as-user`,
    /// `replicas`, `affinity-term`), and
    /// so does `run-as-root`, which restates run_as_user's: a bound written
    /// in a rule's prose cannot drift from the type that checks it.
    #[test]
    fn rule_summaries_state_the_types_bounds() {
        let mut checked = std::collections::BTreeSet::new();
        let mut wrong = Vec::new();
        let mut run_as_user = None;
        for kind in Kind::ALL {
            for obj in objects(kind.root()) {
                for f in obj.fields {
                    let (
                        Some(meta),
                        Ty::Int(IntSpec {
                            min: Some(_),
                            max: Some(_),
                            ..
                        }),
                    ) = (f.rule, &f.ty)
                    else {
                        continue;
                    };
                    if f.name == "run_as_user" {
                        run_as_user = Some(f.ty.range());
                    }
                    let range = f.ty.range();
                    for lang in [Lang::En, Lang::Zh] {
                        // In a sentence ("from 1 to 65535") or compact ("1–100", "1~99").
                        let words: Vec<String> = [Style::Message, Style::Doc, Style::Compact]
                            .into_iter()
                            .filter_map(|style| range.words(lang, style, Unit::NONE))
                            .collect();
                        let summary = meta.summary.get(lang);
                        if !words.iter().any(|w| summary.contains(w.as_str())) {
                            wrong.push(format!(
                                "{} ({}.{}): {summary:?} lacks {words:?}",
                                meta.code, obj.name, f.name
                            ));
                        }
                    }
                    checked.insert(meta.code);
                }
            }
        }
        let run_as_root = &crate::rules::ALL
            .iter()
            .find(|r| r.meta().code == "run-as-root")
            .expect("run-as-root")
            .meta()
            .explanation;
        let compact = run_as_user.and_then(|r| r.words(Lang::En, Style::Compact, Unit::NONE));
        let compact = compact.unwrap_or_default();
        assert!(
            run_as_root.en.contains(&format!("allows {compact}")),
            "{}",
            run_as_root.en
        );
        let zh = run_as_user.and_then(|r| r.words(Lang::Zh, Style::Doc, Unit::NONE));
        assert!(
            run_as_root.zh.contains(&format!("允许 {}", zh.unwrap_or_default())),
            "{}",
            run_as_root.zh
        );
        assert_eq!(wrong, Vec::<String>::new());
        assert!(
            checked.contains("port-number") && checked.contains("run-as-user"),
            "{checked:?}"
        );
    }

    /// A field's English documentation that states a bound states the
    /// type's own: the type is the one source of the bound, the prose only
    /// restates it.
    #[test]
    fn documented_bounds_are_the_types_bounds() {
        let mut checked = 0;
        let mut wrong = Vec::new();
        for kind in Kind::ALL {
            for obj in objects(kind.root()) {
                for f in obj.fields {
                    // The largest value, and the bound a doc may give instead ("under 100").
                    let (max, exclusive) = match &f.ty {
                        Ty::Int(IntSpec { max: Some(m), .. }) if *m < i64::from(i32::MAX) => {
                            (m.to_string(), (m + 1).to_string())
                        }
                        Ty::Str(StrSpec { max_len: Some(m), .. }) => (m.to_string(), m.to_string()),
                        Ty::Num(n) | Ty::NumStr(n) => (format!("{}", n.max), format!("{}", n.max)),
                        _ => continue,
                    };
                    let doc = f.doc();
                    let said = numbers(doc.en);
                    if said.is_empty() {
                        continue;
                    }
                    checked += 1;
                    let below = [format!("under {exclusive}"), format!("less than {exclusive}")];
                    if !said.contains(&max) && !below.iter().any(|b| doc.en.contains(b.as_str())) {
                        wrong.push(format!("{}.{}: {:?} (maximum {max})", obj.name, f.name, doc.en));
                    }
                }
            }
        }
        assert_eq!(wrong, Vec::<String>::new(), "docs that do not state the type's maximum");
        assert!(checked >= 15, "only {checked} documented bounds checked");
    }

    /// A field's documentation states its bounds from its type: no
    /// placeholder is left unfilled, and none is written where nothing fills
    /// it (an object's documentation).
    #[test]
    fn every_placeholder_is_filled() {
        use crate::api::common::int;
        let mut filled = 0;
        for kind in Kind::ALL {
            for obj in objects(kind.root()) {
                for text in [obj.doc.en, obj.doc.zh] {
                    assert!(!PLACEHOLDERS.iter().any(|p| text.contains(p)), "{}: {text}", obj.name);
                }
                for f in obj.fields {
                    let doc = f.doc();
                    for text in [doc.en, doc.zh] {
                        assert!(
                            !PLACEHOLDERS.iter().any(|p| text.contains(p)),
                            "{}.{}: {text}",
                            obj.name,
                            f.name
                        );
                    }
                    filled += usize::from(!std::ptr::eq(doc.en, f.text.en));
                }
            }
        }
        assert!(filled >= 20, "only {filled} documentations state their type's bounds");
        let doc = field("port", int(2, 9), Msg::new("Port, {min}–{max}.", "端口,{bounds}")).doc();
        assert_eq!((doc.en, doc.zh), ("Port, 2–9.", "端口,2~9"));
        static TWO: EnumSpec = EnumSpec {
            values: &["a", "b"],
            disputed: &[],
        };
        let doc = field(
            "x",
            crate::api::common::str_enum(&TWO),
            Msg::new("One of {values}.", "取值为{values}"),
        )
        .doc();
        assert_eq!((doc.en, doc.zh), ("One of a or b.", "取值为a、b"));
    }

    #[test]
    fn bounds_in_words() {
        use crate::api::common::{int, str_max, str_nonempty, PORT, STRINGS};
        assert_eq!(PORT.bounds(Lang::En).as_deref(), Some("from 1 to 65535"));
        assert_eq!(PORT.bounds(Lang::Zh).as_deref(), Some("1~65535"));
        assert_eq!(int(0, 65534).bounds(Lang::Zh).as_deref(), Some("0~65534"));
        assert_eq!(
            str_max(20480).bounds(Lang::En).as_deref(),
            Some("at most 20480 characters")
        );
        assert_eq!(str_max(20480).bounds(Lang::Zh).as_deref(), Some("≤20480 个字符"));
        assert_eq!(str_nonempty().bounds(Lang::En).as_deref(), Some("at least 1 character"));
        assert_eq!(Ty::Array(&STRINGS).bounds(Lang::En), None);
        assert_eq!(Ty::Bool.bounds(Lang::Zh), None);
        let cpu = Ty::NumStr(NumSpec {
            min: 0.01,
            max: 1000.0,
            integer: false,
            unit: Msg::new("CPU cores", "CPU 核数"),
        });
        assert_eq!(cpu.bounds(Lang::En).as_deref(), Some("from 0.01 to 1000"));
        assert_eq!(cpu.bounds(Lang::Zh).as_deref(), Some("0.01~1000"));
    }
}
