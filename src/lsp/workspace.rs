//! The workspace: its folders, the `deploylint.toml` at the root of each
//! (read, and read again when it changes), and the options a document is
//! linted with, the same as `deploylint check` would use for that file.
//!
//! The language is `initializationOptions.lang` if the editor sets it, else
//! the config's `lang`, else the environment's locale, as for the CLI's
//! `--lang`. A config that does not parse is reported on the config file
//! itself (`config-error`, located and worded by the core), and the
//! documents are linted with the defaults meanwhile. The config's
//! `[[policies]]` apply as in the CLI: their schema files are read relative
//! to the folder, and a policy that does not compile is an `invalid-policy`
//! on deploylint.toml; when the problem is in the schema file, it is on the
//! schema file too, each diagnostic pointing at the other.

use super::documents::{path_uri, Document};
use crate::config::{Config, FILE_NAME};
use crate::recognise::{modeline, Modeline};
use crate::{InputFormat, Kind, Lang, Options};
use lsp_types::{Diagnostic, Uri};
use std::path::{Path, PathBuf};

/// One workspace folder and its config.
#[derive(Debug)]
pub struct Folder {
    /// The folder.
    pub root: PathBuf,
    /// Its `deploylint.toml`, or the defaults.
    pub config: Config,
    /// The files the last read of the config published errors on (the
    /// config, and a policy's schema file when the problem is in it).
    pub published: Vec<Uri>,
}

/// How one document is linted.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The options, as the CLI would build them for the file.
    pub opts: Options,
    /// The kind named by the file's comment or a `[[kinds]]` glob.
    pub explicit: Option<Kind>,
    /// Whether the file is a manifest whatever its shape (comment or glob).
    pub forced: bool,
    /// A comment naming a kind that does not exist.
    pub bad_modeline: Option<Modeline>,
    /// The base of the rule documentation links (`crate::links`).
    pub docs_url: String,
}

/// The folders and their configs.
#[derive(Debug, Default)]
pub struct Workspace {
    folders: Vec<Folder>,
    /// `initializationOptions.lang`.
    pub init_lang: Option<Lang>,
    /// `initializationOptions.docsUrl`.
    pub init_docs_url: Option<String>,
}

/// What reading a folder's config gave.
struct Loaded {
    /// The config (defaults when absent or broken).
    config: Config,
    /// The diagnostics of its error, by file: on the config, and on the
    /// schema file when the problem is in one (empty when it loaded).
    published: Vec<(Uri, Vec<Diagnostic>)>,
}

/// Reads the config of `root` (and its policies' schema files, relative to
/// `root`); its error is reported on its file (at `uri`), in `lang`, linking
/// to the docs under `docs_url`. An error in a schema file is reported
/// there, and on the config at the `schema-file` value naming the file
/// (`ConfigError::config_diagnostic`), each pointing at the other.
fn load(root: &Path, uri: Option<&Uri>, lang: Lang, docs_url: &str) -> Loaded {
    let path = root.join(FILE_NAME);
    let Ok(bytes) = std::fs::read(&path) else {
        return Loaded {
            config: Config::default(),
            published: Vec::new(),
        };
    };
    let text = String::from_utf8_lossy(&bytes);
    let dir = root.to_path_buf();
    let loader: crate::policy::Loader =
        std::sync::Arc::new(move |rel: &str| std::fs::read_to_string(dir.join(rel)).ok());
    let e = match Config::parse_with(&text, root.to_path_buf(), &loader) {
        Ok(config) => {
            return Loaded {
                config,
                published: Vec::new(),
            }
        }
        Err(e) => e,
    };
    let d = e.diagnostic(&text, lang);
    let convert = |d: &crate::Diagnostic, u: &Uri| super::convert::diagnostic(d, u, Vec::new(), docs_url);
    let mut published = Vec::new();
    match (e.file.as_deref(), e.config_diagnostic(&text, lang)) {
        (Some(f), Some(on_config)) => {
            let at = path_uri(&root.join(&f.path));
            let mut in_file = at.as_ref().map(|a| (a, convert(&d, a)));
            let mut named = uri.map(|u| (u, convert(&on_config, u)));
            // Each points at the other, with the other's words.
            if let (Some((a, inner)), Some((u, outer))) = (&mut in_file, &mut named) {
                inner.related_information = Some(vec![related(u, &on_config)]);
                outer.related_information = Some(vec![related(a, &d)]);
            }
            published.extend(in_file.map(|(a, x)| (a.clone(), vec![x])));
            published.extend(named.map(|(u, x)| (u.clone(), vec![x])));
        }
        _ => published.extend(uri.map(|u| (u.clone(), vec![convert(&d, u)]))),
    }
    Loaded {
        config: Config::default(),
        published,
    }
}

/// A second place of a config error: `d`, in the file at `uri`.
fn related(uri: &Uri, d: &crate::Diagnostic) -> lsp_types::DiagnosticRelatedInformation {
    lsp_types::DiagnosticRelatedInformation {
        location: lsp_types::Location::new(uri.clone(), super::convert::finding_range(d)),
        message: d.message.clone(),
    }
}

impl Workspace {
    /// A workspace of `roots` (none: no config is read).
    pub fn new(roots: Vec<PathBuf>, init_lang: Option<Lang>, init_docs_url: Option<String>) -> Self {
        let folders = roots
            .into_iter()
            .map(|root| Folder {
                root,
                config: Config::default(),
                published: Vec::new(),
            })
            .collect();
        Workspace {
            folders,
            init_lang,
            init_docs_url,
        }
    }

    /// Adds and removes folders.
    pub fn change_folders(&mut self, added: Vec<PathBuf>, removed: &[PathBuf]) {
        self.folders.retain(|f| !removed.contains(&f.root));
        for root in added {
            if !self.folders.iter().any(|f| f.root == root) {
                self.folders.push(Folder {
                    root,
                    config: Config::default(),
                    published: Vec::new(),
                });
            }
        }
    }

    /// Reads every folder's config again; returns the diagnostics to
    /// publish on each config file and schema file (empty ones clear
    /// earlier errors).
    pub fn reload(&mut self) -> Vec<(Uri, Vec<Diagnostic>)> {
        let mut out = Vec::new();
        let lang = crate::env::lang_from_env(self.init_lang);
        let docs_url = crate::env::docs_url_from_env(self.init_docs_url.clone());
        for f in &mut self.folders {
            let uri = path_uri(&f.root.join(FILE_NAME));
            let loaded = load(&f.root, uri.as_ref(), lang, &docs_url);
            // Earlier errors on a file that has none now are cleared there.
            for earlier in f.published.drain(..) {
                if !loaded.published.iter().any(|(u, _)| *u == earlier) {
                    out.push((earlier, Vec::new()));
                }
            }
            f.published = loaded.published.iter().map(|(u, _)| u.clone()).collect();
            out.extend(loaded.published);
            f.config = loaded.config;
        }
        out
    }

    /// Whether `path` is a file a folder's policies were read from (their
    /// schema files, or the one the last error was in): a change to it is a
    /// change to the config.
    pub fn is_schema_file(&self, path: &Path) -> bool {
        let uri = path_uri(path);
        self.folders.iter().any(|f| {
            f.config.schema_files.iter().any(|s| f.root.join(s) == path)
                || uri.as_ref().is_some_and(|u| f.published.contains(u))
        })
    }

    /// The folder holding `path`: the deepest one.
    fn folder(&self, path: Option<&Path>) -> Option<&Folder> {
        let path = path?;
        self.folders
            .iter()
            .filter(|f| path.starts_with(&f.root))
            .max_by_key(|f| f.root.components().count())
    }

    /// The language for a file at `path`.
    pub fn lang(&self, path: Option<&Path>) -> Lang {
        let configured = self.folder(path).and_then(|f| f.config.lang);
        crate::env::lang_from_env(self.init_lang.or(configured))
    }

    /// How `doc` is linted; `None` when it is left alone (not JSON or
    /// YAML, or deselected by the config's include/exclude without a
    /// `# deploylint:` comment).
    pub fn settings(&self, doc: &Document) -> Option<Settings> {
        let format = doc.format()?;
        let path = doc.path.as_deref();
        let mark = (format == InputFormat::Yaml).then(|| modeline(&doc.text)).flatten();
        let folder = self.folder(path);
        let default = Config::default();
        let config = folder.map_or(&default, |f| &f.config);
        if let (Some(p), None) = (path, &mark) {
            if !config.selects(p) {
                return None;
            }
        }
        let mut opts = Options::new().lang(self.lang(path)).format(format);
        let mut forced = false;
        let mut bad_modeline = None;
        match mark {
            Some(Modeline { kind: Ok(k), .. }) => {
                opts = opts.kind(k);
                forced = true;
            }
            Some(m) => {
                forced = true;
                bad_modeline = Some(m);
            }
            None => {}
        }
        let opts = match path {
            Some(p) => {
                forced |= config.kind_for(p).is_some();
                config.apply(opts, p)
            }
            None => opts.edition(config.edition).levels(config.levels.iter().cloned()),
        };
        let docs_url = crate::env::docs_url_from_env(self.init_docs_url.clone().or_else(|| config.docs_url.clone()));
        Some(Settings {
            docs_url,
            explicit: opts.kind,
            opts,
            forced,
            bad_modeline,
        })
    }
}
