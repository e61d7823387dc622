//! **Not API**: for this workspace's tests, benches, fuzz targets and the
//! CLI/WASM adapters; no semver promise. Anything here may change or go in
//! any release.
//!
//! What is here is what those users check or need of the internals: the
//! generators of `schemas/` and `docs/rules.md`, the parser, the spec
//! statics, the words of findings, the wire form of a report, the
//! recognition of files and the starter bodies of `deploylint new`.

pub use crate::diagnostics::Words;
pub use crate::generate::{docs, schema};
pub use crate::kind_comment::find as kind_comment;
pub use crate::recognise::Skip;
pub use crate::syntax::{parse, parse_with};

/// The API object specs (`src/api`).
pub mod api {
    pub use crate::api::*;
}
/// A host's options as JSON (`src/host`): the WASM binding's reader.
pub mod host {
    pub use crate::host::*;
}
/// Bounds in words (`src/diagnostics/bounds.rs`).
pub mod bounds {
    pub use crate::diagnostics::bounds::*;
}
/// deploylint.toml (`src/config.rs`).
#[cfg(feature = "config")]
pub mod config {
    pub use crate::config::*;
}
/// The modeline (`src/kind_comment.rs`).
pub mod kind_comment_module {
    pub use crate::kind_comment::*;
}
/// JSON Pointers over the tree (`src/syntax/pointer.rs`).
pub mod pointer {
    pub use crate::syntax::pointer::*;
}
/// What files are request bodies (`src/recognise.rs`).
pub mod recognise {
    pub use crate::recognise::*;
}
/// The documentation links (`src/links.rs`).
pub mod links {
    pub use crate::links::*;
}
/// The starter bodies of `deploylint new` (`src/skeleton.rs`).
pub mod skeleton {
    pub use crate::skeleton::*;
}
/// The JSON form of a report (`src/wire.rs`).
pub mod wire {
    pub use crate::wire::*;
}
