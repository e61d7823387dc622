//! A text parsed once, to lint and to query: [`Parsed`].
//!
//! A front end that needs the trees as well as the findings (an editor
//! recognising manifests, a form reading values) parses once and lints the
//! parse. The parse keeps its text, format and limits, so the trees it lints
//! are always a parse of that text: there is no way to lint trees against
//! another text.

use crate::limits::Limits;
use crate::syntax::{self, InputFormat, Node, SyntaxError};
use crate::{Options, Report};

/// A text and its documents' trees, parsed as [`lint`](crate::lint) would
/// parse it.
///
/// ```
/// use deploylint::{Options, Parsed};
///
/// let text = "deployment:\n  replicas: 0\n";
/// let opts = Options::new();
/// let parsed = Parsed::new(text, &opts);
/// // The trees: the first document's `deployment` object.
/// let root = parsed.documents()[0].as_ref().expect("YAML");
/// assert!(root.get("deployment").is_some());
/// // The same findings as `lint(text, &opts)`, without parsing again.
/// assert_eq!(parsed.lint(&opts), deploylint::lint(text, &opts));
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Parsed<'t> {
    text: &'t str,
    format: InputFormat,
    limits: Limits,
    documents: Vec<Result<Node, SyntaxError>>,
}

impl<'t> Parsed<'t> {
    /// Parses `text` in `opts.format` (detected when `None`: JSON if the text
    /// starts with `{` or `[`) within `opts.limits`, every document of a
    /// YAML stream.
    ///
    /// ```
    /// use deploylint::{InputFormat, Options, Parsed};
    ///
    /// let parsed = Parsed::new("a: 1\n---\nb: 2\n", &Options::new());
    /// assert_eq!((parsed.format(), parsed.documents().len()), (InputFormat::Yaml, 2));
    /// ```
    pub fn new(text: &'t str, opts: &Options) -> Self {
        let format = opts.format.unwrap_or_else(|| InputFormat::detect(text));
        Parsed {
            text,
            format,
            limits: opts.limits,
            documents: syntax::parse_with(text, format, &opts.limits),
        }
    }

    /// The text parsed.
    ///
    /// ```
    /// use deploylint::{Options, Parsed};
    /// assert_eq!(Parsed::new("{}", &Options::new()).text(), "{}");
    /// ```
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The format it was parsed in.
    ///
    /// ```
    /// use deploylint::{InputFormat, Options, Parsed};
    /// assert_eq!(Parsed::new("{}", &Options::new()).format(), InputFormat::Json);
    /// ```
    pub fn format(&self) -> InputFormat {
        self.format
    }

    /// One tree per document, or why the document did not parse.
    ///
    /// ```
    /// use deploylint::{Options, Parsed};
    ///
    /// let parsed = Parsed::new(r#"{"a": "#, &Options::new());
    /// let error = parsed.documents()[0].as_ref().unwrap_err();
    /// assert_eq!(error.span.start, 6);
    /// ```
    pub fn documents(&self) -> &[Result<Node, SyntaxError>] {
        &self.documents
    }

    /// Lints the parse: one [`Report`] per document, the same as
    /// [`lint`](crate::lint) of the text with `opts`, except that the format
    /// and limits of parsing are the ones this parse was made with (the
    /// findings cap, like every other option, is `opts`').
    ///
    /// ```
    /// use deploylint::{Kind, Options, Parsed};
    ///
    /// let text = r#"{"chart_id": "c", "action": "upgrade", "parameters": {}, "values": {}}"#;
    /// let parsed = Parsed::new(text, &Options::new());
    /// let reports = parsed.lint(&Options::new());
    /// assert_eq!(reports[0].kind, Some(Kind::CceReleaseUpdate));
    /// ```
    pub fn lint(&self, opts: &Options) -> Vec<Report> {
        crate::lint_parsed(self.text, self.format, &self.limits, &self.documents, opts)
    }

    /// The trees, for a front end that keeps them past the parse (the
    /// language server frees them after publishing its diagnostics).
    #[cfg(feature = "lsp")]
    pub(crate) fn into_documents(self) -> Vec<Result<Node, SyntaxError>> {
        self.documents
    }
}
