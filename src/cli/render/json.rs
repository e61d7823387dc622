//! The JSON report: the stable contract other tools depend on.
//!
//! `{"files":[{"path","document","kind","errors","warnings","diagnostics":[...]}],
//! "skipped":[{"path","reason","message"}]}` with one entry per document;
//! diagnostics serialise [`crate::Diagnostic`]. `skipped` lists the files
//! a directory walk did not lint: `reason` is a stable name
//! (`not-a-request-body`, `does-not-parse`), `message` its words in the
//! run's language.

use super::super::linted::{Linted, Skipped};
use crate::Lang;

/// Renders the JSON report, one entry at a time: only one entry's
/// `serde_json::Value` exists at once, not a tree of the whole report.
pub fn render(files: &[Linted], skipped: &[Skipped], lang: Lang) -> String {
    let mut out = String::from("{\"files\":[");
    for (i, entry) in files
        .iter()
        .flat_map(|f| f.reports.iter().map(|r| crate::wire::entry(Some(&f.path), r)))
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&entry.to_string());
    }
    out.push_str("],\"skipped\":");
    let skipped: Vec<_> = skipped
        .iter()
        .map(|s| serde_json::json!({"path": s.path, "reason": s.reason.code(), "message": s.reason.message(lang)}))
        .collect();
    out.push_str(&serde_json::Value::from(skipped).to_string());
    out.push_str("}\n");
    out
}
