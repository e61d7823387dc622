//! Linting off the main loop, newest text first.
//!
//! The main loop hands each opened or changed document to one worker
//! thread and goes back to reading messages. The worker takes every job
//! waiting for it at once and keeps only the newest per document (pending
//! changes coalesce); a lint whose document changed again while it ran is
//! superseded: its result is dropped, never published, and the newer text
//! is linted next. Publishing and closing hold one lock, so a closed
//! document's diagnostics, once cleared, stay cleared.
//!
//! The worker's lint is the document version's [`Analysis`], kept in the
//! document's cell for the requests; a request that comes first makes it
//! (the worker then reads it), so a version is parsed and linted once.

use super::analysis::{Analysis, Cell, Status};
use super::diagnose::diagnose;
use super::documents::Document;
use super::transport::Outgoing;
use super::workspace::Settings;
use lsp_server::{Message, Notification};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::{PublishDiagnosticsParams, Uri};
use std::collections::HashMap;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, MutexGuard};

/// The stack of the threads that parse and lint: the main thread's usual
/// 8 MiB, for the deepest nesting the parsers accept.
pub const STACK: usize = 8 << 20;

/// One document to lint.
pub struct Job {
    /// The document.
    pub uri: Uri,
    /// Its version.
    pub version: i32,
    /// Its generation: a newer one supersedes this job.
    pub generation: u64,
    /// Its text.
    pub text: Arc<str>,
    /// The line index of the text, shared with the document.
    pub lines: Arc<std::sync::OnceLock<crate::syntax::LineIndex>>,
    /// The analysis of this version, shared with the document.
    pub analysis: Cell,
    /// How to lint it; `None`: it is not a document deploylint reads (its
    /// diagnostics are cleared).
    pub settings: Option<Settings>,
}

#[derive(Default)]
struct Shared {
    /// The newest generation of each open document.
    latest: HashMap<Uri, u64>,
    /// What the last readable text of each document said.
    status: HashMap<Uri, Status>,
}

/// The handle the main loop keeps.
pub struct Linter {
    jobs: Sender<Job>,
    shared: Arc<Mutex<Shared>>,
    out: Sender<Outgoing>,
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    // A panic while holding the lock leaves plain maps behind: still usable.
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

fn publish(out: &Sender<Outgoing>, uri: Uri, version: Option<i32>, diagnostics: Vec<lsp_types::Diagnostic>) {
    let params = PublishDiagnosticsParams {
        uri,
        diagnostics,
        version,
    };
    let n = Notification::new(PublishDiagnostics::METHOD.into(), params);
    let _ = out.send(Message::Notification(n).into());
}

/// The analysis in `cell` of `text` with `settings`, made now unless it
/// was already; `previous` is what the last readable text said.
pub fn analysis<'c>(cell: &'c Cell, text: &str, settings: &Settings, previous: Option<&Status>) -> &'c Analysis {
    cell.get_or_init(|| Analysis::new(text, &settings.opts, settings.explicit, settings.forced, previous))
}

fn work(jobs: Receiver<Job>, shared: Arc<Mutex<Shared>>, out: Sender<Outgoing>) {
    while let Ok(first) = jobs.recv() {
        let mut batch: Vec<Job> = Vec::new();
        for job in std::iter::once(first).chain(jobs.try_iter()) {
            batch.retain(|j| j.uri != job.uri);
            batch.push(job);
        }
        for job in batch {
            let previous = {
                let s = lock(&shared);
                if s.latest.get(&job.uri) != Some(&job.generation) {
                    continue;
                }
                s.status.get(&job.uri).cloned()
            };
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match &job.settings {
                Some(settings) => {
                    let a = analysis(&job.analysis, &job.text, settings, previous.as_ref());
                    let diagnostics = diagnose(&job.uri, &job.text, &job.lines, settings, a);
                    (diagnostics, a.status.clone())
                }
                None => (Vec::new(), Status::default()),
            }));
            let Ok((diagnostics, status)) = outcome else {
                continue;
            };
            {
                let mut s = lock(&shared);
                if s.latest.get(&job.uri) == Some(&job.generation) {
                    s.status.insert(job.uri.clone(), status);
                    publish(&out, job.uri.clone(), Some(job.version), diagnostics);
                }
            }
            // A superseded version's trees are freed here, once published
            // (and the lock released), not before.
            drop(job);
        }
    }
}

impl Linter {
    /// Starts the worker thread; it publishes through `out`.
    pub fn start(out: Sender<Outgoing>) -> std::io::Result<Linter> {
        let (jobs, rx) = channel();
        let shared = Arc::new(Mutex::new(Shared::default()));
        let (s, o) = (shared.clone(), out.clone());
        std::thread::Builder::new()
            .name("deploylint-lsp-lint".into())
            .stack_size(STACK)
            .spawn(move || work(rx, s, o))?;
        Ok(Linter { jobs, shared, out })
    }

    /// Queues a lint; it supersedes any older one of the same document.
    pub fn submit(&self, job: Job) {
        lock(&self.shared).latest.insert(job.uri.clone(), job.generation);
        let _ = self.jobs.send(job);
    }

    /// Forgets a closed document and clears its diagnostics.
    pub fn close(&self, uri: &Uri) {
        let mut s = lock(&self.shared);
        s.latest.remove(uri);
        s.status.remove(uri);
        publish(&self.out, uri.clone(), None, Vec::new());
    }

    /// The analysis of the open document `doc` at `uri` with `settings`:
    /// the lint worker's, or made now if the worker has not made it yet.
    pub fn analysis<'d>(&self, uri: &Uri, doc: &'d Document, settings: &Settings) -> &'d Analysis {
        if let Some(a) = doc.analysis.get() {
            return a;
        }
        let previous = lock(&self.shared).status.get(uri).cloned();
        analysis(&doc.analysis, &doc.text, settings, previous.as_ref())
    }
}
