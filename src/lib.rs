//! # deploylint
//!
//! Validates Huawei Cloud deployment request bodies — IEF v2/v3 app
//! deployments and CCE Autopilot chart releases — before they reach the API.
//!
//! The core is pure: text in, diagnostics out. It does no I/O, keeps no
//! global mutable state and compiles to WebAssembly. The CLI is a thin
//! adapter over [`lint`].
//!
//! ## The path of a manifest
//!
//! text → [`syntax`] (one spanned tree, every value and key with its byte
//! range) → [`kind`] (from `--kind` or the document's shape) → [`spec`] walk
//! (declarative object specs: types, mandatory fields, bounds, patterns,
//! enums, docs in English and Chinese) → [`rules`] (cross-field constraints,
//! one file per concern) → [`Diagnostic`] (code, severity, JSON Pointer,
//! span, line/column, message, help, fix) → adapters.
//!
//! ```
//! use deploylint::{lint, Options};
//!
//! let body = r#"{"chart_id": "af4b699e", "action": "upgrad", "parameters": {}, "values": {}}"#;
//! let report = lint(body, &Options::default());
//! assert_eq!(report.kind.map(|k| k.name()), Some("cce-release-update"));
//! let d = &report.diagnostics[0];
//! assert_eq!((d.code, d.pointer.as_str()), ("release-action", "/action"));
//! assert_eq!((d.line, d.column), (1, 36));
//! assert!(d.message.contains("did you mean `upgrade`?"));
//! ```
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![warn(missing_docs)]

mod describe;
pub mod diagnostics;
pub mod generate;
pub mod kind;
pub mod registry;
pub mod rules;
pub mod spec;
pub mod syntax;
pub mod wire;

pub use describe::{describe_field, FieldInfo};
pub use diagnostics::{Diagnostic, Edit, Fix, Lang, Severity};
pub use kind::{detect, Detected, Kind};
pub use syntax::InputFormat;

use diagnostics::tr;
use registry::structural as st;
use syntax::{LineIndex, Node, Span};

/// How to lint.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The kind; `None` recognises it from the document's shape.
    pub kind: Option<Kind>,
    /// The language of messages.
    pub lang: Lang,
    /// The input format; `None` detects it (JSON if the text starts with `{` or `[`).
    pub format: Option<InputFormat>,
    /// The current deployment (JSON or YAML text) an update body modifies:
    /// enables checks of fields an update may not change (`restart-policy-immutable`).
    pub current: Option<String>,
    /// The IEF edition: `Professional` makes platinum-only features errors.
    pub edition: Edition,
    /// Severity overrides by rule code (`off` drops the rule's findings).
    pub severities: Vec<(String, Level)>,
}

/// The IEF service edition the bodies are for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Edition {
    /// Platinum: every feature (the default, since the body does not say).
    #[default]
    Platinum,
    /// Professional: affinity, host_port_range and replicas > 1 are errors.
    Professional,
}

/// A configured severity for a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Do not report the rule.
    Off,
    /// Report as a warning.
    Warning,
    /// Report as an error.
    Error,
}

/// The outcome of linting one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// 0-based index of the document in a multi-document YAML stream (0 for JSON).
    pub document: usize,
    /// The kind the document was checked as, if one could be determined.
    pub kind: Option<Kind>,
    /// The findings, sorted by position, then code.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Number of error-severity diagnostics.
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

/// Lints raw bytes (every document): invalid UTF-8 is a `parse-error` at the first bad byte.
pub fn lint_bytes(bytes: &[u8], opts: &Options) -> Vec<Report> {
    match std::str::from_utf8(bytes) {
        Ok(text) => lint_all(text, opts),
        Err(e) => {
            let valid = e.valid_up_to();
            // Locate within the valid prefix so line/column are exact.
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let index = LineIndex::new(prefix);
            let lc = index.line_col(prefix, valid);
            let message = tr(
                opts.lang,
                format!("the file is not valid UTF-8 (invalid byte at offset {valid})"),
                format!("文件不是合法的 UTF-8(偏移 {valid} 处字节非法)"),
            );
            let mut d = Diagnostic::new(
                st::PARSE_ERROR.code,
                Severity::Error,
                String::new(),
                Span::new(valid, valid + 1),
                message,
            )
            .with_help(tr(
                opts.lang,
                "save the file as UTF-8".into(),
                "请以 UTF-8 编码保存文件".into(),
            ));
            d.line = lc.line;
            d.column = lc.column;
            d.end_line = lc.line;
            d.end_column = lc.column + 1;
            vec![Report {
                document: 0,
                kind: opts.kind,
                diagnostics: vec![d],
            }]
        }
    }
}

/// Lints one document: JSON, or the first document of a YAML stream (use
/// [`lint_all`] for every document of a multi-document stream).
pub fn lint(text: &str, opts: &Options) -> Report {
    lint_all(text, opts).into_iter().next().unwrap_or(Report {
        document: 0,
        kind: opts.kind,
        diagnostics: Vec::new(),
    })
}

/// Lints every document of `text`, one [`Report`] each.
pub fn lint_all(text: &str, opts: &Options) -> Vec<Report> {
    let format = opts.format.unwrap_or_else(|| InputFormat::detect(text));
    let current = opts.current.as_deref().and_then(|c| {
        syntax::parse(c, InputFormat::detect(c))
            .into_iter()
            .next()
            .and_then(Result::ok)
    });
    // Built only if some document has a finding: the clean path never scans for lines.
    let index = std::cell::OnceCell::new();
    syntax::parse(text, format)
        .into_iter()
        .enumerate()
        .map(|(document, parsed)| {
            let mut out = Vec::new();
            let kind = match parsed {
                Err(e) => {
                    let message = e.message(opts.lang);
                    out.push(Diagnostic::new(
                        st::PARSE_ERROR.code,
                        Severity::Error,
                        String::new(),
                        e.span,
                        message,
                    ));
                    opts.kind
                }
                Ok(root) => check(text, &root, opts, current.as_ref(), &mut out),
            };
            apply_severities(&opts.severities, &mut out);
            finish(text, &index, document, kind, out)
        })
        .collect()
}

/// Checks a parsed tree; returns the kind used.
fn check(text: &str, root: &Node, opts: &Options, current: Option<&Node>, out: &mut Vec<Diagnostic>) -> Option<Kind> {
    if root.members().is_none() {
        let message = tr(
            opts.lang,
            format!("the request body must be an object, not {}", root.json_type().name()),
            format!("请求体必须是对象,而不是 {}", root.json_type().name()),
        );
        out.push(Diagnostic::new(
            st::INVALID_TYPE.code,
            Severity::Error,
            String::new(),
            root.span,
            message,
        ));
        return opts.kind;
    }
    let kind = match opts.kind {
        Some(k) => k,
        None => match detect(root) {
            Detected::One(k) => k,
            Detected::Ambiguous(ks) => {
                let names: Vec<_> = ks.iter().map(|k| k.name()).collect();
                let message = tr(
                    opts.lang,
                    format!("this body is valid as more than one kind: {}", names.join(", ")),
                    format!("该请求体同时符合多种类型:{}", names.join("、")),
                );
                let help = tr(
                    opts.lang,
                    "pass --kind to choose one".into(),
                    "请使用 --kind 指定类型".into(),
                );
                out.push(
                    Diagnostic::new(
                        st::AMBIGUOUS_KIND.code,
                        Severity::Error,
                        String::new(),
                        root.span.opening(),
                        message,
                    )
                    .with_help(help),
                );
                return None;
            }
            Detected::Unknown => {
                let names: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
                let message = tr(
                    opts.lang,
                    "this body matches none of the request kinds".into(),
                    "该请求体不符合任何一种请求类型".into(),
                );
                let help = tr(
                    opts.lang,
                    format!("pass --kind with one of: {}", names.join(", ")),
                    format!("请使用 --kind 指定:{}", names.join("、")),
                );
                out.push(
                    Diagnostic::new(
                        st::UNKNOWN_KIND.code,
                        Severity::Error,
                        String::new(),
                        root.span.opening(),
                        message,
                    )
                    .with_help(help),
                );
                return None;
            }
        },
    };
    let mut w = spec::walk::Walker::new(text, opts.lang);
    let root_loc = syntax::pointer::Loc::ROOT;
    if kind == Kind::IefV2Create && root.get("deployment").is_none() && root.get("app").is_some() {
        let (message, help) = rules::v2_create_wrapper::text(opts.lang);
        w.out.push(
            Diagnostic::new(
                rules::v2_create_wrapper::META.code,
                Severity::Warning,
                String::new(),
                root.span.opening(),
                message,
            )
            .with_help(help),
        );
        w.object(root, &spec::ief_v2::DEPLOYMENT, root_loc, "deployment");
    } else {
        w.object(root, kind.root(), root_loc, "");
    }
    let spec::walk::Walker {
        paths,
        visits,
        out: found,
        ..
    } = w;
    out.extend(found);
    let mut cx = rules::Ctx {
        kind,
        lang: opts.lang,
        root,
        current,
        edition: opts.edition,
        paths: &paths,
        out,
    };
    rules::run(&mut cx, &visits);
    if out.len() > diagnostics::MAX_FINDINGS {
        out.truncate(diagnostics::MAX_FINDINGS);
        let max = diagnostics::MAX_FINDINGS;
        let message = tr(
            opts.lang,
            format!("more than {max} findings: only the first {max} are reported"),
            format!("问题超过 {max} 个:只报告前 {max} 个"),
        );
        let help = tr(opts.lang, "fix these and lint again".into(), "修正后请重新检查".into());
        out.push(
            Diagnostic::new(
                st::TOO_MANY_FINDINGS.code,
                Severity::Warning,
                String::new(),
                root.span.opening(),
                message,
            )
            .with_help(help),
        );
    }
    Some(kind)
}

/// Applies the configured severities: `off` drops a finding, others replace its severity.
fn apply_severities(levels: &[(String, Level)], out: &mut Vec<Diagnostic>) {
    if levels.is_empty() {
        return;
    }
    out.retain_mut(
        |d| match levels.iter().rev().find(|(c, _)| c == d.code).map(|(_, l)| *l) {
            Some(Level::Off) => false,
            Some(Level::Warning) => {
                d.severity = Severity::Warning;
                true
            }
            Some(Level::Error) => {
                d.severity = Severity::Error;
                true
            }
            None => true,
        },
    );
}

/// Resolves line/column once and sorts.
fn finish(
    text: &str,
    index: &std::cell::OnceCell<LineIndex>,
    document: usize,
    kind: Option<Kind>,
    mut diagnostics: Vec<Diagnostic>,
) -> Report {
    if diagnostics.is_empty() {
        return Report {
            document,
            kind,
            diagnostics,
        };
    }
    let index = index.get_or_init(|| LineIndex::new(text));
    for d in &mut diagnostics {
        let s = index.line_col(text, d.span.start);
        let e = index.line_col(text, d.span.end);
        d.line = s.line;
        d.column = s.column;
        d.end_line = e.line;
        d.end_column = e.column;
    }
    diagnostics.sort_by(|a, b| (a.span.start, a.code, &a.pointer).cmp(&(b.span.start, b.code, &b.pointer)));
    Report {
        document,
        kind,
        diagnostics,
    }
}

#[cfg(feature = "cli")]
pub mod cli;
