//! `deploylint lsp`: a language server over stdio, giving editors the same
//! rules, codes and messages as `deploylint check` in CI.
//!
//! Built on rust-analyzer's `lsp-server` (messages) and `lsp-types`. One
//! file per concern:
//! - [`transport`]: JSON-RPC framing on stdin/stdout, bounded;
//! - [`server`]: the handshake, the dispatch of requests and notifications;
//! - [`documents`]: open documents and incremental changes;
//! - [`workspace`]: folders, `deploylint.toml` (reloaded on change), options;
//! - [`lint`] and [`diagnose`]: linting off the main loop, newest text first;
//! - [`convert`] and [`related`]: findings as LSP diagnostics;
//! - [`hover`], [`complete`] (with [`cursor`], which reads the [`context`]
//!   by [`yaml_context`] or [`json_context`]), [`actions`]: the requests,
//!   reading the [`analysis`] of the document's version.
//!
//! An adapter behind the `lsp` feature: it does I/O (stdio, the config
//! file) and converts; it decides nothing. Everything it knows about
//! manifests comes from the pure core (which files are request bodies:
//! [`crate::recognise`], shared with `check`; which fixes apply together:
//! [`crate::fix`]; the words of every finding).
// An adapter: it talks to the editor over stdio and logs to stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod actions;
mod analysis;
mod complete;
mod context;
mod convert;
mod cursor;
mod diagnose;
mod documents;
mod hover;
mod json_context;
mod lint;
mod related;
mod server;
mod transport;
mod workspace;
mod yaml_context;

use std::process::ExitCode;
use std::sync::mpsc::channel;

/// Runs the server on stdin/stdout until the client says `exit`.
pub fn run() -> ExitCode {
    let (to_client, outgoing) = channel();
    let (to_server, incoming) = channel();
    let threads = match transport::stdio(to_server, to_client.clone(), outgoing) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("deploylint lsp: cannot start: {e}");
            return ExitCode::from(2);
        }
    };
    let code = match server::Server::new(to_client) {
        Ok(mut s) => {
            let code = s.run(incoming);
            drop(s);
            code
        }
        Err(e) => {
            eprintln!("deploylint lsp: cannot start: {e}");
            2
        }
    };
    // Everything answered is written before the process ends; the reader
    // may be blocked on stdin and is left to the exit.
    let [_reader, writer] = threads;
    let _ = writer.join();
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
