//! `deploylint.toml` from its text: rule levels, include/exclude globs, a
//! kind per glob, the IEF edition, the output language, the preset,
//! `[[ignore]]` suppressions (files, optional pointer prefix, codes, reason),
//! the `[limits]` ([`crate::limits`]) and the team's `[[policies]]`
//! ([`crate::policy`]), compiled once here.
//!
//! Parsed with `toml` + serde (`deny_unknown_fields`), so a misspelt key is
//! an error with its line and column; rule codes, kinds, globs and languages
//! are checked against what exists, with a "did you mean" where one is close.
//! No I/O here: the CLI finds and reads the file (walking up from the
//! working directory, or `--config`), the language server reads it from the
//! workspace, and both hand the text to [`Config::parse`] (or, with a
//! [`Loader`] that reads the policies' schema files, [`Config::parse_with`]).
//!
//! ```
//! use deploylint::__private::config::Config;
//! use deploylint::{Kind, Options};
//! use std::path::{Path, PathBuf};
//!
//! let cfg = Config::parse("[[kinds]]\nfiles = [\"updates/**\"]\nkind = \"ief-v3-update\"\n", PathBuf::from("/repo")).unwrap();
//! let opts = cfg.apply(Options::new(), Path::new("/repo/updates/a.yaml"));
//! assert_eq!(opts.kind, Some(Kind::IefV3Update));
//! let err = Config::parse("[rules]\nnul-value = \"off\"\n", PathBuf::new()).unwrap_err();
//! assert_eq!((err.line, err.column), (2, 1));
//! assert!(err.message(deploylint::Lang::En).contains("did you mean `null-value`?"));
//! assert!(err.message(deploylint::Lang::Zh).contains("是否想写 `null-value`?"));
//! ```

use crate::diagnostics::suggest;
use crate::diagnostics::Words;
use crate::limits::Limit;
use crate::policy::{Loader, Place, Policy, PolicyProblem, PolicySpec};
pub use crate::rules::config_error::{GlobWhy, Missing, Problem};
use crate::suppress::Ignore;
use crate::syntax::{LineIndex, Span};
use crate::{registry, Diagnostic, Edition, Kind, Lang, Level, Options, Report};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

/// The file name looked for.
pub const FILE_NAME: &str = "deploylint.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    edition: Option<Edition>,
    lang: Option<Spanned<String>>,
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    kinds: Vec<RawKind>,
    preset: Option<crate::Preset>,
    #[serde(rename = "docs-url")]
    docs_url: Option<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<RawIgnore>,
    #[serde(default)]
    limits: BTreeMap<Spanned<String>, Spanned<i64>>,
    #[serde(default)]
    policies: Vec<RawPolicy>,
}

/// A `[[policies]]` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPolicy {
    id: Spanned<String>,
    target: Option<Spanned<String>>,
    pointer: Option<Spanned<String>>,
    kinds: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    files: Vec<Spanned<String>>,
    level: Option<PolicyLevel>,
    message: String,
    message_zh: Option<String>,
    help: Option<String>,
    help_zh: Option<String>,
    schema: Option<Spanned<toml::Value>>,
    schema_file: Option<Spanned<String>>,
}

/// A policy's level: a policy is on when written (`[rules]` may turn it off).
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum PolicyLevel {
    Error,
    Warning,
    Info,
}

/// An `[[ignore]]` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIgnore {
    files: Vec<Spanned<String>>,
    pointer: Option<Spanned<String>>,
    codes: Vec<Spanned<String>>,
    reason: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKind {
    files: Vec<Spanned<String>>,
    kind: Spanned<String>,
}

/// A loaded configuration.
#[derive(Debug, Default)]
pub struct Config {
    /// The directory globs are relative to.
    pub root: PathBuf,
    /// The IEF edition.
    pub edition: Edition,
    /// Output language.
    pub lang: Option<Lang>,
    /// Files to lint when walking directories (empty: all JSON and YAML).
    pub include: Option<GlobSet>,
    /// Files to skip when walking directories.
    pub exclude: Option<GlobSet>,
    /// Levels by rule code.
    pub levels: Vec<(String, Level)>,
    /// A kind per glob, first match wins.
    pub kinds: Vec<(GlobSet, Kind)>,
    /// Which rules are on by default, when the config says.
    pub preset: Option<crate::Preset>,
    /// The base URL of the rule documentation links (`crate::links`).
    pub docs_url: Option<String>,
    /// `[[ignore]]` entries, in the order written.
    pub ignores: Vec<IgnoreEntry>,
    /// The limits the `[limits]` table sets, in the order written.
    pub limits: Vec<(Limit, usize)>,
    /// The `[[policies]]`, compiled, in the order written.
    pub policies: Vec<PolicyEntry>,
    /// The files the policies' schemas were read from (relative to `root`):
    /// never linted as bodies when walking directories.
    pub schema_files: Vec<PathBuf>,
}

/// One `[[policies]]` entry, compiled.
#[derive(Debug)]
pub struct PolicyEntry {
    /// The files it applies to (`None`: every file).
    pub files: Option<GlobSet>,
    /// Their globs, as written.
    pub globs: Vec<String>,
    /// The compiled policy.
    pub policy: Arc<Policy>,
}

/// One `[[ignore]]` entry.
#[derive(Debug)]
pub struct IgnoreEntry {
    /// The files it applies to.
    pub files: GlobSet,
    /// Their globs, as written.
    pub globs: Vec<String>,
    /// What it silences.
    pub ignore: Ignore,
    /// Its `[[ignore]]` header in the config text.
    pub span: Span,
}

/// A configuration error (`config-error`) with its location in the config text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The bytes of the config text it is about.
    pub span: Span,
    /// What is wrong.
    pub problem: Problem,
    /// The schema file it is in, when not in deploylint.toml (`span`,
    /// `line` and `column` are then in that file's text).
    pub file: Option<Box<InSchemaFile>>,
}

/// The schema file a [`ConfigError`] is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InSchemaFile {
    /// Its path relative to the config's directory, as `schema-file` names it.
    pub path: String,
    /// Its text.
    pub text: String,
    /// The `schema-file` value that names it, in the config text.
    pub named_at: Span,
}

impl ConfigError {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.problem.words(lang).message
    }

    /// The error as a `config-error` (or `invalid-policy`) diagnostic of the
    /// config text `text` (the text [`Config::parse`] was given), or of the
    /// schema file it is in ([`ConfigError::file`]), in `lang`.
    pub fn diagnostic(&self, text: &str, lang: Lang) -> Diagnostic {
        let text = self.file.as_deref().map_or(text, |f| f.text.as_str());
        problem_diagnostic(text, &self.problem, self.span, lang)
    }

    /// When the error is in a schema file: an `invalid-policy` diagnostic of
    /// the config text `text` at the `schema-file` value naming that file,
    /// saying the file has a problem and where (`file:line:column`), in
    /// `lang`. `None` when the error is in the config itself.
    pub fn config_diagnostic(&self, text: &str, lang: Lang) -> Option<Diagnostic> {
        let f = self.file.as_deref()?;
        let Problem::Policy(inner) = &self.problem else {
            return None;
        };
        let problem = Problem::Policy(PolicyProblem::InSchemaFile {
            path: f.path.clone(),
            line: self.line,
            column: self.column,
            problem: Box::new(inner.clone()),
        });
        Some(problem_diagnostic(text, &problem, f.named_at, lang))
    }
}

impl std::fmt::Display for ConfigError {
    /// `line:column: message`, in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message(Lang::En))
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses the text of a `deploylint.toml`; globs are relative to `root`
    /// (the file's directory). A policy's `schema-file` is not read: use
    /// [`Config::parse_with`] for that.
    pub fn parse(text: &str, root: PathBuf) -> Result<Config, ConfigError> {
        Config::parse_with(text, root, &crate::policy::no_files())
    }

    /// [`Config::parse`], reading each policy's `schema-file` (and the files
    /// its relative `$ref`s name) through `loader`, by their paths relative
    /// to `root`.
    pub fn parse_with(text: &str, root: PathBuf, loader: &Loader) -> Result<Config, ConfigError> {
        let index = LineIndex::new(text);
        let at_span = |span: std::ops::Range<usize>, problem: Problem| {
            let lc = index.line_col(text, span.start);
            ConfigError {
                line: lc.line,
                column: lc.column,
                span: Span::new(span.start, span.end.max(span.start)),
                problem,
                file: None,
            }
        };
        let at = |offset: usize, problem: Problem| at_span(offset..offset, problem);
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let msg = e.message().trim().to_string();
            at_span(e.span().unwrap_or(0..0), Problem::Toml(msg))
        })?;
        let mut cfg = Config {
            root,
            edition: raw.edition.unwrap_or_default(),
            ..Config::default()
        };
        if let Some(l) = &raw.lang {
            let lang = l.get_ref().parse::<Lang>();
            cfg.lang = Some(lang.map_err(|e| at_span(l.span(), Problem::UnknownLang(e.given)))?);
        }
        let globs = |list: &[Spanned<String>]| -> Result<Option<GlobSet>, ConfigError> {
            if list.is_empty() {
                return Ok(None);
            }
            let mut b = GlobSetBuilder::new();
            for g in list {
                b.add(
                    Glob::new(g.get_ref())
                        .map_err(|e| at_span(g.span(), Problem::BadGlob(e.to_string(), GlobWhy::of(&e))))?,
                );
            }
            b.build()
                .map(Some)
                .map_err(|e| at_span(list[0].span(), Problem::BadGlob(e.to_string(), GlobWhy::of(&e))))
        };
        // Policies first: their ids are codes `[rules]` and `[[ignore]]` may name.
        // The files read for them are recorded, so a walk does not lint them.
        let read = Arc::new(std::sync::Mutex::new(Vec::<PathBuf>::new()));
        let (inner, log) = (loader.clone(), read.clone());
        let loader: Loader = Arc::new(move |rel: &str| {
            let text = inner(rel);
            if text.is_some() {
                log.lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(PathBuf::from(rel));
            }
            text
        });
        let loader = &loader;
        for raw_policy in &raw.policies {
            let id = raw_policy.id.get_ref();
            if cfg.policies.iter().any(|p| p.policy.id == *id) {
                return Err(at_span(
                    raw_policy.id.span(),
                    Problem::Policy(PolicyProblem::IdRepeated(id.clone())),
                ));
            }
            let policy = policy(raw_policy, loader, &at_span)?;
            cfg.policies.push(PolicyEntry {
                files: globs(&raw_policy.files)?,
                globs: raw_policy.files.iter().map(|g| g.get_ref().clone()).collect(),
                policy: Arc::new(policy),
            });
        }
        cfg.schema_files = std::mem::take(&mut *read.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        let policy_ids: Vec<&'static str> = cfg.policies.iter().map(|p| p.policy.code()).collect();
        let known = |code: &Spanned<String>| -> Result<(), ConfigError> {
            let c = code.get_ref();
            if registry::get(c).is_none() && !policy_ids.contains(&c.as_str()) {
                let hint = suggest::closest(
                    c,
                    registry::all()
                        .iter()
                        .map(|e| e.meta.code)
                        .chain(policy_ids.iter().copied()),
                );
                return Err(at_span(code.span(), Problem::UnknownCode(c.clone(), hint)));
            }
            Ok(())
        };
        for (code, level) in &raw.rules {
            known(code)?;
            cfg.levels.push((code.get_ref().clone(), *level));
        }
        cfg.include = globs(&raw.include)?;
        cfg.exclude = globs(&raw.exclude)?;
        for k in &raw.kinds {
            let name = k.kind.get_ref();
            let kind = name
                .parse::<Kind>()
                .map_err(|e| at_span(k.kind.span(), Problem::UnknownKind(name.clone(), e.hint())))?;
            if let Some(set) = globs(&k.files)? {
                cfg.kinds.push((set, kind));
            }
        }
        cfg.preset = raw.preset;
        for (name, value) in &raw.limits {
            let Some(limit) = Limit::from_name(name.get_ref()) else {
                let hint = suggest::closest(name.get_ref(), Limit::ALL.iter().map(|l| l.name()));
                return Err(at_span(
                    name.span(),
                    Problem::UnknownLimit(name.get_ref().clone(), hint),
                ));
            };
            let n = usize::try_from(*value.get_ref()).unwrap_or(0);
            let n = match n {
                0 => return Err(at_span(value.span(), Problem::LimitBelow(limit))),
                n if n > limit.ceiling() => return Err(at_span(value.span(), Problem::LimitAbove(limit))),
                n => n,
            };
            cfg.limits.push((limit, n));
        }
        if let Some(u) = &raw.docs_url {
            cfg.docs_url = Some(
                crate::links::parse_docs_url(u.get_ref())
                    .map_err(|_| at_span(u.span(), Problem::BadDocsUrl(u.get_ref().clone())))?,
            );
        }
        // Suppressions apply here (`[[ignore]]`): globs, codes, pointer prefix, reason.
        for (entry, ig) in raw.ignore.iter().enumerate() {
            let Some(set) = globs(&ig.files)? else {
                return Err(at(ig.reason.span().start, Problem::IgnoreWithout(Missing::Files)));
            };
            if ig.codes.is_empty() {
                return Err(at(ig.reason.span().start, Problem::IgnoreWithout(Missing::Codes)));
            }
            for c in &ig.codes {
                known(c)?;
            }
            if let Some(p) = &ig.pointer {
                let ok = p.get_ref().is_empty() || p.get_ref().starts_with('/');
                if !ok {
                    return Err(at_span(p.span(), Problem::NotAPointer(p.get_ref().clone())));
                }
            }
            let reason = ig.reason.get_ref().trim();
            if reason.is_empty() {
                return Err(at_span(ig.reason.span(), Problem::IgnoreWithout(Missing::Reason)));
            }
            let ignore = Ignore {
                codes: ig.codes.iter().map(|c| c.get_ref().clone()).collect(),
                pointer: ig.pointer.as_ref().map(|p| p.get_ref().clone()),
                reason: reason.to_string(),
                entry,
            };
            cfg.ignores.push(IgnoreEntry {
                files: set,
                globs: ig.files.iter().map(|g| g.get_ref().clone()).collect(),
                ignore,
                span: header(text, ig),
            });
        }
        Ok(cfg)
    }

    /// `opts` with this config's settings for the file at `path`: its kind
    /// (from `[[kinds]]`, unless `opts` already names one), the edition,
    /// the rule levels (after any `opts` already has, so they win), the
    /// preset and the limits the config names (a front end applies its own
    /// flags after), and the `[[ignore]]` entries whose globs match `path`.
    pub fn apply(&self, opts: Options, path: &Path) -> Options {
        let kind = opts.kind.or_else(|| self.kind_for(path));
        let mut levels = self.levels.clone();
        levels.extend(opts.levels.iter().cloned());
        let mut out = opts.kind_opt(kind).edition(self.edition);
        out.levels = levels;
        if let Some(p) = self.preset {
            out = out.preset(p);
        }
        for &(limit, value) in &self.limits {
            out = out.limit(limit, value);
        }
        let rel = self.relative(path);
        for e in &self.ignores {
            if e.files.is_match(rel) {
                out = out.ignore(e.ignore.clone());
            }
        }
        for p in &self.policies {
            if p.files.as_ref().is_none_or(|g| g.is_match(rel)) {
                out = out.policy(p.policy.clone());
            }
        }
        out
    }

    /// `path` relative to the config's directory, for glob matching.
    fn relative<'p>(&self, path: &'p Path) -> &'p Path {
        path.strip_prefix(&self.root)
            .or_else(|_| path.strip_prefix("./"))
            .unwrap_or(path)
    }

    /// Whether a file found by walking a directory is linted.
    pub fn selects(&self, path: &Path) -> bool {
        let rel = self.relative(path);
        self.include.as_ref().is_none_or(|g| g.is_match(rel))
            && !self.exclude.as_ref().is_some_and(|g| g.is_match(rel))
            && !self.schema_files.iter().any(|f| f == rel)
    }

    /// Whether the config's `exclude` matches `path`.
    pub fn excludes(&self, path: &Path) -> bool {
        self.exclude.as_ref().is_some_and(|g| g.is_match(self.relative(path)))
    }

    /// The kind configured for `path`, if any.
    pub fn kind_for(&self, path: &Path) -> Option<Kind> {
        let rel = self.relative(path);
        self.kinds.iter().find(|(g, _)| g.is_match(rel)).map(|(_, k)| *k)
    }
}

impl Config {
    /// The findings about this config's `[[ignore]]` entries once a run is
    /// linted (`unused-ignore`): each entry that applied to some linted file
    /// and silenced nothing in any, at its header in `text` (the text this
    /// config was parsed from). `opts` are what the run lints with beside
    /// the config: its language, its preset, levels set after the config's.
    /// An entry whose every code is off (by a level or the preset) is not
    /// judged: it could silence nothing. `files` yields, for each linted
    /// file, the entries that applied to it (the `entry` of each of its
    /// `Options::ignores`) and its reports.
    pub fn unused_ignores<'r>(
        &self,
        text: &str,
        opts: &Options,
        files: impl IntoIterator<Item = (&'r [usize], &'r [Report])>,
    ) -> Report {
        let mut applied = vec![false; self.ignores.len()];
        let mut used = vec![false; self.ignores.len()];
        for (entries, reports) in files {
            for &i in entries {
                if let Some(a) = applied.get_mut(i) {
                    *a = true;
                }
            }
            for s in reports.iter().flat_map(|r| &r.suppressed) {
                if let Some(u) = s.suppression.entry.and_then(|i| used.get_mut(i)) {
                    *u = true;
                }
            }
        }
        let opts = Options::new()
            .lang(opts.lang)
            .preset(opts.preset)
            .levels(self.levels.iter().chain(&opts.levels).cloned());
        let mut sink = crate::report::sink(&opts);
        for (i, e) in self.ignores.iter().enumerate() {
            let off = |code: &String| registry::get(code).is_some_and(|r| sink.off(r.meta));
            if applied[i] && !used[i] && !e.ignore.codes.iter().all(off) {
                let entry = crate::rules::unused_ignore::Unused {
                    codes: &e.ignore.codes,
                    files: &e.globs,
                };
                crate::rules::unused_ignore::report(&mut sink, &entry, e.span);
            }
        }
        Report {
            document: 0,
            kind: None,
            diagnostics: crate::report::finish(sink, &opts, text, &std::cell::OnceCell::new()),
            suppressed: Vec::new(),
            secrets: Some(Vec::new()),
        }
    }
}

/// Compiles one `[[policies]]` entry: reads its schema file through
/// `loader`, and locates each problem in deploylint.toml (through `at`) or
/// in the schema file.
fn policy(
    raw: &RawPolicy,
    loader: &Loader,
    at: &dyn Fn(std::ops::Range<usize>, Problem) -> ConfigError,
) -> Result<Policy, ConfigError> {
    let bad = |span: std::ops::Range<usize>, p: PolicyProblem| at(span, Problem::Policy(p));
    let mut kinds = None;
    if let Some(ks) = &raw.kinds {
        let mut list = Vec::new();
        for k in ks.get_ref() {
            let name = k.get_ref();
            list.push(
                name.parse::<Kind>()
                    .map_err(|e| at(k.span(), Problem::UnknownKind(name.clone(), e.hint())))?,
            );
        }
        kinds = Some(list);
    }
    // The schema, and where its places are: inline (the `schema` value) or its file.
    let (schema, file) = match (&raw.schema, &raw.schema_file) {
        (Some(s), None) => (serde_json::to_value(s.get_ref()).unwrap_or_default(), None),
        (None, Some(f)) => {
            let rel = f.get_ref().clone();
            let text = loader(&rel).ok_or_else(|| bad(f.span(), PolicyProblem::MissingFile(rel.clone())))?;
            let format = crate::InputFormat::detect(&text);
            let root = match crate::syntax::parse(&text, format).into_iter().next() {
                Some(Ok(root)) => root,
                Some(Err(e)) => {
                    let why = PolicyProblem::Unparsable(rel.clone(), e.message(Lang::En), e.message(Lang::Zh));
                    return Err(in_file(&rel, &text, e.span, spanned(f), why));
                }
                None => {
                    let why = PolicyProblem::Unparsable(rel, "the file is empty".into(), "文件为空".into());
                    return Err(bad(f.span(), why));
                }
            };
            (crate::policy::to_json(&root), Some((rel, text, root, spanned(f))))
        }
        (Some(s), Some(_)) => return Err(bad(s.span(), PolicyProblem::SchemaOrFile)),
        (None, None) => return Err(bad(raw.id.span(), PolicyProblem::SchemaOrFile)),
    };
    let spec = PolicySpec {
        id: raw.id.get_ref().clone(),
        target: raw.target.as_ref().map(|t| t.get_ref().clone()),
        pointer: raw.pointer.as_ref().map(|p| p.get_ref().clone()),
        kinds,
        severity: match raw.level {
            None | Some(PolicyLevel::Error) => crate::Severity::Error,
            Some(PolicyLevel::Warning) => crate::Severity::Warning,
            Some(PolicyLevel::Info) => crate::Severity::Info,
        },
        message: raw.message.clone(),
        message_zh: raw.message_zh.clone(),
        help: raw.help.clone(),
        help_zh: raw.help_zh.clone(),
        schema,
        schema_file: file.as_ref().map(|(rel, _, _, _)| rel.clone()),
    };
    spec.compile(loader).map_err(|e| {
        let field = |name: &str| -> std::ops::Range<usize> {
            let span = match name {
                "target" => raw.target.as_ref().map(Spanned::span),
                "pointer" => raw.pointer.as_ref().map(Spanned::span),
                "kinds" => raw.kinds.as_ref().map(Spanned::span),
                _ => None,
            };
            span.unwrap_or_else(|| raw.id.span())
        };
        match (e.place, &file, &raw.schema) {
            (Place::Field(name), _, _) => bad(field(name), e.problem),
            // In the schema file: at the value the pointer names (or the nearest above it).
            (Place::Schema(p), Some((rel, text, root, named_at)), _) => {
                let mut pointer = p.as_str();
                let node = loop {
                    if let Some(n) = crate::syntax::pointer::lookup(root, pointer) {
                        break n;
                    }
                    pointer = pointer.rfind('/').map_or("", |i| &pointer[..i]);
                };
                in_file(rel, text, node.span, *named_at, e.problem)
            }
            // Inline: at the `schema` value.
            (Place::Schema(_), None, Some(s)) => bad(s.span(), e.problem),
            (Place::Schema(_), None, None) => bad(raw.id.span(), e.problem),
        }
    })
}

/// A policy problem at `span` of the schema file `rel` (whose text is
/// `text`), named by the `schema-file` value at `named_at` of the config.
fn in_file(rel: &str, text: &str, span: Span, named_at: Span, problem: PolicyProblem) -> ConfigError {
    let lc = LineIndex::new(text).line_col(text, span.start);
    ConfigError {
        line: lc.line,
        column: lc.column,
        span,
        problem: Problem::Policy(problem),
        file: Some(Box::new(InSchemaFile {
            path: rel.to_string(),
            text: text.to_string(),
            named_at,
        })),
    }
}

/// The span of a spanned value of the config text.
fn spanned<T>(v: &Spanned<T>) -> Span {
    let r = v.span();
    Span::new(r.start, r.end.max(r.start))
}

/// The `[[ignore]]` header of an entry: the nearest line above its first
/// value that opens an array of tables, when that is `[[ignore]]` (an
/// entry written inline has none: then its first value).
fn header(text: &str, ig: &RawIgnore) -> Span {
    let first = ig
        .files
        .iter()
        .chain(&ig.codes)
        .chain(&ig.pointer)
        .chain(std::iter::once(&ig.reason))
        .map(Spanned::span)
        .min_by_key(|s| s.start)
        .unwrap_or(0..0);
    let fallback = Span::new(first.start, first.end);
    let before = text.get(..first.start).unwrap_or_default();
    let mut end = before.len();
    loop {
        let start = before[..end].rfind('\n').map_or(0, |n| n + 1);
        let line = &before[start..end];
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            let close = trimmed.find("]]").map(|n| n + 2);
            let name = close.and_then(|c| trimmed.get(2..c - 2)).map(str::trim);
            return match (trimmed.starts_with("[["), name, close) {
                (true, Some("ignore"), Some(c)) => {
                    let s = start + (line.len() - trimmed.len());
                    Span::new(s, s + c)
                }
                _ => fallback,
            };
        }
        if start == 0 {
            return fallback;
        }
        end = start - 1;
    }
}

/// The starter config `deploylint init` writes.
pub const STARTER: &str = r#"# deploylint configuration. Every key is optional; `deploylint rules` lists the rule codes.

# IEF service edition: "platinum" (default) accepts platinum-only features;
# "professional" makes affinity, host_port_range and replicas > 1 errors.
edition = "platinum"

# Which rules are on: "api" (the default without this line: what the API
# rejects and what Huawei's sources dispute) or "recommended" (also the
# best-practice warnings: privileged containers, missing probes and limits,
# :latest images, plaintext secrets, ...; docs/best-practices.md).
preset = "recommended"

# Message language: "en" or "zh" (default: from LANG / LC_ALL).
# lang = "zh"

# Where the rule documentation links of SARIF reports and editors point
# (default: the docs/ folder deploylint was built from, as a file:// URL).
# docs-url = "https://git.example.com/platform/deploylint/-/blob/main/docs/"

# When linting directories: which files (globs relative to this file).
# Default: every *.json, *.yaml and *.yml not ignored by .gitignore.
# include = ["deploy/**/*.json", "deploy/**/*.yaml"]
# exclude = ["**/testdata/**"]

# Levels by rule code: "off", "info", "warning" or "error" (see `deploylint rules`).
[rules]
# toleration-node-group = "off"
# duplicate-key = "error"

# A kind per glob, when documents are not recognised from their shape.
# [[kinds]]
# files = ["deploy/updates/**"]
# kind = "ief-v3-update"

# What one lint may cost (the defaults shown; each crossed is a `limit-exceeded`).
# [limits]
# input-size = 16777216      # bytes
# depth = 512                # nesting levels, at most 1000
# aliases = 100000           # nodes YAML aliases may add to a document
# string-length = 1048576    # bytes of one string or key
# findings = 1000            # reported per document

# Silence findings in files that cannot carry comments (JSON), with a reason.
# [[ignore]]
# files = ["deploy/gateway/*.json"]
# pointer = "/deployment/template/configs"   # optional: this object and below
# codes = ["host-network"]
# reason = "the gateway bridges the camera LAN and the uplink"

# The team's own rules, in JSON Schema, applied to every instance of a target
# (body, deployment, pod-configs, container, init-container, volume, port, env,
# probe, tag, release-values) or of a `pointer` with `*` segments (docs/policies.md).
# [[policies]]
# id = "acme-registry"                   # the findings' code
# target = "container"
# files = ["deploy/**"]                  # optional
# message = "images come from the acme organisation of SWR"
# message-zh = "镜像须来自 SWR 的 acme 组织"
# schema = { properties = { image_url = { pattern = "^swr\\.[a-z0-9-]+\\.myhuaweicloud\\.com/acme/" } } }
# # or: schema-file = "policies/registry.schema.json"   (JSON or YAML, relative to this file)
"#;

/// `problem` at `span` of the config text `text`, located, in `lang`.
/// It has no level to obey: the levels are in the file that is broken.
fn problem_diagnostic(text: &str, problem: &Problem, span: Span, lang: Lang) -> Diagnostic {
    let opts = Options::new().lang(lang);
    let mut sink = crate::report::sink(&opts);
    crate::rules::config_error::report(&mut sink, problem, span);
    let mut found = crate::report::finish(sink, &opts, text, &std::cell::OnceCell::new());
    found.pop().unwrap_or_else(|| {
        Diagnostic::new(
            crate::rules::config_error::meta_of(problem).code,
            crate::rules::config_error::meta_of(problem).severity,
            String::new(),
            span,
            problem.words(lang).message,
        )
    })
}
