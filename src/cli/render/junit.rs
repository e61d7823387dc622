//! JUnit XML: one testsuite per file (per document in a YAML stream), one
//! testcase per diagnostic (errors fail, warnings pass with their text in
//! system-out), one skipped testcase per suppressed finding (its reason as
//! the skip message, so a silenced finding is visible, never dropped), and
//! one passing testcase for a clean document, so CI servers show every file
//! checked.

use super::super::linted::Linted;
use crate::Severity;

fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // XML 1.0 forbids these even as character references: show their
            // control pictures (U+2400 + code), as the human excerpts do.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {
                o.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'))
            }
            '\u{fffe}' | '\u{ffff}' => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

/// A testcase's name: code, pointer and position.
fn case_name(d: &crate::Diagnostic) -> String {
    format!(
        "{} {} ({}:{})",
        d.code,
        if d.pointer.is_empty() { "/" } else { &d.pointer },
        d.line,
        d.column
    )
}

/// Renders the JUnit report.
pub fn render(files: &[Linted]) -> String {
    let mut suites = String::new();
    let (mut tests, mut failures, mut skipped_total) = (0, 0, 0);
    for f in files {
        for r in &f.reports {
            let name = if f.reports.len() > 1 {
                format!("{} (document {})", f.path, r.document + 1)
            } else {
                f.path.clone()
            };
            let skipped = r.suppressed.len();
            let n = (r.diagnostics.len() + skipped).max(1);
            let fails = r.errors();
            tests += n;
            failures += fails;
            skipped_total += skipped;
            suites.push_str(&format!(
                "  <testsuite name=\"{}\" tests=\"{n}\" failures=\"{fails}\" errors=\"0\" skipped=\"{skipped}\">\n",
                xml(&name)
            ));
            if r.diagnostics.is_empty() && r.suppressed.is_empty() {
                let kind = r.kind.map_or("unknown kind", |k| k.name());
                suites.push_str(&format!(
                    "    <testcase name=\"{}\" classname=\"{}\"/>\n",
                    xml(kind),
                    xml(&name)
                ));
            }
            for d in &r.diagnostics {
                let case = case_name(d);
                suites.push_str(&format!(
                    "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\">\n",
                    xml(&case),
                    xml(&name),
                    xml(&f.path),
                    d.line
                ));
                let body = format!(
                    "{}:{}:{}: {}{}",
                    f.path,
                    d.line,
                    d.column,
                    d.message,
                    d.help.as_ref().map(|h| format!("\n{h}")).unwrap_or_default()
                );
                match d.severity {
                    Severity::Error => suites.push_str(&format!(
                        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                        xml(d.code),
                        xml(&d.message),
                        xml(&body)
                    )),
                    Severity::Warning | Severity::Info => suites.push_str(&format!(
                        "      <system-out>{}: {}</system-out>\n",
                        d.severity.as_str(),
                        xml(&body)
                    )),
                }
                suites.push_str("    </testcase>\n");
            }
            for s in &r.suppressed {
                let d = &s.diagnostic;
                let reason = s.suppression.justification.as_deref().unwrap_or("no reason given");
                suites.push_str(&format!(
                    "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\">\n      <skipped message=\"suppressed: {}\">{}:{}:{}: {}</skipped>\n    </testcase>\n",
                    xml(&case_name(d)),
                    xml(&name),
                    xml(&f.path),
                    d.line,
                    xml(reason),
                    xml(&f.path),
                    d.line,
                    d.column,
                    xml(&d.message)
                ));
            }
            suites.push_str("  </testsuite>\n");
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"deploylint\" tests=\"{tests}\" failures=\"{failures}\" skipped=\"{skipped_total}\">\n{suites}</testsuites>\n"
    )
}
