//! The JSON report: the stable contract other tools depend on.
//!
//! `{"files":[{"path","document","kind","errors","warnings","diagnostics":[...]}]}`
//! with one entry per document; diagnostics serialise [`crate::Diagnostic`].

use super::super::check::Linted;

/// Renders the JSON report.
pub fn render(files: &[Linted]) -> String {
    let files: Vec<serde_json::Value> = files
        .iter()
        .flat_map(|f| f.reports.iter().map(|r| crate::wire::entry(Some(&f.path), r)))
        .collect();
    format!("{}\n", serde_json::json!({ "files": files }))
}
