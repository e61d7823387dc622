//! Output formats, one file each. Every renderer converts the same
//! [`crate::Diagnostic`]s; none computes a location of its own.

mod github;
mod gitlab;
mod human;
mod json;
mod junit;
mod normalise;
mod sarif;
mod step_summary;

use super::linted::{Linted, Skipped};
use crate::Lang;
use clap::ValueEnum;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source excerpts with labels (miette).
    Human,
    /// One JSON document (the stable contract).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request);
    /// with $GITHUB_STEP_SUMMARY set, a Markdown job summary is appended there too.
    Github,
    /// JUnit XML, one testsuite per file.
    Junit,
    /// GitLab Code Quality (merge request widget).
    Gitlab,
}

/// Renders `files` in `format`, and the files a directory walk `skipped`
/// (the JSON report's `skipped`, SARIF notifications; the human summary
/// counts them in `check`); `docs_url` is the base of the rule
/// documentation links (`crate::links`).
pub fn render(
    format: Format,
    files: &[Linted],
    skipped: &[Skipped],
    lang: Lang,
    docs_url: &str,
    policies: &[crate::config::PolicyEntry],
) -> String {
    match format {
        Format::Human => human::render(files, lang),
        Format::Json => json::render(files, skipped, lang),
        Format::Sarif => sarif::render(files, skipped, lang, docs_url, policies),
        Format::Github => github::render(files),
        Format::Junit => junit::render(files),
        Format::Gitlab => gitlab::render(files),
    }
}

/// The GitHub Actions job summary of `files` (Markdown), which `check
/// --format github` appends to `$GITHUB_STEP_SUMMARY`.
pub fn step_summary(files: &[Linted], lang: Lang, docs_url: &str) -> String {
    step_summary::render(files, lang, docs_url)
}

/// Each finding of `files` as the human report shows it, without the
/// summary line.
pub fn human_findings(files: &[Linted], lang: Lang) -> String {
    human::findings(files, lang).0
}

/// A path with forward slashes, as URIs and CI tools want it.
pub fn slash_path(p: &str) -> String {
    p.replace('\\', "/")
}
