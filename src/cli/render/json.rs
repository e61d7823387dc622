//! The JSON report: the stable contract other tools depend on.
//!
//! `{"files":[{"path","document","kind","errors","warnings","diagnostics":[...]}]}`
//! with one entry per document; diagnostics serialise [`crate::Diagnostic`].

use super::super::check::Linted;

/// Renders the JSON report, one entry at a time: only one entry's
/// `serde_json::Value` exists at once, not a tree of the whole report.
pub fn render(files: &[Linted]) -> String {
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
    out.push_str("]}\n");
    out
}
