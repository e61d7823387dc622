//! Generated artefacts: JSON Schemas and the rule catalogue (with the loaded
//! team policies), as pure functions.
//!
//! `deploylint schema`, `deploylint rules`, the WASM package and the
//! freshness tests all call these; the files in `schemas/` and
//! `docs/rules.md` are their output, never edited by hand.

pub mod docs;
#[cfg(feature = "policies")]
pub mod policies;
pub mod schema;
