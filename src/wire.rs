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

/// The diagnostics of every document as one array (the WASM `lint`): each
/// carries its 0-based `document` when there are several.
pub fn diagnostics(reports: &[Report]) -> Value {
    let several = reports.len() > 1;
    let mut all = Vec::new();
    for r in reports {
        for d in &r.diagnostics {
            let mut v = serde_json::to_value(d).unwrap_or_default();
            if let (true, Some(o)) = (several, v.as_object_mut()) {
                o.insert("document".into(), r.document.into());
            }
            all.push(v);
        }
    }
    Value::Array(all)
}

/// The outcome of fixing (the WASM `fixAll`): `{text, applied, remaining,
/// diagnostics}`, the diagnostics those of the fixed text.
pub fn fixed(f: &crate::FixResult) -> Value {
    json!({
        "text": f.text,
        "applied": f.applied,
        "remaining": f.remaining,
        "diagnostics": diagnostics(&f.reports),
    })
}
