//! Which documents are request bodies: the one test the language server
//! and the CLI's directory walks share.
//!
//! Editors hand the language server every JSON and YAML file, and a
//! repository holds `package.json`, CI workflows and Kubernetes manifests
//! beside its bodies; only request bodies get diagnostics. A file is a body when
//! 1. a comment on its first lines names its kind: `# deploylint: kind=ief-v3-create`
//!    ([`modeline`]);
//! 2. or the front end forces it (a `[[kinds]]` glob or the `include` of
//!    `deploylint.toml`, `--kind`): `forced` below;
//! 3. or one of its documents looks like a request body: its kind is
//!    recognised from its shape ([`crate::detect`]), it has the key that
//!    body is about ([`Kind::anchors`]: `deployment`, a flat v2 create's `app`, a
//!    release's `chart_id` or `action`), and most of its top-level keys are
//!    fields of that body. Shape detection alone is too generous for this:
//!    any file with a top-level `name` (package.json, a CI workflow) would
//!    be an IEF v3 create body.
//!
//! In a stream recognised by shape, only the documents that look like
//! bodies (and those that do not parse) are reported on.
//!
//! A text of which no document parses says nothing by its shape. The
//! language server keeps the verdict of its last readable text (so the
//! diagnostics do not vanish while a line is being typed); a directory
//! walk ([`walked`]) lints it when it has a modeline or [names an anchor
//! key](names_a_body_key) (`"deployment":`, `chart_id:` ...), so a broken
//! body's syntax error is reported, and skips it otherwise
//! ([`Skip::DoesNotParse`]: a `tsconfig.json` with comments, a broken
//! unrelated YAML).
//!
//! ```
//! use deploylint::__private::recognise::{walked, DocVerdict, Skip};
//! use deploylint::{__private::parse_with, InputFormat};
//! use deploylint::{Kind, Lang, Limits};
//!
//! let judge = |text: &str, format| walked(text, format, &parse_with(text, format, &Limits::DEFAULT), false);
//! let body = judge("chart_id: a\naction: upgrade\n", InputFormat::Yaml).expect("a body");
//! assert_eq!(body.docs, [DocVerdict::Body(Some(Kind::CceReleaseUpdate))]);
//! let package = judge(r#"{"name": "web", "version": "1.0.0", "scripts": {}}"#, InputFormat::Json);
//! assert_eq!(package, Err(Skip::NotABody));
//! let tsconfig = judge("{\n  // comments\n  \"compilerOptions\": {}\n}\n", InputFormat::Json);
//! assert_eq!(tsconfig, Err(Skip::DoesNotParse));
//! assert_eq!(Skip::DoesNotParse.code(), "does-not-parse");
//! assert_eq!(Skip::NotABody.message(Lang::En), "not a request body");
//! // A broken body is linted, so that its syntax error is reported.
//! assert!(judge("{\"deployment\": {\"template\": ", InputFormat::Json).is_ok());
//! ```

use crate::detect::{detect, Detected};
use crate::kind::Kind;
use crate::limits::Limits;
use crate::query::{body_object, keys};
use crate::syntax::{self, InputFormat, Node, SyntaxError};
use crate::Lang;

/// The `# deploylint: kind=NAME` comment, read by the core.
pub use crate::kind_comment::{find as modeline, KindComment as Modeline};

fn has_anchor(kind: Kind, root: &Node) -> bool {
    kind.anchors().iter().any(|k| root.get(k).is_some())
}

/// Whether `text` shows one of the [`Kind::anchors`] of some kind as a key: a
/// JSON string key (`"deployment"` followed by `:`), or a YAML key at the
/// start of a line (`deployment:`, `"chart_id":`, after indentation or a
/// `- `). Read from the text alone, for a file that does not parse.
pub fn names_a_body_key(text: &str) -> bool {
    let mut keys: Vec<&str> = Kind::ALL.iter().flat_map(|k| k.anchors().iter().copied()).collect();
    keys.sort_unstable();
    keys.dedup();
    let json = keys.iter().any(|k| {
        let quoted = format!("\"{k}\"");
        text.match_indices(&quoted)
            .any(|(at, _)| text[at + quoted.len()..].trim_start().starts_with(':'))
    });
    json || text.lines().any(|line| {
        let line = line.trim_start().trim_start_matches("- ").trim_start();
        keys.iter().any(|k| {
            [*k, &format!("'{k}'")].iter().any(|key| {
                line.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
        })
    })
}

/// The kind a parsed document is a body of, when it looks like one.
pub fn body_kind(root: &Node) -> Option<Kind> {
    let kind = match detect(root) {
        Detected::One(k) => k,
        Detected::Ambiguous(ks) => *ks.first()?,
        Detected::Unknown => return None,
    };
    if !has_anchor(kind, root) {
        return None;
    }
    let present = keys(root);
    let object = body_object(kind, &present);
    let known = present.iter().filter(|k| object.field(k).is_some()).count();
    (known * 2 >= present.len()).then_some(kind)
}

/// What is known of one document of a stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocVerdict {
    /// A body (of this kind, when known).
    Body(Option<Kind>),
    /// Parses, but is not a body.
    Other,
    /// Does not parse.
    Broken,
}

/// What is known of a whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Whether the file is a manifest; `None` when no document parsed, so
    /// the text alone cannot tell.
    pub manifest: Option<bool>,
    /// One verdict per document.
    pub docs: Vec<DocVerdict>,
}

impl Verdict {
    /// Whether document `i` is reported on, in a file that is a manifest.
    pub fn reports(&self, i: usize) -> bool {
        !matches!(self.docs.get(i), Some(DocVerdict::Other))
    }

    /// The kind of document `i`, if known.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        match self.docs.get(i) {
            Some(DocVerdict::Body(k)) => *k,
            _ => None,
        }
    }
}

/// Judges parsed documents: `explicit` is the kind a comment or the config
/// gives (every document is then a body of it).
pub fn judge(docs: &[Result<Node, SyntaxError>], explicit: Option<Kind>, forced: bool) -> Verdict {
    let verdicts: Vec<DocVerdict> = docs
        .iter()
        .map(|d| match d {
            Err(_) => DocVerdict::Broken,
            Ok(_) if forced => DocVerdict::Body(explicit),
            Ok(root) => match body_kind(root) {
                Some(k) => DocVerdict::Body(Some(k)),
                None => DocVerdict::Other,
            },
        })
        .collect();
    let manifest = if forced {
        Some(true)
    } else if verdicts.iter().all(|v| *v == DocVerdict::Broken) {
        None
    } else {
        Some(verdicts.iter().any(|v| matches!(v, DocVerdict::Body(_))))
    };
    Verdict {
        manifest,
        docs: verdicts,
    }
}

/// Why a file found by a directory walk is not linted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Skip {
    /// It parses, and none of its documents looks like a request body.
    NotABody,
    /// No document of it parses, and it names no request-body key.
    DoesNotParse,
}

impl Skip {
    /// A stable name for machines: `not-a-request-body`, `does-not-parse`.
    pub fn code(self) -> &'static str {
        match self {
            Skip::NotABody => "not-a-request-body",
            Skip::DoesNotParse => "does-not-parse",
        }
    }

    /// The reason in words, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Skip::NotABody, Lang::En) => "not a request body",
            (Skip::NotABody, Lang::Zh) => "不是请求体",
            (Skip::DoesNotParse, Lang::En) => "does not parse and names no request-body key",
            (Skip::DoesNotParse, Lang::Zh) => "无法解析,且未出现请求体的键",
        }
    }
}

/// Whether a file found by walking a directory is linted: its verdict
/// when it is (see the module doc), else why not. `docs` is
/// `syntax::parse_with(text, format, ..)`, shared with the lint;
/// `forced` is true when the front end takes the file for a body whatever
/// its shape (`--kind`, a `[[kinds]]` glob, the config's `include`).
pub fn walked(
    text: &str,
    format: InputFormat,
    docs: &[Result<Node, SyntaxError>],
    forced: bool,
) -> Result<Verdict, Skip> {
    let marked = format == InputFormat::Yaml && modeline(text).is_some();
    let verdict = judge(docs, None, forced || marked);
    match verdict.manifest {
        Some(true) => Ok(verdict),
        Some(false) => Err(Skip::NotABody),
        None if names_a_body_key(text) => Ok(verdict),
        None => Err(Skip::DoesNotParse),
    }
}

/// Parses `text` within `limits` (the workspace's, as the lint does) and judges it (see [`judge`]).
pub fn recognise(text: &str, format: InputFormat, explicit: Option<Kind>, forced: bool, limits: &Limits) -> Verdict {
    judge(&syntax::parse_with(text, format, limits), explicit, forced)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(text: &str) -> Option<bool> {
        recognise(text, InputFormat::detect(text), None, false, &Limits::DEFAULT).manifest
    }

    #[test]
    fn only_bodies_are_manifests() {
        assert_eq!(
            verdict(r#"{"name": "web", "deployment": {"template": {}}}"#),
            Some(true)
        );
        assert_eq!(verdict("chart_id: a\naction: upgrade\n"), Some(true));
        assert_eq!(verdict("description: x\ndeployment:\n  template: {}\n"), Some(true));
        // package.json: a top-level name is not enough.
        assert_eq!(
            verdict(r#"{"name": "x", "version": "1.0.0", "scripts": {}}"#),
            Some(false)
        );
        // A Kubernetes manifest, a CI workflow.
        assert_eq!(
            verdict("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"),
            Some(false)
        );
        assert_eq!(verdict("name: ci\non: push\njobs: {}\n"), Some(false));
        // Mostly unknown top-level keys.
        assert_eq!(verdict("deployment: {}\na: 1\nb: 2\nc: 3\n"), Some(false));
        assert_eq!(verdict("{\"deployment\": "), None);
    }

    fn walk(text: &str, format: InputFormat) -> Result<Verdict, Skip> {
        walked(text, format, &syntax::parse_with(text, format, &Limits::DEFAULT), false)
    }

    #[test]
    fn walks_skip_what_is_no_body() {
        use InputFormat::{Json, Yaml};
        assert_eq!(walk(r#"{"name": "x", "version": "1.0.0"}"#, Json), Err(Skip::NotABody));
        assert_eq!(
            walk("{\n  // c\n  \"compilerOptions\": {}\n}", Json),
            Err(Skip::DoesNotParse)
        );
        assert_eq!(walk("a: [\n", Yaml), Err(Skip::DoesNotParse));
        // Broken, but an anchor is a key: linted, so the syntax error shows.
        let v = walk("{\"deployment\" : {", Json).expect("linted");
        assert_eq!((v.manifest, &v.docs[..]), (None, &[DocVerdict::Broken][..]));
        assert!(walk("  - chart_id: a\n  x: [\n", Yaml).is_ok());
        assert!(walk("'action': upgrade\nb: [\n", Yaml).is_ok());
        // The word alone, not as a key, is not enough.
        assert_eq!(walk("# a deployment: this\nname: [\n", Yaml), Err(Skip::DoesNotParse));
        assert_eq!(walk(r#"{"x": "deployment", "y": "#, Json), Err(Skip::DoesNotParse));
        // A modeline makes any YAML a body, broken or not.
        let v = walk("# deploylint: kind=ief-v3-update\nname: ci\n", Yaml).expect("linted");
        assert_eq!(v.docs, [DocVerdict::Body(None)]);
        assert!(walk("# deploylint: kind=ief-v3-update\na: [\n", Yaml).is_ok());
        assert!(walked(
            "name: ci\n",
            Yaml,
            &syntax::parse_with("name: ci\n", Yaml, &Limits::DEFAULT),
            true
        )
        .is_ok());
    }

    #[test]
    fn modelines() {
        let text = "# a comment\n#deploylint: kind=ief-v3-update\n";
        let m = modeline(text).expect("found");
        assert_eq!(m.kind, Ok(Kind::IefV3Update));
        assert_eq!(&text[m.span.start..m.span.end], "ief-v3-update");
        let bad = modeline("# deploylint: kind=ief-v9\n").expect("found");
        assert_eq!(bad.kind, Err("ief-v9".to_string()));
        assert_eq!(modeline("a: 1\n\n\n\n\n# deploylint: kind=ief-v3-update\n"), None);
    }

    #[test]
    fn streams_report_only_their_bodies() {
        let text = "apiVersion: v1\nkind: ConfigMap\n---\nchart_id: a\naction: upgrade\n---\n[\n";
        let v = recognise(text, InputFormat::Yaml, None, false, &Limits::DEFAULT);
        assert_eq!(v.manifest, Some(true));
        assert_eq!(
            v.docs,
            [
                DocVerdict::Other,
                DocVerdict::Body(Some(Kind::CceReleaseUpdate)),
                DocVerdict::Broken
            ]
        );
        assert!(!v.reports(0) && v.reports(1) && v.reports(2));
    }
}
