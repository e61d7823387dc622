//! The JSON output contract, in one place (like ripgrep's `jsont.rs`): the
//! CLI's `--format json` and the WASM package both build their per-document
//! entries here, so the two cannot drift.
//!
//! An entry is `{"path"?, "document", "kind", "errors", "warnings", "infos",
//! "diagnostics": [...], "suppressed": [...]}`; diagnostics serialise
//! [`crate::Diagnostic`] (`code`, `severity`, `message`, `help`, `pointer`,
//! `line`, `column`, `end_line`, `end_column`, `span`, `fix`); a suppressed
//! finding is a diagnostic with a `suppression` (`kind` `inSource` or
//! `external`, `justification`, the comment's `line` or the config `entry`).

use crate::Report;
use serde_json::{json, Value};

/// One document's entry; `path` is omitted when `None` (the WASM API).
pub fn entry(path: Option<&str>, r: &Report) -> Value {
    let mut v = json!({
        "document": r.document,
        "kind": r.kind.map(|k| k.name()),
        "errors": r.errors(),
        "warnings": r.warnings(),
        "infos": r.infos(),
        "diagnostics": r.diagnostics,
        "suppressed": r.suppressed,
    });
    if let Some(p) = path {
        v["path"] = json!(p);
    }
    v
}
