//! `deploylint.toml` from its text: rule levels, include/exclude globs, a
//! kind per glob, the IEF edition, the output language, the preset,
//! `[[ignore]]` suppressions (files, optional pointer prefix, codes, reason)
//! and the `[limits]` ([`crate::limits`]).
//!
//! Parsed with `toml` + serde (`deny_unknown_fields`), so a misspelt key is
//! an error with its line and column; rule codes, kinds, globs and languages
//! are checked against what exists, with a "did you mean" where one is close.
//! No I/O here: the CLI finds and reads the file (walking up from the
//! working directory, or `--config`), the language server reads it from the
//! workspace, and both hand the text to [`Config::parse`].
//!
//! ```
//! use deploylint::config::Config;
//! use deploylint::{Kind, Options};
//! use std::path::{Path, PathBuf};
//!
//! let cfg = Config::parse("[[kinds]]\nfiles = [\"updates/**\"]\nkind = \"ief-v3-update\"\n", PathBuf::from("/repo")).unwrap();
//! let opts = cfg.apply(Options::new(), Path::new("/repo/updates/a.yaml"));
//! assert_eq!(opts.kind, Some(Kind::IefV3Update));
//! let err = Config::parse("[rules]\nnul-value = \"off\"\n", PathBuf::new()).unwrap_err();
//! assert_eq!((err.line, err.column), (2, 1));
//! assert!(err.message.contains("did you mean `null-value`?"));
//! ```

use crate::diagnostics::suggest;
use crate::limits::Limit;
use crate::suppress::Ignore;
use crate::syntax::LineIndex;
use crate::{registry, Edition, Kind, Lang, Level, Options};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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
    /// `[[ignore]]` entries: the files they apply to, what they silence, and
    /// the 1-based line each starts on.
    pub ignores: Vec<(GlobSet, Ignore, usize)>,
    /// The limits the `[limits]` table sets, in the order written.
    pub limits: Vec<(Limit, usize)>,
}

/// A configuration error with its location in the config text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses the text of a `deploylint.toml`; globs are relative to `root`
    /// (the file's directory).
    pub fn parse(text: &str, root: PathBuf) -> Result<Config, ConfigError> {
        let index = LineIndex::new(text);
        let at = |offset: usize, message: String| {
            let lc = index.line_col(text, offset);
            ConfigError {
                line: lc.line,
                column: lc.column,
                message,
            }
        };
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let msg = e.message().trim().to_string();
            at(e.span().map_or(0, |s| s.start), msg)
        })?;
        let mut cfg = Config {
            root,
            edition: raw.edition.unwrap_or_default(),
            ..Config::default()
        };
        if let Some(l) = &raw.lang {
            cfg.lang = Some(match l.get_ref().as_str() {
                "en" => Lang::En,
                "zh" => Lang::Zh,
                other => {
                    return Err(at(
                        l.span().start,
                        format!("unknown language `{other}`; expected \"en\" or \"zh\""),
                    ))
                }
            });
        }
        let known = |code: &Spanned<String>| -> Result<(), ConfigError> {
            let c = code.get_ref();
            if registry::get(c).is_none() {
                let hint = suggest::closest(c, registry::all().iter().map(|e| e.meta.code))
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                return Err(at(
                    code.span().start,
                    format!("unknown rule code `{c}`{hint} (see `deploylint rules`)"),
                ));
            }
            Ok(())
        };
        for (code, level) in &raw.rules {
            known(code)?;
            cfg.levels.push((code.get_ref().clone(), *level));
        }
        let globs = |list: &[Spanned<String>]| -> Result<Option<GlobSet>, ConfigError> {
            if list.is_empty() {
                return Ok(None);
            }
            let mut b = GlobSetBuilder::new();
            for g in list {
                b.add(Glob::new(g.get_ref()).map_err(|e| at(g.span().start, format!("invalid glob: {e}")))?);
            }
            b.build().map(Some).map_err(|e| at(list[0].span().start, e.to_string()))
        };
        cfg.include = globs(&raw.include)?;
        cfg.exclude = globs(&raw.exclude)?;
        for k in &raw.kinds {
            let name = k.kind.get_ref();
            let kind = Kind::from_name(name).ok_or_else(|| {
                let hint = suggest::closest(name, Kind::ALL.iter().map(|k| k.name()))
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                at(k.kind.span().start, format!("unknown kind `{name}`{hint}"))
            })?;
            if let Some(set) = globs(&k.files)? {
                cfg.kinds.push((set, kind));
            }
        }
        cfg.preset = raw.preset;
        for (name, value) in &raw.limits {
            let Some(limit) = Limit::from_name(name.get_ref()) else {
                let hint = suggest::closest(name.get_ref(), Limit::ALL.iter().map(|l| l.name()))
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                let names: Vec<_> = Limit::ALL.iter().map(|l| format!("`{}`", l.name())).collect();
                return Err(at(
                    name.span().start,
                    format!(
                        "unknown limit `{}`{hint} (the limits are {})",
                        name.get_ref(),
                        names.join(", ")
                    ),
                ));
            };
            let n = usize::try_from(*value.get_ref()).unwrap_or(0);
            let n = limit.check(n).map_err(|m| at(value.span().start, m))?;
            cfg.limits.push((limit, n));
        }
        if let Some(u) = &raw.docs_url {
            cfg.docs_url = Some(crate::links::parse_docs_url(u.get_ref()).map_err(|m| at(u.span().start, m))?);
        }
        // Suppressions apply here (`[[ignore]]`): globs, codes, pointer prefix, reason.
        for (entry, ig) in raw.ignore.iter().enumerate() {
            let Some(set) = globs(&ig.files)? else {
                return Err(at(ig.reason.span().start, "an [[ignore]] entry needs `files`".into()));
            };
            if ig.codes.is_empty() {
                return Err(at(ig.reason.span().start, "an [[ignore]] entry needs `codes`".into()));
            }
            for c in &ig.codes {
                known(c)?;
            }
            if let Some(p) = &ig.pointer {
                let ok = p.get_ref().is_empty() || p.get_ref().starts_with('/');
                if !ok {
                    return Err(at(
                        p.span().start,
                        format!("`{}` is not a JSON Pointer: it starts with `/`", p.get_ref()),
                    ));
                }
            }
            let reason = ig.reason.get_ref().trim();
            if reason.is_empty() {
                return Err(at(ig.reason.span().start, "an [[ignore]] entry needs a reason".into()));
            }
            let ignore = Ignore {
                codes: ig.codes.iter().map(|c| c.get_ref().clone()).collect(),
                pointer: ig.pointer.as_ref().map(|p| p.get_ref().clone()),
                reason: reason.to_string(),
                entry,
            };
            let line = index.line_col(text, ig.reason.span().start).line;
            cfg.ignores.push((set, ignore, line));
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
        for (set, ignore, _) in &self.ignores {
            if set.is_match(rel) {
                out = out.ignore(ignore.clone());
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
        self.include.as_ref().is_none_or(|g| g.is_match(rel)) && !self.exclude.as_ref().is_some_and(|g| g.is_match(rel))
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
"#;
