//! `deploylint check`: load the config, collect inputs (directories walked
//! with .gitignore respected), lint them in parallel on all cores, render in
//! a stable order, and choose the exit status.
//!
//! A directory walk lints request bodies only: a file it finds is linted
//! when [`crate::recognise::walked`] takes it for a body (a `# deploylint:
//! kind=...` comment, its shape, or, when no document parses, a
//! request-body key in its text), or when it is forced: `--kind`, a
//! `[[kinds]]` glob or the config's `include` matches it. The others are
//! skipped with their reason ([`crate::recognise::Skip`]): counted in the
//! summary, listed by `--verbose`, in the JSON report's `skipped` and as
//! SARIF notifications. A walked file is parsed once: recognition and lint
//! share the trees ([`crate::Parsed`]). Files named on the command
//! line and stdin are always linted. A walk that finds no body says so
//! (`--fail-if-no-bodies`: exit 1). With `--fix` each file is
//! first fixed ([`crate::fix_all`]) and written back (`--diff`: a unified
//! diff is printed instead); the summary counts what was fixed, what
//! remains and what was suppressed. `[[ignore]]` entries of the config
//! that silenced nothing (`unused-ignore`) are findings of the config file,
//! reported in every format after the files linted. With `--format github`
//! and `GITHUB_STEP_SUMMARY` set, the job summary is appended to that file.

use super::linted::{Linted, Skipped};
use super::render::{self, Format};
use super::{docs_url_from_env, emit, lang_from_env, parse_kind};
use crate::config::{Config, FILE_NAME};
use crate::limits::{Limit, Limits};
use crate::recognise::{self, Skip};
use crate::{fix_all, lint_bytes, Current, InputFormat, Kind, Lang, Options, Parsed, Preset, Report};
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
    /// List the files a directory walk skipped, with the reason (on stderr).
    #[arg(long, short = 'v')]
    verbose: bool,
    /// Exit 1 when the directories walked hold no request body.
    #[arg(long)]
    fail_if_no_bodies: bool,
    /// Exit 1 when there are warnings, too.
    #[arg(long)]
    deny_warnings: bool,
    /// Exit 1 when there are more than N warnings.
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
    /// Which rules are on (default: the config's, else api; recommended adds the best-practice warnings).
    #[arg(long, value_enum)]
    preset: Option<PresetArg>,
    /// Apply every safe fix in place, repeating until nothing changes (stdin: print the fixed text).
    #[arg(long)]
    fix: bool,
    /// Print a unified diff of the fixes instead of writing them (implies --fix).
    #[arg(long)]
    diff: bool,
    /// Apply unsafe fixes too (with --fix or --diff).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Base URL of the rule documentation that SARIF links to (default: the
    /// config's `docs-url`, else $DEPLOYLINT_DOCS_URL, else the docs/ folder
    /// deploylint was built from).
    #[arg(long, value_name = "URL", value_parser = crate::links::parse_docs_url)]
    docs_url: Option<String>,
    /// The largest input, in bytes (default: the config's, else 16 MiB).
    #[arg(long, value_name = "BYTES", value_parser = |s: &str| limit_value(Limit::InputSize, s))]
    max_input_size: Option<usize>,
    /// The deepest nesting of arrays and objects (default: the config's, else 512; at most 1000).
    #[arg(long, value_name = "N", value_parser = |s: &str| limit_value(Limit::Depth, s))]
    max_depth: Option<usize>,
    /// The most nodes YAML aliases may add to a document (default: the config's, else 100000).
    #[arg(long, value_name = "N", value_parser = |s: &str| limit_value(Limit::Aliases, s))]
    max_aliases: Option<usize>,
    /// The longest string or key, in bytes (default: the config's, else 1 MiB).
    #[arg(long, value_name = "BYTES", value_parser = |s: &str| limit_value(Limit::StringLength, s))]
    max_string_length: Option<usize>,
    /// The most findings reported per document (default: the config's, else 1000).
    #[arg(long, value_name = "N", value_parser = |s: &str| limit_value(Limit::Findings, s))]
    max_findings: Option<usize>,
}

impl CheckArgs {
    /// The limits set by flags.
    fn limits(&self) -> Vec<(Limit, usize)> {
        [
            (Limit::InputSize, self.max_input_size),
            (Limit::Depth, self.max_depth),
            (Limit::Aliases, self.max_aliases),
            (Limit::StringLength, self.max_string_length),
            (Limit::Findings, self.max_findings),
        ]
        .into_iter()
        .filter_map(|(l, v)| v.map(|v| (l, v)))
        .collect()
    }
}

/// A `--max-…` value: a whole number from 1 to the limit's ceiling.
fn limit_value(limit: Limit, s: &str) -> Result<usize, String> {
    let n: usize = s.parse().map_err(|_| format!("`{s}` is not a whole number"))?;
    limit.check(n)
}

/// Presets on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PresetArg {
    /// API constraints only.
    Api,
    /// API constraints and best-practice warnings.
    Recommended,
}

/// Parses a language (`en` or `zh`) for clap.
pub(super) fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse().map_err(|e: crate::UnknownName| e.to_string())
}

/// Input formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Input {
    /// Strict JSON.
    Json,
    /// YAML 1.2, one or more documents.
    Yaml,
}

/// What became of one input.
enum Outcome {
    Linted(Linted),
    Skipped(Skipped),
}

fn is_manifest(p: &Path) -> bool {
    p.extension()
        .and_then(|x| x.to_str())
        .and_then(InputFormat::from_extension)
        .is_some()
}

/// Files to lint, sorted and de-duplicated, each with whether a directory
/// walk found it (and it was not named too); errors for missing paths.
fn collect(paths: &[PathBuf], cfg: &Config, force_exclude: bool, errors: &mut Vec<String>) -> Vec<(PathBuf, bool)> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push((p.clone(), false));
        } else if p.is_file() {
            if !(force_exclude && cfg.excludes(p)) {
                out.push((p.clone(), false));
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
                            out.push((path.to_path_buf(), true));
                        }
                    }
                    Err(err) => errors.push(err.to_string()),
                }
            }
        } else {
            errors.push(format!("{}: no such file or directory", p.display()));
        }
    }
    // Named before walked, so a file both named and found is linted.
    out.sort();
    out.dedup_by(|b, a| a.0 == b.0);
    out
}

/// Appends `text` to the file at `path` (created when missing).
fn append(path: &Path, text: &str, errors: &mut Vec<String>) {
    use std::io::Write;
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        errors.push(format!("{}: {e}", path.display()));
    }
}

/// The bytes of `path` (`-`: stdin), at most `cap` of them: past the input
/// size limit, the rest is never read (the lint reports the limit).
fn read(path: &Path, cap: usize) -> std::io::Result<Vec<u8>> {
    let cap = u64::try_from(cap).unwrap_or(u64::MAX);
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().take(cap).read_to_end(&mut buf)?;
    } else {
        let file = std::fs::File::open(path)?;
        // Sized from the file's length, as `std::fs::read` is: a 100 MB file
        // is not read through a buffer that doubles (and is copied) 20 times.
        let hint = file.metadata().map_or(0, |m| m.len().min(cap));
        buf.reserve_exact(usize::try_from(hint).unwrap_or(0).saturating_add(1));
        file.take(cap).read_to_end(&mut buf)?;
    }
    Ok(buf)
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
pub(crate) fn discover(start: &Path) -> Option<PathBuf> {
    start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// What `--fix` did and what `--diff` would do, and what was suppressed.
struct Tally {
    /// Files a directory walk skipped.
    skipped: usize,
    fixed: Option<(usize, usize)>,
    suppressed: usize,
}

impl Tally {
    /// `3 skipped (...)`, `2 suppressed`, `3 fixed, 1 remaining`: what there is to say.
    fn parts(&self, lang: Lang, diff: bool) -> Vec<String> {
        let mut out = Vec::new();
        if self.skipped > 0 {
            out.push(match lang {
                Lang::En => format!("{} skipped (not request bodies; --verbose lists them)", self.skipped),
                Lang::Zh => format!("已跳过 {} 个(不是请求体;--verbose 列出)", self.skipped),
            });
        }
        if self.suppressed > 0 {
            out.push(match lang {
                Lang::En => format!("{} suppressed", self.suppressed),
                Lang::Zh => format!("已抑制 {} 个", self.suppressed),
            });
        }
        if let Some((applied, remaining)) = self.fixed {
            out.push(match (lang, diff) {
                (Lang::En, false) => format!("{applied} fixed, {remaining} remaining"),
                (Lang::En, true) => format!("{applied} would be fixed, {remaining} would remain"),
                (Lang::Zh, false) => format!("已修复 {applied} 个,剩余 {remaining} 个"),
                (Lang::Zh, true) => format!("可修复 {applied} 个,将剩余 {remaining} 个"),
            });
        }
        out
    }

    /// The parts after a summary line: `; 2 suppressed; 3 fixed, 1 remaining`.
    fn suffix(&self, lang: Lang, diff: bool) -> String {
        let sep = if lang == Lang::Zh { ";" } else { "; " };
        self.parts(lang, diff).iter().map(|p| format!("{sep}{p}")).collect()
    }
}

/// The unified diff of one fixed file.
fn unified(path: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", path.trim_start_matches('/')),
            &format!("b/{}", path.trim_start_matches('/')),
        )
        .to_string()
}

/// Reads and parses the config at `path`, and keeps its text; errors
/// (`config-error` or `invalid-policy`, in `lang`) name the file (the
/// config, or a policy's schema file), line and column. Policies' schema
/// files are read relative to the config's directory.
pub(crate) fn load_config(path: &Path, lang: Lang) -> Result<(Config, String), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let dir = root.clone();
    let loader: crate::policy::Loader =
        std::sync::Arc::new(move |rel: &str| std::fs::read_to_string(dir.join(rel)).ok());
    match Config::parse_with(&text, root.clone(), &loader) {
        Ok(c) => Ok((c, text)),
        Err(e) => {
            let d = e.diagnostic(&text, lang);
            let file = match e.file.as_deref() {
                Some(f) => root.join(&f.path),
                None => path.to_path_buf(),
            };
            Err(format!(
                "{}:{}:{}: {} ({})",
                file.display(),
                d.line,
                d.column,
                d.message,
                d.code
            ))
        }
    }
}

/// The config's path as the report shows it: relative to the working
/// directory when it is below it.
fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd.as_deref().and_then(|d| path.strip_prefix(d).ok()).unwrap_or(path);
    rel.display().to_string()
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
    let config_path = if args.no_config {
        None
    } else {
        args.config
            .clone()
            .or_else(|| std::env::current_dir().ok().and_then(|d| discover(&d)))
    };
    // A broken config says nothing of the language: the flag's or the locale's.
    let (cfg, config_text) = match config_path.as_deref().map(|p| load_config(p, lang_from_env(args.lang))) {
        None => (Config::default(), None),
        Some(Ok((c, text))) => (c, Some(text)),
        Some(Err(e)) => {
            eprintln!("deploylint: error: {e}");
            return ExitCode::from(2);
        }
    };
    let lang = lang_from_env(args.lang.or(cfg.lang));
    let fixing = args.fix || args.diff;
    let human = args.format == Format::Human;
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
    // The config's limits, then the flags'.
    let limits = cfg
        .limits
        .iter()
        .chain(&args.limits())
        .fold(Limits::DEFAULT, |l, &(limit, v)| l.with(limit, v));
    let mut io_errors = Vec::new();
    let files = collect(&args.paths, &cfg, args.force_exclude, &mut io_errors);
    let results: Vec<Result<Outcome, String>> = files
        .par_iter()
        .map(|(f, walked)| {
            // The cap and the character that crosses it: what `lint_bytes` reads.
            let bytes = read(f, limits.input_size.saturating_add(4)).map_err(|e| format!("{}: {e}", f.display()))?;
            let whole = bytes.len() <= limits.input_size;
            let format = forced.or_else(|| {
                f.extension()
                    .and_then(|x| x.to_str())
                    .and_then(InputFormat::from_extension)
            });
            let mut opts = cfg
                .apply(Options::new().kind_opt(args.kind).lang(lang).format_opt(format), f)
                .limits(limits);
            if let Some(p) = args.preset {
                opts = opts.preset(match p {
                    PresetArg::Api => Preset::Api,
                    PresetArg::Recommended => Preset::Recommended,
                });
            }
            if let Some(c) = &current {
                opts = opts.current(c.clone());
            }
            let ignores = opts.ignores.iter().map(|i| i.entry).collect();
            let path = f.display().to_string();
            let text = std::str::from_utf8(&bytes).ok().filter(|_| whole);
            // A walked file is recognised, unless `--kind`, a `[[kinds]]` glob
            // or the config's `include` (which it passed) takes it for a body.
            let recognised = *walked && opts.kind.is_none() && cfg.include.is_none();
            let mut reports = None;
            let mut verdict = None;
            if recognised {
                match text {
                    Some(text) => {
                        let parsed = Parsed::new(text, &opts);
                        match recognise::walked(text, parsed.format(), parsed.documents(), false) {
                            Ok(v) => verdict = Some(v),
                            Err(reason) => return Ok(Outcome::Skipped(Skipped { path, reason })),
                        }
                        // A fix parses on its own; the lint shares the trees.
                        if !fixing {
                            reports = Some(parsed.lint(&opts));
                        }
                    }
                    // Past the size limit, or not UTF-8: only its text can tell.
                    None => {
                        let head = String::from_utf8_lossy(&bytes);
                        let marked = crate::kind_comment::find(&head).is_some();
                        if !marked && !recognise::names_a_body_key(&head) {
                            return Ok(Outcome::Skipped(Skipped {
                                path,
                                reason: Skip::DoesNotParse,
                            }));
                        }
                    }
                }
            }
            // In a stream recognised by shape, only its bodies are reported on.
            let bodies = |mut r: Vec<Report>| {
                if let Some(v) = &verdict {
                    r.retain(|r| v.reports(r.document));
                }
                r
            };
            // Only UTF-8 text read whole is fixed.
            if let (true, Some(text)) = (fixing, text) {
                let r = fix_all(text, &opts, args.unsafe_fixes);
                let fixed = Some((text.to_string(), r.applied));
                return Ok(Outcome::Linted(Linted {
                    path,
                    text: r.text,
                    reports: bodies(r.reports),
                    fixed,
                    ignores,
                    config: false,
                }));
            }
            let reports = bodies(reports.unwrap_or_else(|| lint_bytes(&bytes, &opts)));
            // Only the human report's excerpts read the text, and only a file with
            // findings has one: 10,000 files are not all held until the report.
            let text = if human && reports.iter().any(|r| !r.diagnostics.is_empty()) {
                // UTF-8 text is kept as it was read, not copied.
                String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
            } else {
                String::new()
            };
            Ok(Outcome::Linted(Linted {
                path,
                text,
                reports,
                fixed: None,
                ignores,
                config: false,
            }))
        })
        .collect();
    let mut linted = Vec::with_capacity(results.len() + 1);
    let mut skipped = Vec::new();
    for r in results {
        match r {
            Ok(Outcome::Linted(l)) => linted.push(l),
            Ok(Outcome::Skipped(s)) => skipped.push(s),
            Err(e) => io_errors.push(e),
        }
    }
    let checked = linted.len();
    let documents: usize = linted.iter().map(|l| l.reports.len()).sum();
    // The config's own findings (`[[ignore]]` entries that applied to some
    // file and silenced nothing), reported as a file of their own.
    let config_findings = match (&config_path, config_text) {
        (Some(path), Some(text)) => {
            // The run's language and preset (the flag's, else the config's).
            let mut run = Options::new().lang(lang);
            if let Some(p) = cfg.preset {
                run = run.preset(p);
            }
            if let Some(p) = args.preset {
                run = run.preset(match p {
                    PresetArg::Api => Preset::Api,
                    PresetArg::Recommended => Preset::Recommended,
                });
            }
            let files = linted.iter().map(|l| (&l.ignores[..], &l.reports[..]));
            let report = cfg.unused_ignores(&text, &run, files);
            (!report.diagnostics.is_empty()).then(|| Linted {
                path: shown(path),
                text,
                reports: vec![report],
                fixed: None,
                ignores: Vec::new(),
                config: true,
            })
        }
        _ => None,
    };
    let all = linted.iter().chain(&config_findings);
    let (errors, warnings, infos) = all.flat_map(|l| &l.reports).fold((0, 0, 0), |(e, w, i), r| {
        (e + r.errors(), w + r.warnings(), i + r.infos())
    });
    let tally = Tally {
        skipped: skipped.len(),
        fixed: fixing.then(|| {
            let applied = linted.iter().filter_map(|l| l.fixed.as_ref()).map(|(_, n)| n).sum();
            let remaining = linted
                .iter()
                .flat_map(|l| &l.reports)
                .map(|r| r.diagnostics.len())
                .sum();
            (applied, remaining)
        }),
        suppressed: linted.iter().flat_map(|l| &l.reports).map(|r| r.suppressed.len()).sum(),
    };
    let docs_url = docs_url_from_env(args.docs_url.clone().or_else(|| cfg.docs_url.clone()));
    if args.diff {
        return diff(&linted, config_findings.as_ref(), &tally, io_errors, lang);
    }
    linted.extend(config_findings);
    if args.fix {
        for l in &linted {
            let Some((before, applied)) = &l.fixed else { continue };
            if *applied == 0 || *before == l.text {
                continue;
            }
            if l.path == "-" {
                emit(&l.text);
            } else if let Err(e) = std::fs::write(&l.path, &l.text) {
                io_errors.push(format!("{}: {e}", l.path));
            }
        }
    }
    let stdin_fixed = args.fix && linted.iter().any(|l| l.path == "-");
    if args.format == Format::Github {
        if let Some(file) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|f| !f.is_empty()) {
            append(
                Path::new(&file),
                &render::step_summary(&linted, lang, &docs_url),
                &mut io_errors,
            );
        }
    }
    let mut report = render::render(args.format, &linted, &skipped, lang, &docs_url, &cfg.policies);
    let extra = tally.suffix(lang, false);
    let parts = tally.parts(lang, false);
    if args.format == Format::Human && !parts.is_empty() {
        let sep = if lang == Lang::Zh { ";" } else { "; " };
        report.push_str(&format!("{}\n", parts.join(sep)));
    }
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &report) {
                io_errors.push(format!("{}: {e}", path.display()));
            }
            let line = summary(lang, checked, documents, started, (errors, warnings, infos)) + &extra;
            let summary = match lang {
                Lang::En => format!("{line}; report written to {}\n", path.display()),
                Lang::Zh => format!("{line};报告已写入 {}\n", path.display()),
            };
            emit(&summary);
        }
        None => {
            // Fixed stdin went to stdout: the report does not follow it there.
            if !stdin_fixed {
                emit(&report);
            }
            if args.format != Format::Human || stdin_fixed {
                eprintln!(
                    "{}{extra}",
                    summary(lang, checked, documents, started, (errors, warnings, infos))
                );
            }
        }
    }
    if args.verbose {
        for s in &skipped {
            match lang {
                Lang::En => eprintln!("deploylint: skipped {}: {}", s.path, s.reason.message(lang)),
                Lang::Zh => eprintln!("deploylint:已跳过 {}:{}", s.path, s.reason.message(lang)),
            }
        }
    }
    // Every path a directory, and no body among what they hold.
    let no_bodies = checked == 0 && !args.paths.is_empty() && args.paths.iter().all(|p| p.is_dir());
    if no_bodies {
        let under = args
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let n = skipped.len();
        eprintln!(
            "{}",
            match lang {
                Lang::En => format!(
                    "deploylint: no request bodies found under {under} ({} skipped)",
                    plural(n, "file", "files")
                ),
                Lang::Zh => format!("deploylint:在 {under} 下未找到请求体(已跳过 {n} 个文件)"),
            }
        );
    }
    for e in &io_errors {
        eprintln!("deploylint: error: {e}");
    }
    let too_many_warnings = (args.deny_warnings && warnings > 0) || args.max_warnings.is_some_and(|m| warnings > m);
    if !io_errors.is_empty() {
        ExitCode::from(2)
    } else if errors > 0 || too_many_warnings || (no_bodies && args.fail_if_no_bodies) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `--diff`: the unified diff of every file a fix would change, on stdout;
/// the summary and the config's findings on stderr. Exit 1 when there is
/// a diff, 2 on an I/O error.
fn diff(linted: &[Linted], config: Option<&Linted>, tally: &Tally, io_errors: Vec<String>, lang: Lang) -> ExitCode {
    let mut out = String::new();
    let mut changed = 0;
    for l in linted {
        if let Some((before, _)) = &l.fixed {
            if *before != l.text {
                out.push_str(&unified(&l.path, before, &l.text));
                changed += 1;
            }
        }
    }
    emit(&out);
    let files = plural(changed, "file", "files");
    let line = match lang {
        Lang::En => format!("deploylint: {files} would change{}", tally.suffix(lang, true)),
        Lang::Zh => format!("deploylint:将修改 {changed} 个文件{}", tally.suffix(lang, true)),
    };
    eprintln!("{line}");
    // The config's findings, as the human report shows them.
    if let Some(c) = config {
        eprint!("{}", render::human_findings(std::slice::from_ref(c), lang));
    }
    for e in &io_errors {
        eprintln!("deploylint: error: {e}");
    }
    if !io_errors.is_empty() {
        ExitCode::from(2)
    } else if changed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
