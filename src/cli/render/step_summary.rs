//! The GitHub Actions job summary of `--format github`: a Markdown table of
//! the files checked and the errors and warnings found, then the first
//! [`SHOWN`] findings (`file:line`, the code linked to its rule's
//! documentation, the message), headers in the run's language. `check`
//! appends it to the file `GITHUB_STEP_SUMMARY` names, when it names one.

use super::super::linted::Linted;
use super::normalise::normalise;
use super::slash_path;
use crate::{links, registry, Lang};

/// How many findings the summary lists; the step log has every one.
pub const SHOWN: usize = 20;

/// Escapes what Markdown (and a GFM table cell) would read as markup,
/// keeping the messages' `code` spans as code (inside them only `|` is
/// escaped, as GFM tables want); a line break becomes a space.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // A span is code only when it closes: a backtick before the last one opens one.
    let last = s.rfind('`');
    let mut code = false;
    for (i, c) in s.char_indices() {
        match c {
            '`' if code || Some(i) < last => {
                code = !code;
                out.push(c);
            }
            '|' => out.push_str("\\|"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' if !code => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The summary of `files` (the config file's findings included, not counted
/// as a file checked).
pub fn render(files: &[Linted], lang: Lang, docs_url: &str) -> String {
    let checked = files.iter().filter(|f| !f.config).count();
    let reports = || files.iter().flat_map(|f| &f.reports);
    let errors: usize = reports().map(|r| r.errors()).sum();
    let warnings: usize = reports().map(|r| r.warnings()).sum();
    let (counts, columns) = match lang {
        Lang::En => ("| Files | Errors | Warnings |", "| Location | Rule | Message |"),
        Lang::Zh => ("| 文件 | 错误 | 警告 |", "| 位置 | 规则 | 消息 |"),
    };
    let mut out =
        format!("### deploylint\n\n{counts}\n| ---: | ---: | ---: |\n| {checked} | {errors} | {warnings} |\n");
    let findings: Vec<_> = files
        .iter()
        .flat_map(|f| {
            f.reports
                .iter()
                .flat_map(move |r| r.diagnostics.iter().map(move |d| (f, d)))
        })
        .collect();
    if !findings.is_empty() {
        out.push_str(&format!("\n{columns}\n| --- | --- | --- |\n"));
        for (f, d) in findings.iter().take(SHOWN) {
            // Policies have no page in the rule documentation.
            let rule = match registry::get(d.code) {
                Some(_) => format!("[{}]({})", cell(d.code), links::rule_url(docs_url, d.code)),
                None => cell(d.code),
            };
            out.push_str(&format!(
                "| {}:{} | {rule} | {} |\n",
                cell(&normalise(&slash_path(&f.path))),
                d.line,
                cell(&d.message)
            ));
        }
        let more = findings.len().saturating_sub(SHOWN);
        if more > 0 {
            out.push_str(&match lang {
                Lang::En => format!("\n{more} more in the step log.\n"),
                Lang::Zh => format!("\n另有 {more} 条,见步骤日志。\n"),
            });
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_markup_and_line_breaks() {
        assert_eq!(cell("a|b_c\n[d](e)"), "a\\|b\\_c \\[d\\](e)");
        assert_eq!(cell("`image_url` or `a|b`, 1` x"), "`image_url` or `a\\|b`, 1\\` x");
    }
}
