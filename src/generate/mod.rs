//! Generated artefacts: JSON Schemas and the rule catalogue (with the loaded
//! team policies), as pure functions.
//!
//! `deploylint schema`, `deploylint rules`, the WASM package and the
//! freshness tests all call these; the files in `schemas/` and
//! `docs/rules.md` are their output, never edited by hand.

pub mod docs;
#[cfg(feature = "policies")]
#[cfg_attr(not(feature = "cli"), allow(dead_code))] // The catalogue's policies: `deploylint rules`.
pub mod policies;
pub mod schema;
