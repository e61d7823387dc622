//! The `policies` option of the `deploylint/policies` entry (the `policies`
//! feature, with the JSON Schema validator; the default entry's core refuses
//! policies), compiled by the core. `api.js` keeps, per options object, the
//! handle [`compile_policies`] returned, so a list is compiled once however
//! many times it is linted; [`policy_compilations`] counts compilations.

use deploylint::__private::host::{Given, PolicyStore};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The compiled lists.
    static STORE: RefCell<PolicyStore> = RefCell::new(PolicyStore::default());
}

/// Applies the policies compiled as `handle` (or those of `options`, compiled now).
pub fn apply(options: &serde_json::Value, handle: u32, mut given: Given) -> Given {
    STORE.with(|s| s.borrow_mut().apply(options, handle, &mut given));
    given
}

/// Compiles the `policies` of `options` once: a handle (0 when there are none).
#[wasm_bindgen(js_name = compilePolicies)]
pub fn compile_policies(options: JsValue) -> u32 {
    let options = crate::json(&options).unwrap_or_default();
    STORE.with(|s| s.borrow_mut().insert(&options))
}

/// Frees a handle (when its options object is collected).
#[wasm_bindgen(js_name = dropPolicies)]
pub fn drop_policies(handle: u32) {
    STORE.with(|s| s.borrow_mut().remove(handle));
}

/// How many `policies` lists this module has compiled (a test hook).
#[wasm_bindgen(js_name = policyCompilations)]
pub fn policy_compilations() -> u32 {
    STORE.with(|s| s.borrow().compilations)
}
