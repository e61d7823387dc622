//! Human output: each diagnostic with its source excerpt (miette), then counts.

use super::super::check::Linted;
use crate::{Lang, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::io::IsTerminal;

/// Renders the human report.
pub fn render(files: &[Linted], lang: Lang) -> String {
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
        for r in &f.reports {
            for d in &r.diagnostics {
                let sev = match d.severity {
                    Severity::Error => miette::Severity::Error,
                    Severity::Warning => miette::Severity::Warning,
                };
                let label = if d.pointer.is_empty() {
                    "here".to_string()
                } else {
                    d.pointer.clone()
                };
                let start = d.span.start.min(f.text.len());
                let end = d.span.end.clamp(start, f.text.len());
                let at = match (multi, lang) {
                    (false, _) => String::new(),
                    (true, Lang::En) => format!(" (document {})", r.document + 1),
                    (true, Lang::Zh) => format!("(第 {} 个文档)", r.document + 1),
                };
                let mut md = MietteDiagnostic::new(format!("{}:{}:{}{at}: {}", f.path, d.line, d.column, d.message))
                    .with_code(d.code)
                    .with_severity(sev)
                    .with_label(LabeledSpan::at(start..end.max(start), label));
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
    }
    let n = files.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    out.push_str(&match lang {
        Lang::En => format!(
            "{n} file{} checked: {errors} error{}, {warnings} warning{}\n",
            s(n),
            s(errors),
            s(warnings)
        ),
        Lang::Zh => format!("已检查 {n} 个文件:{errors} 个错误,{warnings} 个警告\n"),
    });
    out
}
