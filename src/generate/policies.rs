//! The loaded team policies in the rule catalogue (`deploylint rules`): a
//! policy's line of the listing, its entry (`deploylint rules ID`, text and
//! Markdown) and its JSON object (under `"policies"` of the listing, and
//! alone for `deploylint rules ID --format json`), as pure functions of the
//! compiled policy and the `files` globs its `[[policies]]` table wrote.

use crate::policy::{Policy, Select};
use crate::syntax::pointer::{push_seg, Seg};
use serde_json::{json, Value};
use std::fmt::Write as _;

/// The file its schema comes from: its schema file, or deploylint.toml (inline).
pub fn source(p: &Policy) -> &str {
    p.schema_file.as_deref().unwrap_or(crate::policy::CONFIG_NAME)
}

/// What it selects, as written: `("target", name)` or `("pointer", pointer)`.
pub fn selects(p: &Policy) -> (&'static str, String) {
    match &p.select {
        Select::Target(t) => ("target", t.name().to_string()),
        Select::Pointer(segs) => {
            let mut out = String::new();
            for s in segs {
                push_seg(&mut out, Seg::Key(s));
            }
            ("pointer", out)
        }
    }
}

/// Its line of the `deploylint rules` listing, after the built-in rules'.
pub fn line(p: &Policy) -> String {
    let kinds: Vec<_> = p.kinds.iter().map(|k| k.name()).collect();
    format!(
        "{:<28} {:<13} {:<7} {:<6} {}  [{}]  ({})\n",
        p.id,
        "policy",
        p.severity.as_str(),
        "none",
        p.message.0,
        kinds.join(", "),
        source(p)
    )
}

/// Its entry (`deploylint rules ID`): id, "policy", level, kinds, target or
/// pointer, message and help in both languages (the Chinese when written),
/// the files it applies to and the file its schema comes from.
pub fn section(p: &Policy, files: &[String]) -> String {
    let mut s = String::new();
    let _ = write!(s, "## {}\n\n", p.id);
    let kinds = if p.kinds.len() == crate::Kind::ALL.len() {
        "all kinds".to_string()
    } else {
        p.kinds.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
    };
    let (what, selected) = selects(p);
    let _ = writeln!(
        s,
        "**{}** · policy · {kinds} · {what} `{selected}`\n",
        p.severity.as_str()
    );
    let _ = writeln!(s, "{}\n", p.message.0);
    if let Some(zh) = &p.message.1 {
        let _ = writeln!(s, "> {zh}\n");
    }
    if let Some(help) = &p.help.0 {
        let _ = writeln!(s, "Help: {help}\n");
    }
    if let Some(zh) = &p.help.1 {
        let _ = writeln!(s, "> {zh}\n");
    }
    let globs = if files.is_empty() {
        "every file".to_string()
    } else {
        files.iter().map(|g| format!("`{g}`")).collect::<Vec<_>>().join(", ")
    };
    let _ = writeln!(s, "Files: {globs}\n");
    let _ = writeln!(s, "Source: {}", source(p));
    s
}

/// Its JSON object: `code`, `policy: true`, `severity`, `kinds`, `target`
/// or `pointer`, `files`, `message` and `help` in both languages (the
/// English where no Chinese is written; `help` null when none), `source`.
pub fn json(p: &Policy, files: &[String]) -> Value {
    let (what, selected) = selects(p);
    let help = p
        .help
        .0
        .as_ref()
        .map(|en| json!({"en": en, "zh": p.help.1.as_ref().unwrap_or(en)}));
    let mut v = json!({
        "code": p.id,
        "policy": true,
        "severity": p.severity,
        "kinds": p.kinds,
        "files": files,
        "message": {"en": p.message.0, "zh": p.message.1.as_deref().unwrap_or(&p.message.0)},
        "help": help,
        "source": source(p),
    });
    v[what] = Value::String(selected);
    v
}
