//! The command-line adapter: all file I/O and printing live here.
//!
//! `check` reads files, directories and stdin and hands the bytes to
//! [`crate::lint_bytes`]; `schema` and `rules` print generated artefacts.
//! Exit status: 0 no error-severity diagnostic, 1 at least one, 2 usage or
//! I/O error.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod check;
mod linted;
mod new;
mod render;

use crate::config;
use crate::env::{docs_url_from_env, lang_from_env};
use crate::lsp;

use crate::Kind;
use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

/// Validates Huawei Cloud IEF and CCE Autopilot deployment request bodies.
#[derive(Debug, Parser)]
#[command(name = "deploylint", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lint request bodies: files, directories (recursively: *.json, *.yaml, *.yml) or - for stdin.
    Check(Box<check::CheckArgs>),
    /// Print the generated JSON Schema (2020-12) of a kind.
    Schema {
        /// The request kind.
        #[arg(value_parser = parse_kind)]
        kind: Kind,
        /// Make the schema's `$id` absolute: URL/<kind>.json (default: the
        /// relative `<kind>.json`, which resolves to wherever the schema is read from).
        #[arg(long, value_name = "URL", value_parser = crate::links::parse_docs_url)]
        id_base: Option<String>,
    },
    /// Print a minimal body of a kind that lints clean, with placeholders to replace.
    ///
    /// YAML (default) has a comment above every field saying what it is and
    /// its bounds, in --lang; --format json is the same body without
    /// comments. -o FILE writes it instead (YAML with a `# deploylint:
    /// kind=KIND` first line) and keeps an existing FILE unless --force.
    New(Box<new::NewArgs>),
    /// Write a commented starter deploylint.toml in the current directory.
    Init {
        /// Overwrite an existing deploylint.toml.
        #[arg(long)]
        force: bool,
    },
    /// Run the language server on stdin/stdout (for editors: Neovim, Emacs, VS Code, Helix).
    Lsp,
    /// Print the rule catalogue, or one rule's documentation.
    Rules {
        /// A rule code or a loaded policy's id: print its full documentation
        /// (text and markdown: its section of docs/rules.md, or the policy's
        /// entry; json: its catalogue entry, or the policy's object).
        code: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
        /// The config whose `[[policies]]` are listed after the built-in
        /// rules and looked up by id (default: deploylint.toml found from
        /// the working directory up).
        #[arg(long, value_name = "PATH")]
        config: Option<std::path::PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum RulesFormat {
    /// One line per rule.
    Text,
    /// The Markdown catalogue (docs/rules.md).
    Markdown,
    /// JSON.
    Json,
}

/// Parses a kind name for clap.
pub(crate) fn parse_kind(s: &str) -> Result<Kind, String> {
    s.parse().map_err(|e: crate::UnknownName| e.to_string())
}

/// Writes to stdout; a closed pipe (`deploylint ... | head`) ends output quietly
/// instead of panicking.
pub(crate) fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Runs the CLI.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Check(args) => check::run(*args),
        Command::New(args) => new::run(*args),
        Command::Lsp => lsp::run(),
        Command::Init { force } => {
            let path = std::path::Path::new(config::FILE_NAME);
            if path.exists() && !force {
                eprintln!(
                    "deploylint: error: {} exists; use --force to overwrite",
                    config::FILE_NAME
                );
                return ExitCode::from(2);
            }
            match std::fs::write(path, config::STARTER) {
                Ok(()) => {
                    emit(&format!("wrote {}\n", config::FILE_NAME));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("deploylint: error: {}: {e}", config::FILE_NAME);
                    ExitCode::from(2)
                }
            }
        }
        Command::Schema { kind, id_base } => {
            emit(&format!(
                "{}\n",
                crate::generate::schema::render(kind, id_base.as_deref())
            ));
            ExitCode::SUCCESS
        }
        Command::Rules { code, format, config } => {
            // A built-in rule is documented without the config.
            if let Some(e) = code.as_deref().and_then(crate::registry::get) {
                return rule(e, format);
            }
            // The loaded policies: listed after the built-in rules, and looked up by id.
            let path = config.or_else(|| std::env::current_dir().ok().and_then(|d| check::discover(&d)));
            let policies = match path.as_deref().map(|p| check::load_config(p, lang_from_env(None))) {
                None => Vec::new(),
                Some(Ok((c, _))) => c.policies,
                Some(Err(e)) => {
                    eprintln!("deploylint: error: {e}");
                    return ExitCode::from(2);
                }
            };
            match code {
                Some(code) => policy(&code, format, &policies),
                None => rules(format, &policies),
            }
        }
    }
}

/// `deploylint rules`: the catalogue, then the loaded policies.
fn rules(format: RulesFormat, policies: &[config::PolicyEntry]) -> ExitCode {
    use crate::generate::policies as listed;
    match format {
        RulesFormat::Text => {
            let mut text = String::new();
            for e in crate::registry::all() {
                let kinds: Vec<_> = e.kinds.iter().map(|k| k.name()).collect();
                text.push_str(&format!(
                    "{:<28} {:<13} {:<7} {:<6} {}  [{}]\n",
                    e.meta.code,
                    e.meta.category.as_str(),
                    e.meta.severity.as_str(),
                    e.fix().as_str(),
                    e.meta.summary.en,
                    kinds.join(", ")
                ));
            }
            for p in policies {
                text.push_str(&listed::line(&p.policy));
            }
            emit(&text);
        }
        RulesFormat::Markdown => emit(&crate::generate::docs::render()),
        RulesFormat::Json if policies.is_empty() => emit(&format!("{}\n", crate::generate::docs::json())),
        RulesFormat::Json => {
            let mut all: serde_json::Value = serde_json::from_str(&crate::generate::docs::json()).unwrap_or_default();
            all["policies"] = policies.iter().map(|p| listed::json(&p.policy, &p.globs)).collect();
            emit(&format!("{}\n", serde_json::to_string_pretty(&all).unwrap_or_default()));
        }
    }
    ExitCode::SUCCESS
}

/// `deploylint rules CODE` for a built-in rule: its documentation.
fn rule(e: &crate::registry::Entry, format: RulesFormat) -> ExitCode {
    match format {
        RulesFormat::Text | RulesFormat::Markdown => emit(&crate::generate::docs::section(e)),
        RulesFormat::Json => emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&crate::generate::docs::entry_json(e)).unwrap_or_default()
        )),
    }
    ExitCode::SUCCESS
}

/// `deploylint rules ID` for a loaded policy: its entry; or exit 2 with the
/// closest rule code or policy id when there is no rule or policy `id`.
fn policy(id: &str, format: RulesFormat, policies: &[config::PolicyEntry]) -> ExitCode {
    use crate::generate::policies as listed;
    let Some(p) = policies.iter().find(|p| p.policy.id == id) else {
        let known = crate::registry::all()
            .iter()
            .map(|e| e.meta.code)
            .chain(policies.iter().map(|p| p.policy.code()));
        let hint = crate::diagnostics::suggest::closest(id, known)
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        eprintln!("deploylint: error: no rule `{id}`{hint} (`deploylint rules` lists them)");
        return ExitCode::from(2);
    };
    match format {
        RulesFormat::Text | RulesFormat::Markdown => emit(&listed::section(&p.policy, &p.globs)),
        RulesFormat::Json => emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&listed::json(&p.policy, &p.globs)).unwrap_or_default()
        )),
    }
    ExitCode::SUCCESS
}
