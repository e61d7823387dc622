//! `deploylint check`: load the config, collect inputs (directories walked
//! with .gitignore respected), lint them in parallel on all cores, render in
//! a stable order, and choose the exit status.

use super::render::{self, Format};
use super::{emit, lang_from_env, parse_kind};
use crate::config::{Config, FILE_NAME};
use crate::{lint_bytes, Current, InputFormat, Kind, Lang, Options, Report};
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files, directories (walked recursively for *.json, *.yaml, *.yml,
    /// respecting .gitignore) or - for stdin.
    #[arg(value_name = "PATH", default_value = "-")]
    paths: Vec<PathBuf>,
    /// Check every document as this kind instead of recognising it.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<Kind>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Write the report to FILE; a one-line summary still goes to the terminal.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Message language (default: the config's, else LC_ALL/LANG, else en).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Input format (default: from the extension; for stdin, JSON if it starts with { or [, else YAML).
    #[arg(long, value_enum)]
    input: Option<Input>,
    /// The current deployment an update modifies (JSON or YAML): enables
    /// checks of fields an update may not change (restart_policy, IEF v3
    /// UpdateDeployment, table 16).
    #[arg(long, value_name = "CURRENT")]
    current: Option<PathBuf>,
    /// The config file (default: deploylint.toml here or in a parent directory).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ignore any config file.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Apply the config's `exclude` to files named on the command line too
    /// (for hooks such as pre-commit, which pass every staged file).
    #[arg(long)]
    force_exclude: bool,
    /// Exit 1 when there are warnings, too.
    #[arg(long)]
    deny_warnings: bool,
    /// Exit 1 when there are more than N warnings.
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s {
        "en" => Ok(Lang::En),
        "zh" => Ok(Lang::Zh),
        _ => Err(format!("unknown language `{s}`; expected en or zh")),
    }
}

/// Input formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Input {
    /// Strict JSON.
    Json,
    /// YAML 1.2, one or more documents.
    Yaml,
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

fn is_manifest(p: &Path) -> bool {
    p.extension()
        .and_then(|x| x.to_str())
        .and_then(InputFormat::from_extension)
        .is_some()
}

/// Files to lint, sorted and de-duplicated; errors for missing paths.
fn collect(paths: &[PathBuf], cfg: &Config, force_exclude: bool, errors: &mut Vec<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
        } else if p.is_file() {
            if !(force_exclude && cfg.excludes(p)) {
                out.push(p.clone());
            }
        } else if p.is_dir() {
            let walker = ignore::WalkBuilder::new(p)
                .require_git(false)
                .follow_links(true)
                .build();
            for entry in walker {
                match entry {
                    Ok(e) => {
                        let path = e.path();
                        if e.file_type().is_some_and(|t| t.is_file()) && is_manifest(path) && cfg.selects(path) {
                            out.push(path.to_path_buf());
                        }
                    }
                    Err(err) => errors.push(err.to_string()),
                }
            }
        } else {
            errors.push(format!("{}: no such file or directory", p.display()));
        }
    }
    out.sort();
    out.dedup();
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

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3 files (4 documents)", or "3 files" when every file has one document.
fn counted(files: usize, documents: usize) -> String {
    if documents == files {
        plural(files, "file", "files")
    } else {
        format!(
            "{} ({})",
            plural(files, "file", "files"),
            plural(documents, "document", "documents")
        )
    }
}

fn findings(errors: usize, warnings: usize) -> String {
    format!(
        "{}, {}",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    )
}

/// `deploylint.toml` upwards from `start`.
fn discover(start: &Path) -> Option<PathBuf> {
    start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// Reads and parses the config at `path`; errors name the file, line and column.
fn load_config(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Config::parse(&text, root).map_err(|e| format!("{}:{e}", path.display()))
}

/// The one-line summary: files and documents checked, time, findings.
fn summary(lang: Lang, files: usize, documents: usize, started: Instant, found: (usize, usize, usize)) -> String {
    let secs = started.elapsed().as_secs_f64();
    let (errors, warnings, infos) = found;
    // Infos are named only when there are some.
    match (lang, infos) {
        (Lang::En, 0) => format!(
            "deploylint: {} checked in {secs:.2}s: {}",
            counted(files, documents),
            findings(errors, warnings)
        ),
        (Lang::En, _) => format!(
            "deploylint: {} checked in {secs:.2}s: {}, {}",
            counted(files, documents),
            findings(errors, warnings),
            plural(infos, "info", "infos")
        ),
        (Lang::Zh, 0) => format!(
            "deploylint:已检查 {files} 个文件({documents} 个文档),用时 {secs:.2} 秒:{errors} 个错误,{warnings} 个警告"
        ),
        (Lang::Zh, _) => format!(
            "deploylint:已检查 {files} 个文件({documents} 个文档),用时 {secs:.2} 秒:{errors} 个错误,{warnings} 个警告,{infos} 条提示"
        ),
    }
}

/// Runs `check`.
pub fn run(args: CheckArgs) -> ExitCode {
    let started = Instant::now();
    let cfg = if args.no_config {
        Config::default()
    } else {
        let found = args
            .config
            .clone()
            .or_else(|| std::env::current_dir().ok().and_then(|d| discover(&d)));
        match found.map(|p| load_config(&p)).transpose() {
            Ok(c) => c.unwrap_or_default(),
            Err(e) => {
                eprintln!("deploylint: error: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let lang = lang_from_env(args.lang.or(cfg.lang));
    let current = match &args.current {
        Some(p) => match std::fs::read(p) {
            Ok(b) => match Current::parse(&String::from_utf8_lossy(&b), lang) {
                Ok(c) => Some(c),
                Err(found) => {
                    // A broken --current is a usage error, located in its own file.
                    for d in found {
                        eprintln!(
                            "deploylint: error: {}:{}:{}: {}",
                            p.display(),
                            d.line,
                            d.column,
                            d.message
                        );
                    }
                    return ExitCode::from(2);
                }
            },
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
    let mut io_errors = Vec::new();
    let files = collect(&args.paths, &cfg, args.force_exclude, &mut io_errors);
    let results: Vec<Result<Linted, String>> = files
        .par_iter()
        .map(|f| {
            let bytes = read(f).map_err(|e| format!("{}: {e}", f.display()))?;
            let format = forced.or_else(|| {
                f.extension()
                    .and_then(|x| x.to_str())
                    .and_then(InputFormat::from_extension)
            });
            let mut opts = cfg.apply(Options::new().kind_opt(args.kind).lang(lang).format_opt(format), f);
            if let Some(c) = &current {
                opts = opts.current(c.clone());
            }
            let reports = lint_bytes(&bytes, &opts);
            Ok(Linted {
                path: f.display().to_string(),
                text: String::from_utf8_lossy(&bytes).into_owned(),
                reports,
            })
        })
        .collect();
    let mut linted = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(l) => linted.push(l),
            Err(e) => io_errors.push(e),
        }
    }
    let report = render::render(args.format, &linted, lang);
    let (errors, warnings, infos) = linted.iter().flat_map(|l| &l.reports).fold((0, 0, 0), |(e, w, i), r| {
        (e + r.errors(), w + r.warnings(), i + r.infos())
    });
    let documents: usize = linted.iter().map(|l| l.reports.len()).sum();
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &report) {
                io_errors.push(format!("{}: {e}", path.display()));
            }
            let line = summary(lang, linted.len(), documents, started, (errors, warnings, infos));
            let summary = match lang {
                Lang::En => format!("{line}; report written to {}\n", path.display()),
                Lang::Zh => format!("{line};报告已写入 {}\n", path.display()),
            };
            emit(&summary);
        }
        None => {
            emit(&report);
            if args.format != Format::Human {
                eprintln!(
                    "{}",
                    summary(lang, linted.len(), documents, started, (errors, warnings, infos))
                );
            }
        }
    }
    for e in &io_errors {
        eprintln!("deploylint: error: {e}");
    }
    let too_many_warnings = (args.deny_warnings && warnings > 0) || args.max_warnings.is_some_and(|m| warnings > m);
    if !io_errors.is_empty() {
        ExitCode::from(2)
    } else if errors > 0 || too_many_warnings {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
