//! A deterministic corpus for the side-by-side benchmark
//! (scripts/bench-compare.sh), and large clean bodies for the scaling
//! measurements.
//!
//! `gen-corpus N DIR` writes N request bodies under `DIR/<kind>/`: the
//! shipped examples (examples/valid and examples/broken, all five kinds),
//! each also as YAML, and clean v3 create bodies of 1 to 8 containers,
//! round-robin, so that about three in five are valid and the rest carry
//! findings. One directory per kind, because the JSON Schema validators
//! take one schema (schemas/<kind>.json) per run. The same N gives the same
//! files, byte for byte.
//!
//! `gen-corpus --containers N [--full]` prints one clean v3 create body
//! with N small containers (about 200 bytes each) or N full ones (the
//! example's container, about 2 KB each).

#[path = "support/large_body.rs"]
mod large_body;

use std::path::Path;
use std::process::ExitCode;

/// The shipped examples: (kind, file name stem, text).
fn templates() -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    macro_rules! add {
        ($($kind:literal),+) => {$(
            out.push(($kind, concat!("valid-", $kind), include_str!(concat!("valid/", $kind, ".json")).to_string()));
            out.push(($kind, concat!("broken-", $kind), include_str!(concat!("broken/", $kind, ".json")).to_string()));
        )+};
    }
    add!(
        "ief-v2-create",
        "ief-v2-update",
        "ief-v3-create",
        "ief-v3-update",
        "cce-release-update"
    );
    for n in 1..=8 {
        let stem: &'static str = ["v3-1", "v3-2", "v3-3", "v3-4", "v3-5", "v3-6", "v3-7", "v3-8"][n - 1];
        out.push(("ief-v3-create", stem, large_body::v3_create(n, n % 2 == 0)));
    }
    out
}

/// `value` as block YAML. Strings are double-quoted with JSON's escapes,
/// which YAML's double-quoted style reads the same way.
fn yaml(value: &serde_json::Value, indent: usize, out: &mut String) {
    use serde_json::Value as V;
    let pad = " ".repeat(indent);
    match value {
        V::Object(m) if !m.is_empty() => {
            for (k, v) in m {
                out.push_str(&format!("{pad}{}:", serde_json::Value::from(k.as_str())));
                block(v, indent, out);
            }
        }
        V::Array(a) if !a.is_empty() => {
            for v in a {
                out.push_str(&format!("{pad}-"));
                block(v, indent, out);
            }
        }
        scalar => out.push_str(&format!("{pad}{scalar}\n")),
    }
}

/// The value after `key:` or `-`: nested on the next lines, or inline.
fn block(v: &serde_json::Value, indent: usize, out: &mut String) {
    match v {
        serde_json::Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            yaml(v, indent + 2, out);
        }
        serde_json::Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            yaml(v, indent + 2, out);
        }
        scalar => out.push_str(&format!(" {scalar}\n")),
    }
}

fn write(dir: &Path, n: usize) -> std::io::Result<()> {
    let templates = templates();
    // Each template twice: as written (JSON) and as YAML.
    let count = templates.len() * 2;
    for i in 0..n {
        let (kind, stem, text) = &templates[i % templates.len()];
        let as_yaml = (i / templates.len()) % 2 == 1;
        let sub = dir.join(kind);
        std::fs::create_dir_all(&sub)?;
        let body = if as_yaml {
            let v: serde_json::Value = serde_json::from_str(text).map_err(std::io::Error::other)?;
            let mut y = String::new();
            yaml(&v, 0, &mut y);
            y
        } else {
            text.clone()
        };
        let ext = if as_yaml { "yaml" } else { "json" };
        std::fs::write(sub.join(format!("{i:06}-{stem}.{ext}")), body)?;
    }
    eprintln!("{n} files from {count} templates (JSON and YAML) in {}", dir.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen-corpus N DIR | gen-corpus --containers N [--full]";
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["--containers", n, rest @ ..] => {
            let Ok(n) = n.parse::<usize>() else {
                eprintln!("{usage}");
                return ExitCode::from(2);
            };
            print!("{}", large_body::v3_create(n, rest == ["--full"]));
            ExitCode::SUCCESS
        }
        [n, dir] => {
            let Ok(n) = n.parse::<usize>() else {
                eprintln!("{usage}");
                return ExitCode::from(2);
            };
            match write(Path::new(dir), n) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("gen-corpus: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("{usage}");
            ExitCode::from(2)
        }
    }
}
