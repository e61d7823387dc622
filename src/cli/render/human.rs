//! Human output: each diagnostic with its source excerpt (miette), then counts.
//!
//! miette gets a small excerpt per diagnostic ([`excerpt`]), never the whole
//! file, with secret values masked ([`secrets`]).

mod excerpt;
mod secrets;

use super::super::linted::Linted;
use crate::{Lang, Severity};
use excerpt::{Lines, Plan};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic};
use secrets::Secrets;
use std::io::IsTerminal;

/// Lines either side of an excerpt that the fallback secret scan reads.
const NEARBY: usize = 2;

/// Renders the human report: each finding, then the summary line.
pub fn render(files: &[Linted], lang: Lang) -> String {
    let (mut out, (errors, warnings, infos)) = findings(files, lang);
    // The config's own findings are counted, but it is not a file checked.
    let n = files.iter().filter(|f| !f.config).count();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    // Infos are counted only when there are some, so the usual line is unchanged.
    out.push_str(&match (lang, infos) {
        (Lang::En, 0) => format!(
            "{n} file{} checked: {errors} error{}, {warnings} warning{}\n",
            s(n),
            s(errors),
            s(warnings)
        ),
        (Lang::En, _) => format!(
            "{n} file{} checked: {errors} error{}, {warnings} warning{}, {infos} info{}\n",
            s(n),
            s(errors),
            s(warnings),
            s(infos)
        ),
        (Lang::Zh, 0) => format!("已检查 {n} 个文件:{errors} 个错误,{warnings} 个警告\n"),
        (Lang::Zh, _) => format!("已检查 {n} 个文件:{errors} 个错误,{warnings} 个警告,{infos} 条提示\n"),
    });
    out
}

/// Each finding of `files` with its excerpt, and the errors, warnings and
/// infos among them.
pub fn findings(files: &[Linted], lang: Lang) -> (String, (usize, usize, usize)) {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    let mut out = String::new();
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for f in files {
        let multi = f.reports.len() > 1;
        // Built once per file, and only for a file with findings.
        let mut index: Option<(Lines, Secrets)> = None;
        for r in &f.reports {
            for d in &r.diagnostics {
                let sev = match d.severity {
                    Severity::Error => miette::Severity::Error,
                    Severity::Warning => miette::Severity::Warning,
                    Severity::Info => miette::Severity::Advice,
                };
                // A pointer can hold a key of any length: the label stays a few hundred columns.
                let label = if d.pointer.is_empty() {
                    "here".to_string()
                } else if d.pointer.chars().count() > 200 {
                    let head: String = d.pointer.chars().take(199).collect();
                    format!("{head}…")
                } else {
                    d.pointer.clone()
                };
                let at = match (multi, lang) {
                    (false, _) => String::new(),
                    (true, Lang::En) => format!(" (document {})", r.document + 1),
                    (true, Lang::Zh) => format!("(第 {} 个文档)", r.document + 1),
                };
                let (lines, secrets) = index.get_or_insert_with(|| (Lines::new(&f.text), Secrets::of(&f.reports)));
                let plan = Plan::new(&f.text, lines, d.span.start..d.span.end);
                let shown: Vec<_> = plan.shown().collect();
                let (first, last) = plan.lines();
                let nearby: Vec<_> = (first.saturating_sub(NEARBY)..first)
                    .chain(last + 1..(last + 1 + NEARBY).min(lines.count()))
                    .map(|i| lines.head(&f.text, i))
                    .collect();
                let masks = secrets.masks(&f.text, r.document, &shown, &nearby);
                let excerpt = plan.build(&f.text, &f.path, &masks, d.line, d.column);
                let mut md = MietteDiagnostic::new(format!("{}:{}:{}{at}: {}", f.path, d.line, d.column, d.message))
                    .with_code(d.code)
                    .with_severity(sev)
                    .with_label(LabeledSpan::at(excerpt.label(), label));
                if let Some(h) = &d.help {
                    md = md.with_help(h.clone());
                }
                let report = miette::Report::new(md).with_source_code(excerpt);
                let _ = handler.render_report(&mut out, report.as_ref());
                out.push('\n');
                match d.severity {
                    Severity::Error => errors += 1,
                    Severity::Warning => warnings += 1,
                    Severity::Info => infos += 1,
                }
            }
        }
    }
    (out, (errors, warnings, infos))
}
