//! The one generic walker: checks a tree against a kind's object specs.
//!
//! It descends only where the spec goes (so its depth is the spec's, not the
//! document's), reports type, presence and value-constraint violations as
//! [`Fact`]s, and records every object it visits with its spec, so that the
//! cross-field rules can look objects up by [`Role`] afterwards.

use super::{FieldSpec, NumSpec, ObjectSpec, Presence, Required, StrSpec, Ty};
use crate::diagnostics::facts::{Bounds, Fact, FactWords, FixWords};
use crate::diagnostics::{suggest, Edit, Msg};
use crate::registry::structural as st;
use crate::rule_meta::RuleMeta;
use crate::sink::Sink;
use crate::syntax::pointer::{Loc, PathArena, Seg};
use crate::syntax::{Node, Span, Value};

/// An object the walk visited.
#[derive(Clone, Copy, Debug)]
pub struct Visit<'a> {
    /// Its spec.
    pub spec: &'static ObjectSpec,
    /// The object node.
    pub node: &'a Node,
    /// Where it is.
    pub loc: Loc,
}

/// The walk's state; findings go to the report stage's sink.
pub struct Walker<'a, 's, 'o> {
    /// The source text (fixes mirror its quoting).
    pub text: &'a str,
    /// Line starts, built on first need.
    lines: std::cell::OnceCell<crate::syntax::LineIndex>,
    /// Path links for pointers.
    pub paths: PathArena<'a>,
    /// Objects visited, in document order.
    pub visits: Vec<Visit<'a>>,
    /// Where findings go.
    sink: &'s mut Sink<'o>,
}

/// An Integer written with a fraction part or exponent (`8080.0`, `8e3`).
static WHOLE_NUMBER_WITH_FRACTION: super::Dispute = super::Dispute {
    prefer: None,
    note: Msg::new(
        "The pages type the field as Integer, and JSON has one number type, so `8080.0` is the whole number 8080 to them; Huawei's Go SDK (huaweicloud-sdk-go-v3 0.1.188) decodes it into an int32 and rejects a number written with a fraction part or an exponent. Write the digits only.",
        "页面将该字段定义为 Integer,而 JSON 只有一种数字类型,按页面 `8080.0` 即整数 8080;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)将其解码为 int32,会拒绝带小数部分或指数的写法。请只写数字。",
    ),
};

/// A fix the walk offers: its edit and what it does.
type Offer<'f> = Option<(Edit, FixWords<'f>)>;

impl<'a, 's, 'o> Walker<'a, 's, 'o> {
    /// A walker for one document.
    pub fn new(text: &'a str, sink: &'s mut Sink<'o>) -> Self {
        Walker {
            text,
            lines: std::cell::OnceCell::new(),
            paths: PathArena::new(),
            visits: Vec::new(),
            sink,
        }
    }

    /// Reports a fact of `rule` at the rule's severity. (Each argument is
    /// one part of the finding; bundling them would only rename the list.)
    pub fn fact(
        &mut self,
        rule: &'static RuleMeta,
        pointer: String,
        span: Span,
        fact: Fact<'_>,
        doc: Option<Msg>,
        fix: Offer<'_>,
    ) {
        let (edits, fix) = match fix {
            Some((edit, words)) => (Some(vec![edit]), Some(words)),
            None => (None, None),
        };
        let words = FactWords { fact, doc, fix };
        self.sink.report(rule, pointer, span, &words, edits);
    }

    /// Walks `node` as an instance of `spec` at `loc`.
    pub fn object(&mut self, node: &'a Node, spec: &'static ObjectSpec, loc: Loc, field: &str) {
        let Some(members) = node.members() else {
            let p = self.paths.pointer(loc);
            self.fact(
                &st::INVALID_TYPE,
                p,
                node.span,
                Fact::Type {
                    field,
                    expected: "object",
                    found: node.json_type().name(),
                },
                None,
                None,
            );
            return;
        };
        self.visits.push(Visit { spec, node, loc });
        self.duplicates(members, loc);
        // The spec's fields present, one bit each (a spec has at most 64
        // fields; a test checks it), so the walk stays linear in the keys.
        // The first 64 members' field positions are kept (255: none), so
        // the spec's names are searched once per key.
        let mut present = 0u64;
        let mut positions = [u8::MAX; 64];
        for (j, m) in members.iter().enumerate() {
            if let Some(i) = spec.position(&m.key) {
                present |= 1 << i;
                if let Some(p) = positions.get_mut(j) {
                    *p = i as u8;
                }
            }
        }
        // Fields a misspelt key stands for: their absence is already reported.
        let mut meant = 0u64;
        for (j, m) in members.iter().enumerate() {
            let position = match positions.get(j) {
                Some(&p) => (p != u8::MAX).then_some(usize::from(p)),
                None => spec.position(&m.key),
            };
            match position.map(|i| &spec.fields[i]) {
                Some(f) => {
                    let child = self.paths.child(loc, Seg::Key(&m.key));
                    if let Presence::Disputed(d) = f.presence {
                        let p = self.paths.pointer(child);
                        self.fact(
                            &st::DISPUTED_FIELD,
                            p,
                            m.key_span,
                            Fact::DisputedField {
                                field: f.name,
                                note: d.note,
                            },
                            Some(f.doc()),
                            None,
                        );
                    }
                    self.value(&m.value, f, &f.ty, child);
                }
                None if spec.closed => {
                    if !self.sink.wants(&st::UNKNOWN_FIELD) {
                        continue;
                    }
                    let allowed: Vec<&'static str> = spec.fields.iter().map(|f| f.name).collect();
                    let suggestion = suggest::closest(&m.key, allowed.iter().copied())
                        .and_then(|s| spec.position(s).map(|i| (s, i)))
                        .filter(|(_, i)| present & (1 << i) == 0)
                        .map(|(s, i)| {
                            meant |= 1 << i;
                            s
                        });
                    let fix = suggestion.map(|s| {
                        let edit = Edit {
                            span: m.key_span,
                            replacement: requote(self.text, m.key_span, s),
                        };
                        (edit, FixWords::Rename { from: &m.key, to: s })
                    });
                    let p = self.paths.pointer_with(loc, &m.key);
                    self.fact(
                        &st::UNKNOWN_FIELD,
                        p,
                        m.key_span,
                        Fact::Unknown {
                            key: &m.key,
                            object: spec.name,
                            allowed,
                            suggestion,
                        },
                        None,
                        fix,
                    );
                }
                None => {}
            }
        }
        for (i, f) in spec.fields.iter().enumerate() {
            if (present | meant) & (1 << i) != 0 {
                continue;
            }
            match f.required {
                Required::No => {}
                Required::Yes => {
                    let p = self.paths.pointer_with(loc, f.name);
                    self.fact(
                        &st::MISSING_FIELD,
                        p,
                        node.span.opening(),
                        Fact::Missing {
                            field: f.name,
                            object: Some(spec.name),
                        },
                        Some(f.doc()),
                        None,
                    );
                }
                Required::Disputed(d) => {
                    let p = self.paths.pointer_with(loc, f.name);
                    self.fact(
                        &st::DISPUTED_REQUIRED,
                        p,
                        node.span.opening(),
                        Fact::DisputedRequired {
                            field: f.name,
                            note: d.note,
                        },
                        Some(f.doc()),
                        None,
                    );
                }
            }
        }
    }

    /// Reports keys that occur more than once in one object, at the later copy.
    /// Linear in the number of keys (a hash map past 16: below, comparing
    /// with the earlier keys is cheaper than hashing).
    fn duplicates(&mut self, members: &'a [crate::syntax::Member], loc: Loc) {
        let mut seen: crate::hash::Map<&str, usize> =
            crate::hash::map(if members.len() <= 16 { 0 } else { members.len() });
        for (i, m) in members.iter().enumerate() {
            let first = if members.len() <= 16 {
                members[..i].iter().find(|x| x.key == m.key)
            } else {
                let f = seen.get(&*m.key).map(|&j| &members[j]);
                seen.entry(&m.key).or_insert(i);
                f
            };
            let Some(first) = first else { continue };
            let p = self.paths.pointer_with(loc, &m.key);
            let text = self.text;
            let first_line = self
                .lines
                .get_or_init(|| crate::syntax::LineIndex::new(text))
                .line(text, first.key_span.start);
            self.fact(
                &st::DUPLICATE_KEY,
                p,
                m.key_span,
                Fact::Duplicate {
                    key: &m.key,
                    first_line,
                },
                None,
                None,
            );
        }
    }

    fn type_error(&mut self, node: &Node, f: &'static FieldSpec, expected: &'static str, loc: Loc, fix: Offer<'_>) {
        let p = self.paths.pointer(loc);
        self.fact(
            &st::INVALID_TYPE,
            p,
            node.span,
            Fact::Type {
                field: f.name,
                expected,
                found: node.json_type().name(),
            },
            Some(f.doc()),
            fix,
        );
    }

    fn rule_error(&mut self, node: &Node, f: &'static FieldSpec, loc: Loc, fact: Fact<'_>, fix: Offer<'_>) {
        let rule = f.rule.unwrap_or(&st::INVALID_TYPE);
        let p = self.paths.pointer(loc);
        self.fact(rule, p, node.span, fact, Some(f.doc()), fix);
    }

    /// Walks one value of field `f` with type `ty`.
    pub fn value(&mut self, node: &'a Node, f: &'static FieldSpec, ty: &'static Ty, loc: Loc) {
        if let Value::Null = node.value {
            let p = self.paths.pointer(loc);
            match f.required {
                Required::Yes => self.fact(
                    &st::MISSING_FIELD,
                    p,
                    node.span,
                    Fact::Missing {
                        field: f.name,
                        object: None,
                    },
                    Some(f.doc()),
                    None,
                ),
                Required::Disputed(d) => self.fact(
                    &st::DISPUTED_REQUIRED,
                    p,
                    node.span,
                    Fact::DisputedRequired {
                        field: f.name,
                        note: d.note,
                    },
                    Some(f.doc()),
                    None,
                ),
                Required::No => self.fact(
                    &st::NULL_VALUE,
                    p,
                    node.span,
                    Fact::Null { field: f.name },
                    Some(f.doc()),
                    None,
                ),
            }
            return;
        }
        match ty {
            Ty::Str(s) => match node.as_str() {
                Some(v) => self.string(node, v, f, s, loc),
                None => {
                    let fix = scalar_text(node).map(|t| quote_fix(node.span, t));
                    self.type_error(node, f, "string", loc, fix)
                }
            },
            Ty::Int(spec) => match &node.value {
                Value::Number(n) => {
                    if !is_integer_literal(n) {
                        let whole = n.parse::<f64>().ok().filter(|x| x.fract() == 0.0 && x.abs() < 1e15);
                        let Some(x) = whole else {
                            self.type_error(node, f, "integer", loc, None);
                            return;
                        };
                        // `8080.0`: a whole number to the page's JSON, a fraction to
                        // the Go SDK's int32 decoder, which rejects it.
                        let to = format!("{}", x as i64);
                        let p = self.paths.pointer(loc);
                        let edit = Edit {
                            span: node.span,
                            replacement: to.clone(),
                        };
                        self.fact(
                            &st::DISPUTED_VALUE,
                            p,
                            node.span,
                            Fact::DisputedValue {
                                field: f.name,
                                value: n,
                                note: WHOLE_NUMBER_WITH_FRACTION.note,
                            },
                            Some(f.doc()),
                            Some((edit, FixWords::WholeNumber { to: &to })),
                        );
                    }
                    let bounds = Bounds {
                        min: spec.min.map(|x| x as f64),
                        max: spec.max.map(|x| x as f64),
                    };
                    let x: f64 = n.parse().unwrap_or(f64::INFINITY);
                    if spec.min.is_some_and(|m| x < m as f64) || spec.max.is_some_and(|m| x > m as f64) {
                        self.rule_error(
                            node,
                            f,
                            loc,
                            Fact::Range {
                                field: f.name,
                                value: n,
                                bounds,
                            },
                            None,
                        );
                    }
                }
                Value::String(s) if s.trim().parse::<i64>().is_ok() => {
                    let fix = integer_fix(node.span, s.trim(), spec.octal);
                    self.type_error(node, f, "integer", loc, fix)
                }
                _ => self.type_error(node, f, "integer", loc, None),
            },
            Ty::Num(spec) => match &node.value {
                Value::Number(n) => self.quantity(node, n, f, spec, loc),
                Value::String(s) => {
                    let fix = parse_decimal(s.trim()).map(|_| unquote_fix(node.span, s.trim()));
                    self.type_error(node, f, "number", loc, fix)
                }
                _ => self.type_error(node, f, "number", loc, None),
            },
            Ty::NumStr(spec) => match &node.value {
                Value::String(s) => self.quantity(node, s, f, spec, loc),
                Value::Number(n) => {
                    let fix = Some(quote_fix(node.span, n));
                    self.type_error(node, f, "string", loc, fix)
                }
                _ => self.type_error(node, f, "string", loc, None),
            },
            Ty::Bool => match &node.value {
                Value::Bool(_) => {}
                Value::String(s) if matches!(&**s, "true" | "false") => {
                    let fix = Some(unquote_fix(node.span, s));
                    self.type_error(node, f, "boolean", loc, fix)
                }
                _ => self.type_error(node, f, "boolean", loc, None),
            },
            Ty::Array(a) => match node.elements() {
                Some(items) => {
                    let n = items.len();
                    if a.min_items.is_some_and(|m| n < m) || a.max_items.is_some_and(|m| n > m) {
                        self.rule_error(
                            node,
                            f,
                            loc,
                            Fact::Items {
                                field: f.name,
                                min: a.min_items,
                                max: a.max_items,
                                len: n,
                            },
                            None,
                        );
                    }
                    for (i, item) in items.iter().enumerate() {
                        let child = self.paths.child(loc, Seg::Index(i));
                        self.value(item, f, &a.items, child);
                    }
                }
                None => self.type_error(node, f, "array", loc, None),
            },
            Ty::Object(o) => {
                if node.members().is_some() {
                    self.object(node, o, loc, f.name)
                } else {
                    self.type_error(node, f, "object", loc, None)
                }
            }
            Ty::StrMap => match node.members() {
                Some(ms) => {
                    self.duplicates(ms, loc);
                    for m in ms {
                        if m.value.as_str().is_none() {
                            let child = self.paths.child(loc, Seg::Key(&m.key));
                            let p = self.paths.pointer(child);
                            let fix = scalar_text(&m.value).map(|t| quote_fix(m.value.span, t));
                            self.fact(
                                &st::INVALID_TYPE,
                                p,
                                m.value.span,
                                Fact::Type {
                                    field: &m.key,
                                    expected: "string",
                                    found: m.value.json_type().name(),
                                },
                                Some(f.doc()),
                                fix,
                            );
                        }
                    }
                }
                None => self.type_error(node, f, "object", loc, None),
            },
            Ty::Any => {}
        }
    }

    fn string(&mut self, node: &Node, v: &str, f: &'static FieldSpec, s: &'static StrSpec, loc: Loc) {
        if let Some(e) = s.values {
            if e.values.contains(&v) {
                return;
            }
            if let Some((_, d)) = e.disputed.iter().find(|(x, _)| *x == v) {
                let p = self.paths.pointer(loc);
                let fix = d.prefer.map(|to| {
                    let edit = Edit {
                        span: node.span,
                        replacement: requote(self.text, node.span, to),
                    };
                    (edit, FixWords::Prefer { to })
                });
                self.fact(
                    &st::DISPUTED_VALUE,
                    p,
                    node.span,
                    Fact::DisputedValue {
                        field: f.name,
                        value: v,
                        note: d.note,
                    },
                    Some(f.doc()),
                    fix,
                );
                return;
            }
            let suggestion = suggest::closest(v, e.values.iter().copied().filter(|x| !x.is_empty()));
            let fix = suggestion.map(|s| {
                let edit = Edit {
                    span: node.span,
                    replacement: requote(self.text, node.span, s),
                };
                (edit, FixWords::Replace { to: s })
            });
            self.rule_error(
                node,
                f,
                loc,
                Fact::Enum {
                    field: f.name,
                    value: v,
                    allowed: e.values,
                    suggestion,
                },
                fix,
            );
            return;
        }
        let len = v.chars().count();
        if let Some(min) = s.min_len.filter(|m| len < *m) {
            self.rule_error(
                node,
                f,
                loc,
                Fact::MinLen {
                    field: f.name,
                    min,
                    len,
                },
                None,
            );
        } else if let Some(max) = s.max_len.filter(|m| len > *m) {
            self.rule_error(
                node,
                f,
                loc,
                Fact::MaxLen {
                    field: f.name,
                    max,
                    len,
                },
                None,
            );
        } else if let Some(ch) = s
            .forbidden
            .and_then(|set| v.chars().find(|c| set.contains(*c) && *c != ' '))
        {
            self.rule_error(
                node,
                f,
                loc,
                Fact::Forbidden {
                    field: f.name,
                    ch,
                    set: s.forbidden.unwrap_or_default(),
                },
                None,
            );
        } else if let Some(p) = s.pattern.filter(|p| !p.is_match(v)) {
            self.rule_error(
                node,
                f,
                loc,
                Fact::Pattern {
                    field: f.name,
                    value: v,
                    desc: p.desc,
                },
                None,
            );
        }
    }

    fn quantity(&mut self, node: &Node, text: &str, f: &'static FieldSpec, spec: &'static NumSpec, loc: Loc) {
        let Some(x) = parse_decimal(text) else {
            self.rule_error(
                node,
                f,
                loc,
                Fact::NotDecimal {
                    field: f.name,
                    value: text,
                    unit: spec.unit,
                },
                None,
            );
            return;
        };
        if spec.integer && x.fract() != 0.0 {
            self.rule_error(
                node,
                f,
                loc,
                Fact::NotInteger {
                    field: f.name,
                    value: text,
                },
                None,
            );
        } else if x < spec.min || x > spec.max {
            let bounds = Bounds {
                min: Some(spec.min),
                max: Some(spec.max),
            };
            self.rule_error(
                node,
                f,
                loc,
                Fact::Range {
                    field: f.name,
                    value: text,
                    bounds,
                },
                None,
            );
        }
    }
}

/// `new` quoted the way the source text at `span` is quoted: JSON and quoted
/// YAML keep double quotes, single-quoted YAML keeps single quotes, a plain
/// YAML scalar stays plain.
pub fn requote(text: &str, span: Span, new: &str) -> String {
    match text.get(span.start..span.end).and_then(|t| t.chars().next()) {
        Some('\'') => format!("'{new}'"),
        Some('"') | None => format!("\"{new}\""),
        Some(_) => new.to_string(),
    }
}

/// A plain decimal: digits with an optional fraction, no sign, no unit, no exponent.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && (s.len() == int.len() || (!frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit())));
    if ok {
        s.parse().ok()
    } else {
        None
    }
}

fn is_integer_literal(n: &str) -> bool {
    let d = n.strip_prefix('-').unwrap_or(n);
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
}

fn scalar_text(node: &Node) -> Option<&str> {
    match &node.value {
        Value::Number(n) => Some(n),
        Value::Bool(true) => Some("true"),
        Value::Bool(false) => Some("false"),
        _ => None,
    }
}

fn quote_fix(span: Span, text: &str) -> (Edit, FixWords<'static>) {
    let edit = Edit {
        span,
        replacement: format!("\"{text}\""),
    };
    (edit, FixWords::Quote)
}

/// The fix of an Integer written as a string (`"8080"`): the digits
/// unquoted when they are how the integer is written; a mode written in
/// octal (`"0644"`) as its decimal value (420), since neither JSON nor YAML
/// 1.2 reads a leading 0 as octal; any other spelling of the number (`"080"`,
/// `"+5"`) in its plain decimal form, offered but not certain.
fn integer_fix(span: Span, text: &str, octal: bool) -> Offer<'static> {
    let digits = text.strip_prefix('0').filter(|d| !d.is_empty());
    if let Some(d) = digits.filter(|d| octal && d.bytes().all(|b| (b'0'..=b'7').contains(&b))) {
        let to = i64::from_str_radix(d, 8).ok()?.to_string();
        let edit = Edit {
            span,
            replacement: to.clone(),
        };
        return Some((edit, FixWords::Octal { to }));
    }
    let canonical = text.parse::<i64>().ok()?.to_string();
    if canonical == text {
        return Some(unquote_fix(span, text));
    }
    let edit = Edit {
        span,
        replacement: canonical.clone(),
    };
    Some((edit, FixWords::Decimal { to: canonical }))
}

fn unquote_fix(span: Span, text: &str) -> (Edit, FixWords<'static>) {
    let edit = Edit {
        span,
        replacement: text.to_string(),
    };
    (edit, FixWords::Unquote)
}
