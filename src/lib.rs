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
//! range) → [`kind`] (from `--kind` or the document's shape) → [`api`] walk
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

pub mod api;
#[cfg(feature = "config")]
pub mod config;
mod describe;
mod detect;
pub mod diagnostics;
mod edition;
mod fix;
pub mod generate;
mod hash;
pub mod host;
pub mod kind;
pub mod kind_comment;
mod levels;
pub mod limits;
pub mod links;
pub mod names;
mod options;
pub mod policy;
pub mod query;
pub mod recognise;
pub mod registry;
pub(crate) mod report;
mod rule_meta;
pub(crate) mod rules;
mod secrets;
mod sink;
pub mod skeleton;
pub mod suppress;
pub mod syntax;
mod verify;
pub mod wire;

pub use describe::{describe_field, FieldInfo};
pub use detect::{detect, Detected};
pub use diagnostics::{Diagnostic, Edit, Fix, Lang, Severity};
pub use edition::Edition;
pub use fix::{fix_all, FixResult};
pub use kind::Kind;
pub use levels::{Level, Preset};
pub use names::UnknownName;
pub use options::{Current, Options};
pub use rules::looks_secret;
pub use syntax::InputFormat;

use syntax::Node;

/// The outcome of linting one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// 0-based index of the document in a multi-document YAML stream (0 for JSON).
    pub document: usize,
    /// The kind the document was checked as, if one could be determined.
    pub kind: Option<Kind>,
    /// The findings, sorted by position, then code.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings silenced by a suppression comment or `[[ignore]]` entry, in the same order.
    pub suppressed: Vec<suppress::Suppressed>,
    /// The byte ranges of secret values (quotes excluded: the `value` of an
    /// object whose `name` [looks secret](looks_secret)), sorted and
    /// disjoint, for a front end that echoes source text to mask them (the
    /// CLI's human excerpts do). Found only in a document with findings
    /// (silenced ones included), since only then is text echoed; `None` for
    /// a document that did not parse (no tree to find them in).
    pub secrets: Option<Vec<syntax::Span>>,
}

impl Report {
    /// Number of error-severity diagnostics.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// Number of informational findings.
    pub fn infos(&self) -> usize {
        self.count(Severity::Info)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }
}

/// Lints raw bytes (every document): invalid UTF-8 is a `parse-error` at the
/// first bad byte. Past the input size limit only the bytes up to it are
/// read (and the limit is reported), so a huge input costs no more than a
/// limit-sized one.
pub fn lint_bytes(bytes: &[u8], opts: &Options) -> Vec<Report> {
    // Up to the cap and the character that crosses it (at most 4 bytes).
    let cap = opts.limits.input_size;
    let head = bytes.get(..cap.saturating_add(4)).unwrap_or(bytes);
    let valid = match std::str::from_utf8(head) {
        Ok(_) => head.len(),
        Err(e) => e.valid_up_to(),
    };
    // Locate within the valid prefix so line/column are exact.
    let prefix = std::str::from_utf8(&head[..valid]).unwrap_or_default();
    // Whole text, or a prefix past the cap (which the lint reports).
    if valid == head.len() || valid > cap {
        return lint_all(prefix, opts);
    }
    let mut sink = report::sink(opts);
    if valid == cap && bytes.len() > cap {
        // The first byte past the cap is also the first bad one: the cap is what stops reading.
        rules::document::syntax_error(&mut sink, &syntax::too_large(prefix, cap));
    } else {
        rules::document::not_utf8(&mut sink, valid);
    }
    let mut diagnostics = report::finish(sink, opts, prefix, &std::cell::OnceCell::new());
    // The bad byte is one column wide, past the valid prefix.
    for d in &mut diagnostics {
        d.end_column = d.column + 1;
        d.end_column_utf16 = d.column_utf16 + 1;
    }
    vec![Report {
        document: 0,
        kind: opts.kind,
        diagnostics,
        suppressed: Vec::new(),
        secrets: None,
    }]
}

/// Lints one document: JSON, or the first document of a YAML stream (use
/// [`lint_all`] for every document of a multi-document stream).
pub fn lint(text: &str, opts: &Options) -> Report {
    lint_all(text, opts).into_iter().next().unwrap_or(Report {
        document: 0,
        kind: opts.kind,
        diagnostics: Vec::new(),
        suppressed: Vec::new(),
        secrets: Some(Vec::new()),
    })
}

/// Lints every document of `text`, one [`Report`] each.
pub fn lint_all(text: &str, opts: &Options) -> Vec<Report> {
    let format = opts.format.unwrap_or_else(|| InputFormat::detect(text));
    lint_parsed(text, format, &syntax::parse_with(text, format, &opts.limits), opts)
}

/// [`lint_all`] of a text already parsed: `documents` is
/// `syntax::parse_with(text, format, &opts.limits)`, for a front end that needs the trees too
/// (the language server recognises manifests by them) and parses once.
///
/// Every fix a diagnostic carries has been checked ([`verify`]): the fixed
/// text parses and the finding is gone; a fix that fails is not offered.
pub fn lint_parsed(
    text: &str,
    format: InputFormat,
    documents: &[Result<Node, syntax::SyntaxError>],
    opts: &Options,
) -> Vec<Report> {
    let mut reports = lint_parsed_unchecked(text, format, documents, opts);
    verify::offered_fixes(text, &mut reports, |fixed| {
        lint_parsed_unchecked(fixed, format, &syntax::parse_with(fixed, format, &opts.limits), opts)
    });
    reports
}

/// [`lint_all`] without the check of its fixes.
#[cfg(test)]
pub(crate) fn lint_unchecked(text: &str, opts: &Options) -> Vec<Report> {
    let format = opts.format.unwrap_or_else(|| InputFormat::detect(text));
    lint_parsed_unchecked(text, format, &syntax::parse_with(text, format, &opts.limits), opts)
}

/// [`lint_parsed`] without the check of its fixes.
fn lint_parsed_unchecked(
    text: &str,
    format: InputFormat,
    documents: &[Result<Node, syntax::SyntaxError>],
    opts: &Options,
) -> Vec<Report> {
    // Built only if some document has a finding: the clean path never scans for lines.
    let index = std::cell::OnceCell::new();
    let suppressions = suppress::Suppressions::new(text, format == InputFormat::Yaml, &opts.ignores, documents.len());
    documents
        .iter()
        .enumerate()
        .map(|(document, parsed)| {
            let mut sink = report::sink(opts).with_suppressions(&suppressions);
            let kind = match parsed {
                Err(e) => {
                    rules::document::syntax_error(&mut sink, e);
                    opts.kind
                }
                Ok(root) => check(text, root, opts, &mut sink),
            };
            let (diagnostics, suppressed) = report::finish_all(sink, opts, text, &index);
            let secrets = match parsed {
                Err(_) => None,
                Ok(_) if diagnostics.is_empty() && suppressed.is_empty() => Some(Vec::new()),
                Ok(root) => Some(secrets::values(root, text)),
            };
            Report {
                document,
                kind,
                diagnostics,
                suppressed,
                secrets,
            }
        })
        .collect()
}

/// Checks a parsed tree: kind, spec walk, cross-field rules. Returns the kind used.
fn check(text: &str, root: &Node, opts: &Options, sink: &mut sink::Sink<'_>) -> Option<Kind> {
    sink.set_start(root.span);
    if root.members().is_none() {
        rules::document::not_an_object(sink, root);
        return opts.kind;
    }
    let kind = match opts.kind {
        Some(k) => k,
        None => match detect(root) {
            Detected::One(k) => k,
            Detected::Ambiguous(ks) => {
                rules::document::ambiguous(sink, root, &ks);
                return None;
            }
            Detected::Unknown => {
                rules::document::unknown(sink, root);
                return None;
            }
        },
    };
    let mut w = api::walk::Walker::new(text, sink);
    w.object(
        root,
        query::body_object(kind, &query::keys(root)),
        syntax::pointer::Loc::ROOT,
        "",
    );
    let api::walk::Walker { paths, visits, .. } = w;
    let mut cx = rules::Ctx {
        kind,
        root,
        text,
        current: opts.current.as_ref().map(Current::root),
        edition: opts.edition,
        paths: &paths,
        sink,
    };
    rules::run(&mut cx, &visits);
    #[cfg(feature = "policies")]
    if !opts.policies.is_empty() {
        policy::check(kind, root, &visits, &paths, &opts.policies, sink);
    }
    Some(kind)
}

#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
#[cfg(feature = "lsp")]
mod env;
#[cfg(feature = "lsp")]
mod lsp;

impl Current {
    /// Parses the current deployment (JSON or YAML; the first document).
    /// A text that is not a readable object gives its diagnostics, located
    /// in that text, so a broken file is never ignored in silence.
    pub fn parse(text: &str, lang: Lang) -> Result<Current, Vec<Diagnostic>> {
        let format = syntax::InputFormat::detect(text);
        let opts = Options::new().lang(lang).format(format);
        let mut sink = report::sink(&opts);
        let parsed = syntax::parse(text, format).into_iter().next();
        match parsed {
            Some(Ok(root)) if root.members().is_some() => return Ok(Current { root }),
            Some(Ok(root)) => rules::document::not_an_object(&mut sink, &root),
            Some(Err(e)) => rules::document::syntax_error(&mut sink, &e),
            None => {}
        }
        Err(report::finish(sink, &opts, text, &std::cell::OnceCell::new()))
    }
}
