//! Renderers: human (miette) and the JSON contract. They convert the one
//! [`crate::Diagnostic`]; they never compute a location of their own.

use super::check::Linted;
use crate::{Lang, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::io::IsTerminal;

/// The human report: each diagnostic with its source excerpt, then a summary.
pub fn human(files: &[Linted], lang: Lang) -> String {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    let mut out = String::new();
    let (mut errors, mut warnings) = (0, 0);
    for f in files {
        let multi = f.reports.len() > 1;
        for d in f
            .reports
            .iter()
            .flat_map(|r| r.diagnostics.iter().map(move |d| (r.document, d)))
        {
            let (doc, d) = d;
            let sev = match d.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            };
            let label = if d.pointer.is_empty() {
                "here".to_string()
            } else {
                d.pointer.clone()
            };
            let len = d
                .span
                .end
                .saturating_sub(d.span.start)
                .max(1)
                .min(f.text.len().saturating_sub(d.span.start).max(1));
            let at = if multi {
                match lang {
                    Lang::En => format!(" (document {})", doc + 1),
                    Lang::Zh => format!("(第 {} 个文档)", doc + 1),
                }
            } else {
                String::new()
            };
            let mut md = MietteDiagnostic::new(format!("{}:{}:{}{at}: {}", f.path, d.line, d.column, d.message))
                .with_code(d.code)
                .with_severity(sev)
                .with_label(LabeledSpan::at(
                    d.span.start.min(f.text.len())
                        ..d.span.start.min(f.text.len())
                            + len.min(f.text.len().saturating_sub(d.span.start.min(f.text.len()))),
                    label,
                ));
            if let Some(h) = &d.help {
                md = md.with_help(h.clone());
            }
            let report = miette::Report::new(md).with_source_code(NamedSource::new(&f.path, f.text.clone()));
            let _ = handler.render_report(&mut out, report.as_ref());
            out.push('\n');
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
        }
    }
    let n = files.len();
    out.push_str(&match lang {
        Lang::En => format!(
            "{n} file{} checked: {errors} error{}, {warnings} warning{}\n",
            plural(n),
            plural(errors),
            plural(warnings)
        ),
        Lang::Zh => format!("已检查 {n} 个文件:{errors} 个错误,{warnings} 个警告\n"),
    });
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The JSON report (the foundation contract).
pub fn json(files: &[Linted]) -> String {
    let files: Vec<serde_json::Value> = files
        .iter()
        .flat_map(|f| {
            f.reports.iter().map(|r| {
                serde_json::json!({
                    "path": f.path,
                    "document": r.document,
                    "kind": r.kind.map(|k| k.name()),
                    "errors": r.errors(),
                    "warnings": r.warnings(),
                    "diagnostics": r.diagnostics,
                })
            })
        })
        .collect();
    serde_json::json!({ "files": files }).to_string()
}
