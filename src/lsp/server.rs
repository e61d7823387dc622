//! The main loop: the initialize handshake, then every request and
//! notification in order, until `shutdown` and `exit` (or the end of input).
//!
//! Requests are answered on this thread, from the analysis of the
//! document's version ([`super::analysis`]: parsed and linted once, by the
//! worker of [`super::lint`] or by the first request that needs it). A request with bad parameters gets an
//! `InvalidParams` error, an unknown one `MethodNotFound`, one before
//! `initialize` `ServerNotInitialized`, one after `shutdown`
//! `InvalidRequest`; a handler that panicked (it must not) gets an
//! `InternalError`, and the server goes on.

use super::actions::{actions, FIX_ALL};
use super::complete::{items, starter, without_word};
use super::cursor::context;
use super::documents::{uri_path, Document, Documents};
use super::hover::hover;
use super::lint::{Job, Linter};
use super::transport::{Incoming, Outgoing};
use super::workspace::Workspace;
use crate::config::FILE_NAME;
use crate::query::document_at;
use crate::syntax::LineIndex;
use crate::{InputFormat, Lang};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability, CompletionOptions,
    CompletionParams, CompletionResponse, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWorkspaceFoldersParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams,
    HoverParams, HoverProviderCapability, InitializeResult, PublishDiagnosticsParams, SaveOptions, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions,
    Uri, WorkspaceFoldersServerCapabilities, WorkspaceServerCapabilities,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender};

/// Where the server is in its lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Uninitialized,
    Running,
    ShutDown,
}

/// The parts of `initialize`'s parameters the server reads; anything else
/// (and anything malformed here) is ignored rather than refused.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct InitParams {
    root_uri: Option<String>,
    root_path: Option<String>,
    workspace_folders: Option<Vec<FolderParam>>,
    initialization_options: Option<Value>,
    capabilities: Value,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FolderParam {
    uri: String,
}

fn path_of(uri: &str) -> Option<PathBuf> {
    uri_path(&uri.parse().ok()?)
}

/// The server's state.
pub struct Server {
    out: Sender<Outgoing>,
    phase: Phase,
    docs: Documents,
    workspace: Workspace,
    linter: Linter,
    snippets: bool,
    watch: bool,
}

type Handled = Result<Value, (ErrorCode, String)>;

fn params<P: DeserializeOwned>(v: Value) -> Result<P, (ErrorCode, String)> {
    serde_json::from_value(v).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

fn to_value(v: impl serde::Serialize) -> Handled {
    serde_json::to_value(v).map_err(|e| (ErrorCode::InternalError, e.to_string()))
}

impl Server {
    /// A server answering through `out`.
    pub fn new(out: Sender<Outgoing>) -> std::io::Result<Server> {
        Ok(Server {
            linter: Linter::start(out.clone())?,
            out,
            phase: Phase::Uninitialized,
            docs: Documents::default(),
            workspace: Workspace::default(),
            snippets: false,
            watch: false,
        })
    }

    fn send(&self, m: Message) {
        let _ = self.out.send(m.into());
    }

    fn notify(&self, method: &str, params: impl serde::Serialize) {
        self.send(Message::Notification(Notification::new(method.into(), params)));
    }

    /// Runs until `exit` or the end of input; the process's exit status:
    /// 0 after a `shutdown`, 1 otherwise (as LSP prescribes).
    pub fn run(&mut self, incoming: Receiver<Incoming>) -> i32 {
        for m in incoming {
            match m {
                Incoming::Closed => break,
                Incoming::Message(Message::Request(r)) => self.request(r),
                Incoming::Message(Message::Notification(n)) if n.method == "exit" => break,
                Incoming::Message(Message::Notification(n)) => {
                    let method = n.method.clone();
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.notification(n)));
                    if done.is_err() {
                        eprintln!("deploylint lsp: the handler of {method} failed");
                    }
                }
                Incoming::Message(Message::Response(_)) => {}
            }
        }
        i32::from(self.phase != Phase::ShutDown)
    }

    fn request(&mut self, r: Request) {
        let id = r.id.clone();
        let result = match self.phase {
            Phase::Uninitialized if r.method != "initialize" => Err((
                ErrorCode::ServerNotInitialized,
                "the server is not initialized".to_string(),
            )),
            Phase::ShutDown => Err((ErrorCode::InvalidRequest, "the server is shut down".to_string())),
            _ => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.dispatch(r)))
                .unwrap_or_else(|_| Err((ErrorCode::InternalError, "the request failed".to_string()))),
        };
        self.respond(id, result);
    }

    fn respond(&self, id: RequestId, result: Handled) {
        let response = match result {
            Ok(v) => Response::new_ok(id, v),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        };
        self.send(Message::Response(response));
    }

    fn dispatch(&mut self, r: Request) -> Handled {
        match r.method.as_str() {
            "initialize" => self.initialize(params(r.params)?),
            "shutdown" => {
                self.phase = Phase::ShutDown;
                Ok(Value::Null)
            }
            "textDocument/hover" => self.hover(params(r.params)?),
            "textDocument/completion" => self.completion(params(r.params)?),
            "textDocument/codeAction" => self.code_action(params(r.params)?),
            other => Err((ErrorCode::MethodNotFound, format!("unknown request {other}"))),
        }
    }

    fn initialize(&mut self, p: Value) -> Handled {
        if self.phase != Phase::Uninitialized {
            return Err((ErrorCode::InvalidRequest, "initialize was already received".into()));
        }
        let p: InitParams = serde_json::from_value(p).unwrap_or_default();
        let roots: Vec<PathBuf> = match &p.workspace_folders {
            Some(f) if !f.is_empty() => f.iter().filter_map(|f| path_of(&f.uri)).collect(),
            _ => p
                .root_uri
                .as_deref()
                .and_then(path_of)
                .or_else(|| p.root_path.as_ref().map(PathBuf::from))
                .into_iter()
                .collect(),
        };
        let init_lang = p
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("lang"))
            .and_then(Value::as_str)
            .and_then(Lang::parse);
        let init_docs_url = p
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("docsUrl"))
            .and_then(Value::as_str)
            .and_then(|u| crate::links::parse_docs_url(u).ok());
        let caps = &p.capabilities;
        self.snippets = caps
            .pointer("/textDocument/completion/completionItem/snippetSupport")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        self.watch = caps
            .pointer("/workspace/didChangeWatchedFiles/dynamicRegistration")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        self.workspace = Workspace::new(roots, init_lang, init_docs_url);
        self.phase = Phase::Running;
        self.reload_config(false);
        let capabilities = ServerCapabilities {
            text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            })),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            completion_provider: Some(CompletionOptions {
                trigger_characters: Some(vec!["\"".into()]),
                ..CompletionOptions::default()
            }),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![
                    CodeActionKind::QUICKFIX,
                    CodeActionKind::from(FIX_ALL.to_string()),
                ]),
                ..CodeActionOptions::default()
            })),
            workspace: Some(WorkspaceServerCapabilities {
                workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                    supported: Some(true),
                    change_notifications: Some(lsp_types::OneOf::Left(true)),
                }),
                file_operations: None,
            }),
            ..ServerCapabilities::default()
        };
        to_value(InitializeResult {
            capabilities,
            server_info: Some(ServerInfo {
                name: "deploylint".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        })
    }

    fn notification(&mut self, n: Notification) {
        if self.phase != Phase::Running {
            return;
        }
        match n.method.as_str() {
            "initialized" if self.watch => {
                let register = json!({"registrations": [{
                    "id": "deploylint-config",
                    "method": "workspace/didChangeWatchedFiles",
                    "registerOptions": {"watchers": [{"globPattern": format!("**/{FILE_NAME}")}]},
                }]});
                let r = Request::new(
                    RequestId::from("deploylint-watch-config".to_string()),
                    "client/registerCapability".into(),
                    register,
                );
                self.send(Message::Request(r));
            }
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    let uri = d.uri.clone();
                    self.docs.open(d.uri, d.text, d.version, d.language_id);
                    self.lint(&uri);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    if self
                        .docs
                        .change(&uri, p.text_document.version, &p.content_changes)
                        .is_some()
                    {
                        self.lint(&uri);
                        self.docs.settle(&uri);
                    }
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) {
                    // Only JSON and YAML documents ever had diagnostics from the linter (a
                    // deploylint.toml may have the config's, which stay).
                    let closed = self.docs.close(&p.text_document.uri);
                    if closed.is_some_and(|d| d.format().is_some()) {
                        self.linter.close(&p.text_document.uri);
                    }
                }
            }
            "textDocument/didSave" => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(n.params) {
                    if self.is_config(&p.text_document.uri) {
                        self.reload_config(true);
                    }
                }
            }
            "workspace/didChangeWatchedFiles" => {
                if let Ok(p) = serde_json::from_value::<DidChangeWatchedFilesParams>(n.params) {
                    if p.changes.iter().any(|c| self.is_config(&c.uri)) {
                        self.reload_config(true);
                    }
                }
            }
            "workspace/didChangeWorkspaceFolders" => {
                if let Ok(p) = serde_json::from_value::<DidChangeWorkspaceFoldersParams>(n.params) {
                    let paths = |f: Vec<lsp_types::WorkspaceFolder>| {
                        f.iter().filter_map(|f| uri_path(&f.uri)).collect::<Vec<_>>()
                    };
                    let removed = paths(p.event.removed);
                    self.workspace.change_folders(paths(p.event.added), &removed);
                    self.reload_config(true);
                }
            }
            _ => {}
        }
    }

    /// Whether `uri` names a `deploylint.toml`, or a schema file a policy of one was read from.
    fn is_config(&self, uri: &Uri) -> bool {
        is_config(uri) || uri_path(uri).is_some_and(|p| self.workspace.is_schema_file(&p))
    }

    /// Reads the configs again, publishes their errors, and (when `relint`) lints every open document again.
    fn reload_config(&mut self, relint: bool) {
        for (uri, diagnostics) in self.workspace.reload() {
            self.notify(
                PublishDiagnostics::METHOD,
                PublishDiagnosticsParams {
                    uri,
                    diagnostics,
                    version: None,
                },
            );
        }
        if relint {
            let uris: Vec<Uri> = self.docs.iter().map(|(u, _)| u.clone()).collect();
            for uri in uris {
                self.docs.touch(&uri);
                self.lint(&uri);
                self.docs.settle(&uri);
            }
        }
    }

    /// Queues a lint of an open JSON or YAML document (other documents are
    /// never published on: a deploylint.toml keeps the config's diagnostics).
    fn lint(&self, uri: &Uri) {
        let Some(doc) = self.docs.get(uri).filter(|d| d.format().is_some()) else {
            return;
        };
        self.linter.submit(Job {
            uri: uri.clone(),
            version: doc.version,
            generation: doc.generation,
            text: doc.text.clone(),
            lines: doc.lines.clone(),
            analysis: doc.analysis.clone(),
            settings: self.workspace.settings(doc),
        });
    }

    fn doc(&self, uri: &Uri) -> Option<&Document> {
        self.docs.get(uri)
    }

    fn hover(&self, p: HoverParams) -> Handled {
        let at = p.text_document_position_params;
        let uri = &at.text_document.uri;
        let Some((doc, settings)) = self.doc(uri).and_then(|d| Some((d, self.workspace.settings(d)?))) else {
            return Ok(Value::Null);
        };
        let a = self.linter.analysis(uri, doc, &settings);
        if !a.manifest() {
            return Ok(Value::Null);
        }
        let index = lines(doc);
        let offset = index.offset_utf16(&doc.text, at.position.line, at.position.character);
        let found = document_at(&a.docs, offset).and_then(|(i, root)| {
            let kind = a.kind(i)?;
            let (lang, team) = (settings.opts.lang, &settings.opts.policies);
            hover(&doc.text, index, root, kind, offset, lang, &settings.docs_url, team)
        });
        to_value(found)
    }

    fn completion(&self, p: CompletionParams) -> Handled {
        let at = p.text_document_position;
        let uri = &at.text_document.uri;
        let Some((doc, settings)) = self.doc(uri).and_then(|d| Some((d, self.workspace.settings(d)?))) else {
            return Ok(Value::Null);
        };
        let format = settings.opts.format.unwrap_or(InputFormat::Yaml);
        let index = lines(doc);
        let offset = index.offset_utf16(&doc.text, at.position.line, at.position.character);
        // An empty document of a known kind: its starter body.
        if let Some(item) = settings
            .explicit
            .and_then(|kind| starter(&doc.text, index, format, offset, kind, settings.opts.lang))
        {
            return to_value(CompletionResponse::Array(vec![item]));
        }
        let Some(ctx) = context(&doc.text, offset, format) else {
            return Ok(Value::Null);
        };
        let a = self.linter.analysis(uri, doc, &settings);
        let mut kind = a.kind(ctx.document);
        let mut manifest = a.manifest();
        if a.verdict.manifest.is_none() && format == InputFormat::Yaml {
            let v = without_word(&doc.text, ctx.replace, &settings);
            kind = kind.or_else(|| v.kind(ctx.document));
            manifest |= v.manifest == Some(true);
        }
        let Some(kind) = kind.filter(|_| manifest) else {
            return Ok(Value::Null);
        };
        let list = items(
            &doc.text,
            index,
            format,
            &ctx,
            kind,
            settings.opts.lang,
            &settings.docs_url,
            self.snippets,
        );
        to_value(CompletionResponse::Array(list))
    }

    fn code_action(&self, p: CodeActionParams) -> Handled {
        let uri = &p.text_document.uri;
        let Some((doc, settings)) = self.doc(uri).and_then(|d| Some((d, self.workspace.settings(d)?))) else {
            return Ok(json!([]));
        };
        let a = self.linter.analysis(uri, doc, &settings);
        if !a.manifest() {
            return Ok(json!([]));
        }
        to_value(actions(
            uri,
            &doc.text,
            lines(doc),
            a,
            settings.opts.lang,
            p.range,
            p.context.only.as_deref(),
            &settings.docs_url,
        ))
    }
}

/// The line index of an open document's text (built once per text).
fn lines(doc: &Document) -> &LineIndex {
    doc.lines.get_or_init(|| LineIndex::new(&doc.text))
}

/// Whether `uri` names a `deploylint.toml`.
fn is_config(uri: &Uri) -> bool {
    uri_path(uri).is_some_and(|p| p.file_name().is_some_and(|n| n == FILE_NAME))
}
