//! The one generic walker: checks a tree against a kind's object specs.
//!
//! It descends only where the spec goes (so its depth is the spec's, not the
//! document's), reports type, presence and value-constraint violations as
//! [`Fact`]s, and records every object it visits with its spec, so that the
//! cross-field rules can look objects up by [`Role`] afterwards.

use super::{FieldSpec, NumSpec, ObjectSpec, Presence, Required, StrSpec, Ty};
use crate::diagnostics::facts::{Bounds, Fact};
use crate::diagnostics::{suggest, tr, Diagnostic, Edit, Fix, Lang, Msg, Severity};
use crate::registry::{structural as st, RuleMeta};
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

/// The walk's state and output.
pub struct Walker<'a> {
    /// The source text (fixes mirror its quoting).
    pub text: &'a str,
    /// Line starts, built on first need.
    lines: std::cell::OnceCell<crate::syntax::LineIndex>,
    /// Message language.
    pub lang: Lang,
    /// Path links for pointers.
    pub paths: PathArena<'a>,
    /// Objects visited, in document order.
    pub visits: Vec<Visit<'a>>,
    /// Findings.
    pub out: Vec<Diagnostic>,
}

impl<'a> Walker<'a> {
    /// A walker for one document.
    pub fn new(text: &'a str, lang: Lang) -> Self {
        Walker {
            text,
            lines: std::cell::OnceCell::new(),
            lang,
            paths: PathArena::new(),
            visits: Vec::new(),
            out: Vec::new(),
        }
    }

    /// Emits a fact as a diagnostic. (Each argument is one part of the
    /// diagnostic; bundling them would only rename the list.)
    #[allow(clippy::too_many_arguments)]
    pub fn fact(
        &mut self,
        rule: &'static RuleMeta,
        severity: Severity,
        pointer: String,
        span: Span,
        fact: Fact<'_>,
        doc: Option<Msg>,
        fix: Option<Fix>,
    ) {
        if self.out.len() > crate::diagnostics::MAX_FINDINGS {
            return;
        }
        let (message, help) = fact.render(self.lang, doc);
        let mut d = Diagnostic::new(rule.code, severity, pointer, span, message).with_fix(fix);
        d.help = help.filter(|h| !h.is_empty());
        self.out.push(d);
    }

    /// Walks `node` as an instance of `spec` at `loc`.
    pub fn object(&mut self, node: &'a Node, spec: &'static ObjectSpec, loc: Loc, field: &str) {
        let Some(members) = node.members() else {
            let p = self.paths.pointer(loc);
            self.fact(
                &st::INVALID_TYPE,
                Severity::Error,
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
        // Fields a misspelt key stands for: their absence is already reported.
        let mut meant: Vec<&'static str> = Vec::new();
        for m in members {
            match spec.field(&m.key) {
                Some(f) => {
                    let child = self.paths.child(loc, Seg::Key(&m.key));
                    if let Presence::Disputed(d) = f.presence {
                        let p = self.paths.pointer(child);
                        self.fact(
                            &st::DISPUTED_FIELD,
                            Severity::Warning,
                            p,
                            m.key_span,
                            Fact::DisputedField {
                                field: f.name,
                                note: d.note,
                            },
                            Some(f.doc),
                            None,
                        );
                    }
                    self.value(&m.value, f, &f.ty, child);
                }
                None if spec.closed => {
                    let allowed: Vec<&'static str> = spec.fields.iter().map(|f| f.name).collect();
                    let suggestion =
                        suggest::closest(&m.key, allowed.iter().copied()).filter(|s| node.get(s).is_none());
                    let fix = suggestion.map(|s| Fix {
                        title: tr(
                            self.lang,
                            format!("rename `{}` to `{s}`", m.key),
                            format!("将 `{}` 改为 `{s}`", m.key),
                        ),
                        edits: vec![Edit {
                            span: m.key_span,
                            replacement: requote(self.text, m.key_span, s),
                        }],
                    });
                    meant.extend(suggestion);
                    let p = self.paths.pointer_with(loc, &m.key);
                    self.fact(
                        &st::UNKNOWN_FIELD,
                        Severity::Error,
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
        for f in spec.fields {
            if node.get(f.name).is_some() || meant.contains(&f.name) {
                continue;
            }
            match f.required {
                Required::No => {}
                Required::Yes => {
                    let p = self.paths.pointer_with(loc, f.name);
                    self.fact(
                        &st::MISSING_FIELD,
                        Severity::Error,
                        p,
                        node.span.opening(),
                        Fact::Missing {
                            field: f.name,
                            object: spec.name,
                        },
                        Some(f.doc),
                        None,
                    );
                }
                Required::Disputed(d) => {
                    let p = self.paths.pointer_with(loc, f.name);
                    self.fact(
                        &st::DISPUTED_REQUIRED,
                        Severity::Warning,
                        p,
                        node.span.opening(),
                        Fact::DisputedRequired {
                            field: f.name,
                            note: d.note,
                        },
                        Some(f.doc),
                        None,
                    );
                }
            }
        }
    }

    /// Reports keys that occur more than once in one object, at the later copy.
    /// Linear in the number of keys (a hash set past a handful).
    fn duplicates(&mut self, members: &'a [crate::syntax::Member], loc: Loc) {
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, m) in members.iter().enumerate() {
            let first = if members.len() <= 8 {
                members[..i].iter().find(|x| x.key == m.key)
            } else {
                let f = seen.get(&*m.key).map(|&j| &members[j]);
                seen.entry(&m.key).or_insert(i);
                f
            };
            let Some(first) = first else { continue };
            if self.out.len() > crate::diagnostics::MAX_FINDINGS {
                return;
            }
            let p = self.paths.pointer_with(loc, &m.key);
            let text = self.text;
            let at = self
                .lines
                .get_or_init(|| crate::syntax::LineIndex::new(text))
                .line_col(text, first.key_span.start)
                .line;
            let message = tr(
                self.lang,
                format!(
                    "`{}` is given twice in this object (first on line {at}); the API uses the last copy",
                    m.key
                ),
                format!("`{}` 在该对象中出现了两次(第一次在第 {at} 行);API 使用最后一个", m.key),
            );
            let help = tr(
                self.lang,
                "parsers disagree about which copy wins; keep one".into(),
                "不同解析器对取哪一个说法不一;请只保留一个".into(),
            );
            self.out.push(
                Diagnostic::new(st::DUPLICATE_KEY.code, Severity::Warning, p, m.key_span, message).with_help(help),
            );
        }
    }

    fn type_error(&mut self, node: &Node, f: &'static FieldSpec, expected: &'static str, loc: Loc, fix: Option<Fix>) {
        let p = self.paths.pointer(loc);
        self.fact(
            &st::INVALID_TYPE,
            Severity::Error,
            p,
            node.span,
            Fact::Type {
                field: f.name,
                expected,
                found: node.json_type().name(),
            },
            Some(f.doc),
            fix,
        );
    }

    fn rule_error(&mut self, node: &Node, f: &'static FieldSpec, loc: Loc, fact: Fact<'_>, fix: Option<Fix>) {
        let rule = f.rule.unwrap_or(&st::INVALID_TYPE);
        let p = self.paths.pointer(loc);
        self.fact(rule, rule.severity, p, node.span, fact, Some(f.doc), fix);
    }

    /// Walks one value of field `f` with type `ty`.
    pub fn value(&mut self, node: &'a Node, f: &'static FieldSpec, ty: &'static Ty, loc: Loc) {
        if let Value::Null = node.value {
            let p = self.paths.pointer(loc);
            match f.required {
                Required::Yes => self.fact(
                    &st::MISSING_FIELD,
                    Severity::Error,
                    p,
                    node.span,
                    Fact::Missing {
                        field: f.name,
                        object: "its object",
                    },
                    Some(f.doc),
                    None,
                ),
                Required::Disputed(d) => self.fact(
                    &st::DISPUTED_REQUIRED,
                    Severity::Warning,
                    p,
                    node.span,
                    Fact::DisputedRequired {
                        field: f.name,
                        note: d.note,
                    },
                    Some(f.doc),
                    None,
                ),
                Required::No => self.fact(
                    &st::NULL_VALUE,
                    Severity::Warning,
                    p,
                    node.span,
                    Fact::Null { field: f.name },
                    Some(f.doc),
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
                        let is_whole = n.parse::<f64>().map(|x| x.fract() == 0.0).unwrap_or(false);
                        if !is_whole {
                            self.type_error(node, f, "integer", loc, None);
                            return;
                        }
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
                    let fix = Some(Fix {
                        title: "remove the quotes".into(),
                        edits: vec![Edit {
                            span: node.span,
                            replacement: s.trim().to_string(),
                        }],
                    });
                    self.type_error(node, f, "integer", loc, fix)
                }
                _ => self.type_error(node, f, "integer", loc, None),
            },
            Ty::Num(spec) => match &node.value {
                Value::Number(n) => self.quantity(node, n, f, spec, loc),
                Value::String(s) => {
                    let fix = parse_decimal(s.trim()).map(|_| Fix {
                        title: tr(self.lang, "remove the quotes".into(), "去掉引号".into()),
                        edits: vec![Edit {
                            span: node.span,
                            replacement: s.trim().to_string(),
                        }],
                    });
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
                    let fix = Some(Fix {
                        title: "remove the quotes".into(),
                        edits: vec![Edit {
                            span: node.span,
                            replacement: s.to_string(),
                        }],
                    });
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
                                Severity::Error,
                                p,
                                m.value.span,
                                Fact::Type {
                                    field: &m.key,
                                    expected: "string",
                                    found: m.value.json_type().name(),
                                },
                                Some(f.doc),
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
                self.fact(
                    &st::DISPUTED_VALUE,
                    Severity::Warning,
                    p,
                    node.span,
                    Fact::DisputedValue {
                        field: f.name,
                        value: v,
                        note: d.note,
                    },
                    Some(f.doc),
                    None,
                );
                return;
            }
            let suggestion = suggest::closest(v, e.values.iter().copied().filter(|x| !x.is_empty()));
            let fix = suggestion.map(|s| Fix {
                title: tr(self.lang, format!("replace with `{s}`"), format!("替换为 `{s}`")),
                edits: vec![Edit {
                    span: node.span,
                    replacement: requote(self.text, node.span, s),
                }],
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

fn quote_fix(span: Span, text: &str) -> Fix {
    Fix {
        title: "write it as a string".into(),
        edits: vec![Edit {
            span,
            replacement: format!("\"{text}\""),
        }],
    }
}
