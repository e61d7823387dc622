//! `deploylint new KIND`: print or write the starter body of a kind
//! ([`crate::skeleton`] writes and renders it; this prints it).

use super::check::parse_lang;
use super::{emit, lang_from_env, parse_kind};
use crate::{skeleton, Kind, Lang};
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The request kind.
    #[arg(value_parser = parse_kind)]
    kind: Kind,
    /// Output format: YAML with a comment on every field, or JSON.
    #[arg(long, value_enum, default_value_t = NewFormat::Yaml)]
    format: NewFormat,
    /// Language of the comments (default: LC_ALL/LANG, else en).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Write the body to FILE (YAML: with a `# deploylint: kind=KIND` first line) instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Overwrite FILE if it exists.
    #[arg(long, requires = "output")]
    force: bool,
}

/// Formats of a starter body.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum NewFormat {
    /// YAML, commented.
    Yaml,
    /// JSON, pretty, without comments.
    Json,
}

/// Runs `new`.
pub fn run(args: NewArgs) -> ExitCode {
    let lang = lang_from_env(args.lang);
    let text = match args.format {
        NewFormat::Yaml => skeleton::yaml(args.kind, lang, true),
        NewFormat::Json => skeleton::json(args.kind),
    };
    let Some(path) = args.output else {
        emit(&text);
        return ExitCode::SUCCESS;
    };
    let shown = path.display();
    if path.exists() && !args.force {
        match lang {
            Lang::En => eprintln!("deploylint: error: {shown} exists; use --force to overwrite"),
            Lang::Zh => eprintln!("deploylint: 错误:{shown} 已存在;使用 --force 覆盖"),
        }
        return ExitCode::from(2);
    }
    match std::fs::write(&path, text) {
        Ok(()) => {
            // A JSON body carries no comment naming its kind; its shape does
            // (every starter body is recognised as its kind), so no
            // `[[kinds]]` entry is needed.
            match lang {
                Lang::En => eprintln!("wrote {shown}: `deploylint check {shown}` lints it"),
                Lang::Zh => eprintln!("已写入 {shown}:用 `deploylint check {shown}` 检查"),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("deploylint: error: {shown}: {e}");
            ExitCode::from(2)
        }
    }
}
