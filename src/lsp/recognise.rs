//! Which documents are deploylint manifests.
//!
//! Editors hand the server every JSON and YAML file; only request bodies
//! get diagnostics. A file is a manifest when
//! 1. a comment on its first lines names its kind: `# deploylint: kind=ief-v3-create`;
//! 2. or a `[[kinds]]` glob of `deploylint.toml` matches it;
//! 3. or one of its documents looks like a request body: its kind is
//!    recognised from its shape ([`crate::detect`]), it has the key that
//!    body is about (`deployment`, a flat v2 create's `app`, a release's
//!    `chart_id` or `action`), and most of its top-level keys are fields of
//!    that body. Shape detection alone is too generous for this: any file
//!    with a top-level `name` (package.json, a CI workflow) would be an IEF
//!    v3 create body.
//!
//! In a stream recognised by shape, only the documents that look like
//! bodies (and those that do not parse) are reported on. A file that does
//! not parse keeps the verdict of its last readable text, so the
//! diagnostics do not vanish while a line is being typed.

use crate::kind::{detect, Detected, Kind};
use crate::limits::Limits;
use crate::query::{body_object, keys};
use crate::syntax::{self, InputFormat, Node, SyntaxError};

/// The `# deploylint: kind=NAME` comment, read by the core.
pub use crate::kind_comment::{find as modeline, KindComment as Modeline};

/// The key a body of `kind` is about: a document without it is not taken
/// for a body from its shape alone.
fn has_anchor(kind: Kind, root: &Node) -> bool {
    let has = |k: &str| root.get(k).is_some();
    match kind {
        Kind::CceReleaseUpdate => has("chart_id") || has("action"),
        Kind::IefV2Create => has("deployment") || has("app"),
        _ => has("deployment"),
    }
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
