//! `deploylint check`: collect inputs, lint each, render, and choose the exit status.

use super::{lang_from_env, parse_kind, render};
use crate::{lint_bytes, InputFormat, Kind, Lang, Options, Report};
use clap::{Args, ValueEnum};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files, directories (searched recursively for *.json, *.yaml, *.yml) or - for stdin.
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
    /// Input format (default: from the extension; for stdin, JSON if it starts with { or [, else YAML).
    #[arg(long, value_enum)]
    input: Option<Input>,
    /// The current deployment an update modifies (JSON or YAML): enables
    /// checks of fields an update may not change.
    #[arg(long, value_name = "CURRENT")]
    current: Option<PathBuf>,
}

/// Input formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Input {
    /// Strict JSON.
    Json,
    /// YAML 1.2, one or more documents.
    Yaml,
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
    /// One report per document.
    pub reports: Vec<Report>,
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
                .filter(|e| {
                    e.file_type().is_file()
                        && e.path()
                            .extension()
                            .and_then(|x| x.to_str())
                            .and_then(InputFormat::from_extension)
                            .is_some()
                })
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
    let mut io_errors = Vec::new();
    let current = match &args.current {
        Some(p) => match std::fs::read(p) {
            Ok(b) => Some(String::from_utf8_lossy(&b).into_owned()),
            Err(e) => {
                eprintln!("deploylint: error: {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let forced = args.input.map(|i| match i {
        Input::Json => InputFormat::Json,
        Input::Yaml => InputFormat::Yaml,
    });
    let files = collect(&args.paths, &mut io_errors);
    let mut linted = Vec::new();
    for f in files {
        match read(&f) {
            Ok(bytes) => {
                let format = forced.or_else(|| {
                    f.extension()
                        .and_then(|x| x.to_str())
                        .and_then(InputFormat::from_extension)
                });
                let opts = Options {
                    kind: args.kind,
                    lang,
                    format,
                    current: current.clone(),
                };
                let reports = lint_bytes(&bytes, &opts);
                linted.push(Linted {
                    path: f.display().to_string(),
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                    reports,
                });
            }
            Err(e) => io_errors.push(format!("{}: {e}", f.display())),
        }
    }
    match args.format {
        Format::Human => super::emit(&render::human(&linted, lang)),
        Format::Json => super::emit(&format!("{}\n", render::json(&linted))),
    }
    for e in &io_errors {
        eprintln!("deploylint: error: {e}");
    }
    if !io_errors.is_empty() {
        ExitCode::from(2)
    } else if linted.iter().flat_map(|l| &l.reports).any(|r| r.errors() > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
