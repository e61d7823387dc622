//! Shared pieces of deploylint's fuzz targets (`fuzz_targets/`).
//!
//! - [`invariants`]: what every report must satisfy, whatever the input;
//! - [`cli`]: the CLI's private output renderers, compiled from their source;
//! - [`manifest`]: the structure-aware mutations of real manifests;
//! - [`xml`]: the XML 1.0 character rules the JUnit output must follow.
//!
//! The re-exports below give the renderers' `crate::` paths something to
//! resolve to: they were written inside the deploylint crate.

pub use deploylint::__private::{config, links, wire};
pub use deploylint::looks_secret;
pub use deploylint::{lint, registry, Diagnostic, Lang, Options, Report, Severity};

/// The renderers' `crate::syntax`.
pub mod syntax {
    pub use deploylint::query::LineIndex;
}

pub mod cli;
pub mod invariants;
pub mod manifest;
pub mod xml;
