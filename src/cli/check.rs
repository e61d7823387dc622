//! `deploylint check`: collect inputs, lint each, render, and choose the exit status.

use super::{lang_from_env, parse_kind, render};
use crate::{lint_bytes, Kind, Lang, Options, Report};
use clap::{Args, ValueEnum};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files, directories (searched recursively for *.json) or - for stdin.
    #[arg(value_name = "PATH", default_value = "-")]
    paths: Vec<PathBuf>,
    /// Check every document as this kind instead of recognising it.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<Kind>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Message language (default: from LC_ALL/LANG, else en).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s {
        "en" => Ok(Lang::En),
        "zh" => Ok(Lang::Zh),
        _ => Err(format!("unknown language `{s}`; expected en or zh")),
    }
}

/// Output formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// Source excerpts with labels (miette).
    Human,
    /// One JSON document.
    Json,
}

/// One linted input.
pub struct Linted {
    /// Display path (`-` for stdin).
    pub path: String,
    /// The text (lossy for invalid UTF-8), for excerpts.
    pub text: String,
    /// The report.
    pub report: Report,
}

fn collect(paths: &[PathBuf], errors: &mut Vec<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
        } else if p.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(p)
                .follow_links(true)
                .into_iter()
                .filter_map(|e| match e {
                    Ok(e) => Some(e),
                    Err(err) => {
                        errors.push(format!("{err}"));
                        None
                    }
                })
                .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "json"))
                .map(|e| e.into_path())
                .collect();
            found.sort();
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            errors.push(format!("{}: no such file or directory", p.display()));
        }
    }
    out
}

fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

/// Runs `check`.
pub fn run(args: CheckArgs) -> ExitCode {
    let lang = lang_from_env(args.lang);
    let opts = Options {
        kind: args.kind,
        lang,
        ..Options::default()
    };
    let mut io_errors = Vec::new();
    let files = collect(&args.paths, &mut io_errors);
    let mut linted = Vec::new();
    for f in files {
        match read(&f) {
            Ok(bytes) => {
                let report = lint_bytes(&bytes, &opts);
                linted.push(Linted {
                    path: f.display().to_string(),
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                    report,
                });
            }
            Err(e) => io_errors.push(format!("{}: {e}", f.display())),
        }
    }
    match args.format {
        Format::Human => print!("{}", render::human(&linted, lang)),
        Format::Json => println!("{}", render::json(&linted)),
    }
    for e in &io_errors {
        eprintln!("deploylint: error: {e}");
    }
    if !io_errors.is_empty() {
        ExitCode::from(2)
    } else if linted.iter().any(|l| l.report.errors() > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
