//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`,
//! which GitHub turns into annotations on the pull request. Paths are
//! normalised (`./deploy/a.json` is `deploy/a.json`), as GitHub matches them
//! against the repository's files.

use super::super::linted::Linted;
use super::normalise::normalise;
use super::slash_path;
use crate::Severity;

/// Escapes a command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a command property.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Renders workflow commands, one per diagnostic.
pub fn render(files: &[Linted]) -> String {
    let mut out = String::new();
    for f in files {
        for d in f.reports.iter().flat_map(|r| &r.diagnostics) {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = d.message.clone();
            if !d.pointer.is_empty() {
                message.push_str(&format!(" ({})", d.pointer));
            }
            if let Some(h) = &d.help {
                message.push('\n');
                message.push_str(h);
            }
            out.push_str(&format!(
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                property(&normalise(&slash_path(&f.path))),
                d.line,
                d.column,
                d.end_line,
                d.end_column,
                property(&format!("deploylint {}", d.code)),
                data(&message)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
