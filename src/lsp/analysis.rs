//! One analysis per document version: the parsed documents of its text,
//! what they are, and the reports of their lint, made once by whichever
//! needs them first (the lint worker, or a request that came before it) and
//! read by the rest: the diagnostics ([`super::diagnose`]), hover,
//! completion and code actions parse and lint nothing again.
//!
//! An analysis lives in its document's [`Cell`], which a change of the text
//! or of its settings replaces with an empty one: an analysis of an older
//! version is never read. When the text does not parse at all, what the
//! last readable text said (its [`Status`], kept by the lint worker) stands
//! in for whether it is a manifest and of what kind.

use crate::recognise::{judge, Verdict};
use crate::syntax::{Node, SyntaxError};
use crate::{Kind, Options, Parsed, Report};
use std::sync::{Arc, OnceLock};

/// What the last readable text of a document said about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// Whether it is a manifest.
    pub manifest: bool,
    /// The kind of each document of its stream, when known.
    pub kinds: Vec<Option<Kind>>,
}

/// The parsed documents of a text.
pub type Trees = Vec<Result<Node, SyntaxError>>;

/// The analysis of one document version, shared by the document and the
/// lint job of that version; empty until one of them makes it.
pub type Cell = Arc<OnceLock<Analysis>>;

/// One document version analysed.
#[derive(Debug)]
pub struct Analysis {
    /// The parsed documents of its stream.
    pub docs: Trees,
    /// What they are, by their shape (and the file's comment or globs).
    pub verdict: Verdict,
    /// Whether it is a manifest and the kinds of its documents: the
    /// verdict's, or the last readable text's when this one does not parse.
    pub status: Status,
    /// The reports of its lint (none when it is not a manifest).
    pub reports: Vec<Report>,
    /// The kind named by the file's comment or a `[[kinds]]` glob.
    explicit: Option<Kind>,
}

impl Analysis {
    /// Parses `text` (once: recognising a manifest by its shape and the lint
    /// share the trees; on a 1 MB manifest the parse is most of the cost) and
    /// lints it with `opts` when it is a manifest. `explicit` is the kind the
    /// file's comment or a glob names, `forced` whether either makes it a
    /// manifest whatever its shape; `previous` is the status of the last
    /// readable text, kept when this one does not parse.
    pub fn new(
        text: &str,
        opts: &Options,
        explicit: Option<Kind>,
        forced: bool,
        previous: Option<&Status>,
    ) -> Analysis {
        let parsed = Parsed::new(text, opts);
        let verdict = judge(parsed.documents(), explicit, forced);
        let status = match verdict.manifest {
            Some(manifest) => Status {
                manifest,
                kinds: if forced {
                    parsed.documents().iter().map(|_| explicit).collect()
                } else {
                    (0..verdict.docs.len()).map(|i| verdict.kind(i)).collect()
                },
            },
            None => previous.cloned().unwrap_or_default(),
        };
        let reports = if status.manifest { parsed.lint(opts) } else { Vec::new() };
        Analysis {
            docs: parsed.into_documents(),
            verdict,
            status,
            reports,
            explicit,
        }
    }

    /// Whether it is a manifest.
    pub fn manifest(&self) -> bool {
        self.status.manifest
    }

    /// The kind of document `i`: the explicit one, else recognised from the
    /// text, else from the last readable one.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.explicit
            .or_else(|| self.verdict.kind(i))
            .or_else(|| self.status.kinds.get(i).copied().flatten())
    }

    /// The reports of the documents of the stream that are request bodies
    /// (the ones reported on).
    pub fn findings(&self) -> impl Iterator<Item = &Report> {
        self.reports.iter().filter(|r| self.verdict.reports(r.document))
    }
}
