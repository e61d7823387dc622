//! Env values stay out of logs: no message, help or fix title carries an env
//! `value`, in either language, and no output format prints one except the
//! human excerpt's source lines, where a secret-looking name's value is
//! masked.
//!
//! Every fixture and example with env vars is used twice, its env values
//! (six characters or more, written without escapes) replaced by markers of
//! the same length, so every length rule fires as before:
//! 1. names as they are: markers are in no message, help or fix title, in no
//!    json, sarif, github or junit output, and in the human output only on
//!    excerpt source lines (`  63 │ ...`);
//! 2. names replaced by `SECRET_<n>`: markers are in no output at all.

mod common;
use common::*;
use deploylint::{lint_bytes, Kind, Lang, Options};
use deploylint::{InputFormat, Node, Value};
use std::path::{Path, PathBuf};

/// One fixture with markers planted.
struct Planted {
    /// The fixture's file name (with its extension).
    name: String,
    /// The kind its `.expect` or folder names (`None`: recognised).
    kind: Option<Kind>,
    /// The text with markers.
    text: String,
}

/// The byte range of a scalar's text without its quotes, if it is `value` written without escapes.
fn inner(text: &str, node: &Node, value: &str) -> Option<(usize, usize)> {
    let (s, e) = (node.span.start, node.span.end);
    let raw = text.get(s..e)?;
    let (s, e) = if raw.len() >= 2 && (raw.starts_with('"') || raw.starts_with('\'')) {
        (s + 1, e - 1)
    } else {
        (s, e)
    };
    (text.get(s..e)? == value).then_some((s, e))
}

/// Collects (range, kind of range) of env values and names below `node`: objects in an `envs` array.
fn envs(text: &str, node: &Node, in_envs: bool, values: &mut Vec<(usize, usize)>, names: &mut Vec<(usize, usize)>) {
    match &node.value {
        Value::Object(members) => {
            if in_envs {
                for m in members {
                    if let Value::String(s) = &m.value.value {
                        let range = inner(text, &m.value, s);
                        match (&*m.key, range) {
                            ("value", Some(r)) if s.chars().count() >= 6 => values.push(r),
                            ("name", Some(r)) if !s.is_empty() => names.push(r),
                            _ => {}
                        }
                    }
                }
            }
            for m in members {
                envs(text, &m.value, &*m.key == "envs", values, names);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| envs(text, i, in_envs, values, names)),
        _ => {}
    }
}

/// The marker for the `n`-th value, `len` characters long (ASCII, never in a spec word).
fn marker(n: usize, len: usize) -> String {
    let head = format!("Zq{n}Q");
    let mut m: String = head.chars().take(len).collect();
    while m.len() < len {
        m.push('x');
    }
    m
}

/// The kind of a fixture: its `.expect`'s, else a blind-corpus folder's, else recognised.
fn kind_of(path: &Path) -> Option<Kind> {
    if path.with_extension("expect").exists() {
        return read_expect(path).kind;
    }
    path.parent()?.file_name()?.to_str()?.parse().ok()
}

/// Every fixture and example with env values, markers planted (names renamed when `rename`), and the markers.
fn planted(rename: bool) -> (Vec<Planted>, Vec<String>) {
    let mut paths: Vec<PathBuf> = fixture_files(&fixtures());
    paths.extend(fixture_files(&root().join("examples")));
    let (mut out, mut markers) = (Vec::new(), Vec::new());
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let format = if path.extension().is_some_and(|x| x == "json") {
            InputFormat::Json
        } else {
            InputFormat::Yaml
        };
        let (mut values, mut names) = (Vec::new(), Vec::new());
        for doc in deploylint::__private::parse(&text, format).into_iter().flatten() {
            envs(&text, &doc, false, &mut values, &mut names);
        }
        if values.is_empty() {
            continue;
        }
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        for &(s, e) in &values {
            let m = marker(markers.len(), text[s..e].chars().count());
            markers.push(m.clone());
            edits.push((s, e, m));
        }
        if rename {
            for (i, &(s, e)) in names.iter().enumerate() {
                edits.push((s, e, format!("SECRET_{i}")));
            }
        }
        edits.sort_by_key(|(s, _, _)| std::cmp::Reverse(*s));
        let mut text = text;
        for (s, e, m) in edits {
            text.replace_range(s..e, &m);
        }
        let rel = path.strip_prefix(root()).expect("under the root");
        out.push(Planted {
            name: rel.to_string_lossy().replace(['/', '\\'], "__"),
            kind: kind_of(&path),
            text,
        });
    }
    (out, markers)
}

/// Every marker found in `text`.
fn found<'m>(text: &str, markers: &'m [String]) -> Vec<&'m str> {
    markers
        .iter()
        .filter(|m| text.contains(m.as_str()))
        .map(String::as_str)
        .collect()
}

/// Writes the planted fixtures into one folder per kind and runs `check` on
/// each folder in `format` and `lang`: the concatenated stdout.
fn run_cli(test: &str, all: &[Planted], format: &str, lang: &str) -> String {
    let dir = tmp(test);
    let mut out = String::new();
    let mut groups: Vec<Option<Kind>> = all.iter().map(|p| p.kind).collect();
    groups.sort_by_key(|k| k.map(|k| k.name()));
    groups.dedup();
    for kind in groups {
        let sub = dir.join(kind.map_or("auto", |k| k.name()));
        std::fs::create_dir_all(&sub).expect("mkdir");
        for p in all.iter().filter(|p| p.kind == kind) {
            std::fs::write(sub.join(&p.name), &p.text).expect("write");
        }
        let mut cmd = bin();
        cmd.current_dir(&dir)
            .args(["check", "--no-config", "--format", format, "--lang", lang]);
        if let Some(k) = kind {
            cmd.args(["--kind", k.name()]);
        }
        cmd.arg(sub.file_name().expect("name"));
        let output = cmd.output().expect("run");
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{format} {lang}: exit {:?}",
            output.status.code()
        );
        out.push_str(&String::from_utf8_lossy(&output.stdout));
    }
    out
}

const FORMATS: [&str; 6] = ["human", "json", "sarif", "github", "junit", "gitlab"];

/// A human output line that shows source: `  63 │ ...` (gutter, line number, bar).
fn is_source_line(line: &str) -> bool {
    let t = line.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && t[digits..].starts_with(" │")
}

#[test]
fn env_values_are_in_no_message_help_or_fix_title() {
    let (all, markers) = planted(false);
    // Enough to mean something: env values across the fixtures, and findings in env vars.
    assert!(all.len() >= 20, "{} fixtures with env values", all.len());
    let mut on_envs = 0;
    for p in &all {
        for lang in [Lang::En, Lang::Zh] {
            let opts = Options::new().kind_opt(p.kind).lang(lang);
            for r in lint_bytes(p.text.as_bytes(), &opts) {
                for d in &r.diagnostics {
                    on_envs += usize::from(d.pointer.contains("/envs/"));
                    let words = [
                        Some(d.message.as_str()),
                        d.help.as_deref(),
                        d.fix.as_ref().map(|f| f.title.as_str()),
                    ];
                    for w in words.into_iter().flatten() {
                        assert_eq!(
                            found(w, &markers),
                            Vec::<&str>::new(),
                            "{}: {} says {w:?}",
                            p.name,
                            d.code
                        );
                    }
                }
            }
        }
    }
    assert!(on_envs >= 16, "only {on_envs} findings in env vars");
}

#[test]
fn env_values_are_in_no_machine_output_and_only_in_human_excerpts() {
    let (all, markers) = planted(false);
    let mut shown = 0;
    for lang in ["en", "zh"] {
        for format in FORMATS {
            let out = run_cli(&format!("secrets-plain-{format}-{lang}"), &all, format, lang);
            if format == "human" {
                // The markers do reach the output, where they may: excerpts of plain names.
                shown += out
                    .lines()
                    .filter(|l| is_source_line(l) && !found(l, &markers).is_empty())
                    .count();
            }
            let leaked: Vec<&str> = if format == "human" {
                out.lines()
                    .filter(|l| !is_source_line(l))
                    .flat_map(|l| found(l, &markers))
                    .collect()
            } else {
                found(&out, &markers)
            };
            assert_eq!(leaked, Vec::<&str>::new(), "{format} {lang}");
        }
    }
    assert!(shown >= 2, "only {shown} excerpt lines show a plain env value");
}

#[test]
fn secret_named_env_values_are_in_no_output_at_all() {
    let (all, markers) = planted(true);
    let mut excerpts = 0;
    for lang in ["en", "zh"] {
        for format in FORMATS {
            let out = run_cli(&format!("secrets-named-{format}-{lang}"), &all, format, lang);
            assert_eq!(found(&out, &markers), Vec::<&str>::new(), "{format} {lang}");
            if format == "human" {
                // Masking was exercised: excerpts showed masked values.
                excerpts += out.lines().filter(|l| is_source_line(l) && l.contains("****")).count();
            }
        }
    }
    assert!(excerpts >= 4, "only {excerpts} excerpt lines with a masked value");
}
