//! The rule registry: every code deploylint can emit, with its documentation.
//!
//! Three sources feed it: the structural rules of the spec walk (types,
//! mandatory and unknown fields, disputes), the value-constraint rules that
//! field specs point at (`container-name`, `port-number`, ...), found by
//! walking each kind's spec, and the cross-field rules in `src/rules`.
//! `deploylint rules`, `docs/rules.md` and the SARIF driver all read
//! [`all`]; which kinds a field rule applies to is derived from the specs.

pub(crate) mod structural;

pub use crate::diagnostics::Applicability;
pub use crate::rule_meta::{Category, Doc, RuleMeta, Source, Variant};

use crate::api;
use crate::kind::Kind;
use once_cell::sync::Lazy;

/// Every structural rule, with the rules of the front end and of the config stage.
static STRUCTURAL: &[&RuleMeta] = &[
    &structural::PARSE_ERROR,
    &structural::INVALID_TYPE,
    &structural::MISSING_FIELD,
    &structural::UNKNOWN_FIELD,
    &structural::NULL_VALUE,
    &structural::DUPLICATE_KEY,
    &crate::rules::limit_exceeded::META,
    &structural::DISPUTED_REQUIRED,
    &structural::DISPUTED_FIELD,
    &structural::DISPUTED_VALUE,
    &structural::UNKNOWN_KIND,
    &structural::AMBIGUOUS_KIND,
    &crate::rules::config_error::META,
    &crate::rules::invalid_policy::META,
    &crate::rules::kind_comment::META,
    &crate::rules::unused_ignore::META,
];

/// A rule and the kinds it applies to.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Entry {
    /// The rule.
    pub meta: &'static RuleMeta,
    /// The kinds whose bodies it checks.
    pub kinds: Vec<Kind>,
}

impl Entry {
    /// How safe the rule's fixes are: the meta's own, or, for a field rule
    /// over enumerated values, `Safe` (its did-you-mean replacement).
    pub fn fix(&self) -> Applicability {
        if self.meta.fix != Applicability::None {
            return self.meta.fix;
        }
        let enumerated = Kind::ALL.iter().any(|k| {
            api::objects(k.root()).iter().any(|o| {
                o.fields.iter().any(|f| {
                    let mut ty = &f.ty;
                    while let api::Ty::Array(a) = ty {
                        ty = &a.items;
                    }
                    f.rule.is_some_and(|r| std::ptr::eq(r, self.meta))
                        && matches!(ty, api::Ty::Str(api::StrSpec { values: Some(_), .. }))
                })
            })
        });
        if enumerated {
            Applicability::Safe
        } else {
            Applicability::None
        }
    }
}

static ALL: Lazy<Vec<Entry>> = Lazy::new(build);

fn build() -> Vec<Entry> {
    let mut out: Vec<Entry> = STRUCTURAL
        .iter()
        .map(|m| Entry {
            meta: m,
            kinds: Kind::ALL.to_vec(),
        })
        .collect();
    let mut add = |meta: &'static RuleMeta, kind: Kind| match out.iter_mut().find(|e| std::ptr::eq(e.meta, meta)) {
        Some(e) => {
            if !e.kinds.contains(&kind) {
                e.kinds.push(kind)
            }
        }
        None => out.push(Entry {
            meta,
            kinds: vec![kind],
        }),
    };
    for kind in Kind::ALL {
        for obj in api::objects(kind.root()) {
            for f in obj.fields {
                if let Some(r) = f.rule {
                    add(r, kind);
                }
            }
        }
        for rule in crate::rules::ALL {
            if rule.kinds().contains(&kind) {
                add(rule.meta(), kind);
            }
        }
    }
    for e in &mut out {
        e.kinds.sort();
    }
    out.sort_by_key(|e| e.meta.code);
    out
}

/// Every rule deploylint has, sorted by code.
///
/// ```
/// use deploylint::{registry, Kind};
///
/// let env = registry::get("env-source-exclusive").expect("a rule");
/// assert!(env.kinds.contains(&Kind::IefV3Create));
/// assert!(env.meta.explanation.zh.contains("三选一"));
/// // Codes are unique and sorted.
/// let codes: Vec<_> = registry::all().iter().map(|e| e.meta.code).collect();
/// assert!(codes.windows(2).all(|w| w[0] < w[1]));
/// ```
pub fn all() -> &'static [Entry] {
    &ALL
}

/// The rule with this code.
pub fn get(code: &str) -> Option<&'static Entry> {
    ALL.iter().find(|e| e.meta.code == code)
}
