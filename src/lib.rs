//! # deploylint
//!
//! Validates Huawei Cloud deployment request bodies — IEF v2/v3 app
//! deployments and CCE Autopilot chart releases — before they reach the API.
//!
//! The core is pure: text in, diagnostics out. It does no I/O, keeps no
//! global mutable state and compiles to WebAssembly. The command line and
//! the language server are thin adapters over it (crate `deploylint-cli`);
//! with its default features this crate builds none of them.
//!
//! ## The API
//!
//! - [`lint`] (and [`lint_bytes`] for raw bytes): text and [`Options`] in,
//!   one [`Report`] per document out, each with its [`Diagnostic`]s
//!   (code, [`Severity`], JSON Pointer, [`Span`], line and column, message
//!   and help in the [`Lang`] asked for, an optional [`Fix`]);
//! - [`Parsed`]: a text parsed once, to lint ([`Parsed::lint`]) and to
//!   read (its [`Node`] trees) without parsing twice;
//! - [`fix_all`]: the text with every offered fix applied;
//! - [`query`]: what is at a cursor and what the API specs say about a
//!   field (editors, forms), and [`describe_field`], its one-call summary;
//! - [`registry`]: the catalogue of every rule code, with its documentation;
//! - [`policy`]: a team's own rules in JSON Schema (feature `policies`, on
//!   by default).
//!
//! ## The path of a manifest
//!
//! text → one spanned tree per document ([`Node`]: every value and key
//! with its byte range) → [`Kind`] (given, or recognised from the
//! document's shape) → the API specs' walk (types, mandatory fields,
//! bounds, patterns, enums; docs in English and Chinese) → cross-field
//! rules (one file per concern) → [`Diagnostic`]s.
//!
//! ```
//! use deploylint::{lint, Options};
//!
//! let body = r#"{"chart_id": "af4b699e", "action": "upgrad", "parameters": {}, "values": {}}"#;
//! let reports = lint(body, &Options::default());
//! assert_eq!(reports[0].kind.map(|k| k.name()), Some("cce-release-update"));
//! let d = &reports[0].diagnostics[0];
//! assert_eq!((d.code, d.pointer.as_str()), ("release-action", "/action"));
//! assert_eq!((d.line, d.column), (1, 36));
//! assert!(d.message.contains("did you mean `upgrade`?"));
//! ```
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![deny(missing_docs)]

// The public surface is what this file re-exports (and the modules `query`,
// `registry` and `policy`); every other module is private to the crate.
mod api;
#[cfg(feature = "config")]
mod config;
mod describe;
mod detect;
mod diagnostics;
mod edition;
mod fix;
mod generate;
mod hash;
mod host;
mod kind;
mod kind_comment;
mod levels;
mod limits;
mod links;
mod names;
mod options;
mod parsed;
pub mod policy;
pub mod query;
#[cfg_attr(not(feature = "lsp"), allow(dead_code, unused_imports))] // Recognition: the CLI's walk, the editor.
mod recognise;
pub mod registry;
mod report;
mod rule_meta;
mod rules;
mod secrets;
mod sink;
mod skeleton;
mod suppress;
mod syntax;
mod verify;
mod wire;

pub use describe::{describe_field, FieldInfo};
pub use detect::{detect, Detected};
pub use diagnostics::{Diagnostic, Edit, Fix, Lang, Severity};
pub use edition::Edition;
pub use fix::{fix_all, FixResult};
pub use kind::Kind;
pub use levels::{Level, Preset};
pub use limits::{Exceeded, Limit, Limits};
pub use names::{Setting, UnknownName};
pub use options::{Current, Options};
pub use parsed::Parsed;
pub use registry::Applicability;
pub use rules::looks_secret;
pub use suppress::{Ignore, Suppressed, Suppression, SuppressionKind};
pub use syntax::{InputFormat, JsonType, Member, Node, Span, SyntaxError, SyntaxErrorKind, Value};

/// The outcome of linting one document: what [`lint`] returns for each.
///
/// ```
/// use deploylint::{lint, Kind, Options};
///
/// let body = r#"{"chart_id": "af4b699e", "action": "upgrad", "parameters": {}, "values": {}}"#;
/// let report = lint(body, &Options::new()).remove(0);
/// assert_eq!((report.document, report.kind), (0, Some(Kind::CceReleaseUpdate)));
/// assert_eq!((report.errors(), report.warnings(), report.infos()), (1, 0, 0));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
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

/// Lints `text`: one [`Report`] per document (JSON has one; a YAML stream
/// one per `---` document, none for a stream without any).
///
/// This is the library's one entry. It takes the whole text, never a
/// document, because suppression comments and the document index belong
/// to the stream; and it returns every document's report, so a caller
/// cannot check the first document of a stream and miss the others.
/// [`lint_bytes`] is the same for raw bytes (a file as read), and
/// [`Parsed::lint`] for a text already parsed.
///
/// Every fix a diagnostic carries has been checked: the fixed text parses
/// and the finding is gone; a fix that fails is not offered.
///
/// ```
/// use deploylint::{lint, Options, Severity};
///
/// let text = "deployment:\n  replicas: 1\n---\nchart_id: af4b699e\naction: upgrad\nparameters: {}\nvalues: {}\n";
/// let reports = lint(text, &Options::new());
/// assert_eq!(reports.len(), 2);
/// let d = &reports[1].diagnostics[0];
/// assert_eq!((d.code, d.severity, d.line), ("release-action", Severity::Error, 5));
/// ```
pub fn lint(text: &str, opts: &Options) -> Vec<Report> {
    Parsed::new(text, opts).lint(opts)
}

/// [`lint`] of raw bytes: invalid UTF-8 is a `parse-error` at the first bad
/// byte. Past the input size limit only the bytes up to it are read (and
/// the limit is reported), so a huge input costs no more than a limit-sized
/// one.
///
/// ```
/// use deploylint::{lint_bytes, Options};
///
/// let reports = lint_bytes(b"{\"a\": \"\xff\"}", &Options::new());
/// let d = &reports[0].diagnostics[0];
/// assert_eq!((d.code, d.line, d.column), ("parse-error", 1, 8));
/// ```
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
        return lint(prefix, opts);
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

/// [`Parsed::lint`]: `documents` is `syntax::parse_with(text, format, limits)`.
fn lint_parsed(
    text: &str,
    format: InputFormat,
    limits: &Limits,
    documents: &[Result<Node, SyntaxError>],
    opts: &Options,
) -> Vec<Report> {
    let mut reports = lint_parsed_unchecked(text, format, documents, opts);
    verify::offered_fixes(text, &mut reports, |fixed| {
        lint_parsed_unchecked(fixed, format, &syntax::parse_with(fixed, format, limits), opts)
    });
    reports
}

/// [`lint`] without the check of its fixes.
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

#[doc(hidden)]
pub mod __private;
/// The `deploylint` binary's whole entry ([`cli::main`]); not a library API.
#[cfg(feature = "cli")]
#[doc(hidden)]
// Its doc comments are clap's help text (`URL/<kind>.json`), not rustdoc.
#[allow(rustdoc::invalid_html_tags)]
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
