//! Policy codes as `&'static str`: a [`Diagnostic`](crate::Diagnostic)'s
//! code is static, and a policy's id is read from a config at run time, so
//! each distinct id is leaked once, with the one [`RuleMeta`] the report
//! stage needs for it, and found again on every later compile (a language
//! server recompiles on each config change: the ids stay a handful).

use crate::rule_meta::{Category, RuleMeta};
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::sync::Mutex;

static METAS: Lazy<Mutex<HashMap<String, &'static RuleMeta>>> = Lazy::new(|| Mutex::new(HashMap::new()));

/// The rule meta of the policy `id` (its code is `id`), leaked the first time only.
pub(crate) fn meta(id: &str) -> &'static RuleMeta {
    let mut metas = METAS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(m) = metas.get(id) {
        return m;
    }
    let code: &'static str = Box::leak(id.to_string().into_boxed_str());
    // `Api`: a policy is never switched off by the preset, only by a level.
    let m: &'static RuleMeta = Box::leak(Box::new(RuleMeta::new(code, Category::Api)));
    metas.insert(id.to_string(), m);
    m
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_meta_per_id() {
        let a = super::meta("acme-intern-test");
        let b = super::meta("acme-intern-test");
        assert!(std::ptr::eq(a, b));
        assert_eq!(a.code, "acme-intern-test");
    }
}
