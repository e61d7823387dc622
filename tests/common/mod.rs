//! Shared helpers for the integration tests: reading fixtures and `.expect` files.
#![allow(dead_code)]

use deploylint::{lint_bytes, Kind, Options, Report};
use std::path::{Path, PathBuf};

/// The fixtures root.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// All files with extension `ext` below `dir`, sorted.
pub fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A parsed `.expect` file: the kind line and `severity code pointer` lines.
pub struct Expect {
    /// `None` for `kind: auto`.
    pub kind: Option<Kind>,
    /// From an `edition: professional` line.
    pub edition: deploylint::Edition,
    /// Expected findings, sorted.
    pub lines: Vec<String>,
}

/// Reads `x.expect` beside `x.json`.
pub fn read_expect(fixture: &Path) -> Expect {
    let path = fixture.with_extension("expect");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
    let mut kind = None;
    let mut edition = deploylint::Edition::Platinum;
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(e) = line.strip_prefix("edition:") {
            edition = if e.trim() == "professional" {
                deploylint::Edition::Professional
            } else {
                deploylint::Edition::Platinum
            };
            continue;
        }
        if let Some(k) = line.strip_prefix("kind:") {
            let k = k.trim();
            kind = if k == "auto" {
                None
            } else {
                Some(
                    k.parse()
                        .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1)),
                )
            };
            continue;
        }
        lines.push(normalise(line));
    }
    lines.sort();
    Expect { kind, edition, lines }
}

fn normalise(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Formats a report as `.expect` lines: `severity code pointer` (pointer `""` for the root).
pub fn actual_lines(r: &Report) -> Vec<String> {
    let mut v: Vec<String> = r
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {} {}",
                d.severity.as_str(),
                d.code,
                if d.pointer.is_empty() { "\"\"" } else { &d.pointer }
            )
        })
        .collect();
    v.sort();
    v
}

/// Lints a fixture with the kind its `.expect` names.
pub fn lint_fixture(fixture: &Path, kind: Option<Kind>) -> Report {
    let edition = if fixture.with_extension("expect").exists() {
        read_expect(fixture).edition
    } else {
        deploylint::Edition::Platinum
    };
    let bytes = std::fs::read(fixture).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    let format = fixture
        .extension()
        .and_then(|x| x.to_str())
        .and_then(deploylint::InputFormat::from_extension);
    // `x.current` beside `x.json` is the current deployment an update modifies.
    let mut opts = Options::new().kind_opt(kind).format_opt(format).edition(edition);
    if let Some(current) = current_of(fixture) {
        opts = opts.current(current);
    }
    lint_bytes(&bytes, &opts).remove(0)
}

/// `x.current` beside `x.json`: the current deployment an update modifies.
pub fn current_of(fixture: &Path) -> Option<deploylint::Current> {
    let text = std::fs::read_to_string(fixture.with_extension("current")).ok()?;
    let parsed = deploylint::Current::parse(&text, deploylint::Lang::En);
    Some(parsed.unwrap_or_else(|e| panic!("{}: broken current: {e:?}", fixture.display())))
}

/// Fixture files: `*.json`, `*.yaml` and `*.yml` below `dir`, sorted.
pub fn fixture_files(dir: &Path) -> Vec<PathBuf> {
    let mut v = files(dir, "json");
    v.extend(files(dir, "yaml"));
    v.extend(files(dir, "yml"));
    v.sort();
    v
}

/// The `deploylint` binary with a neutral environment (English, no colour).
pub fn bin() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("deploylint").expect("binary");
    c.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    c
}

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty temporary directory for one test.
pub fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("deploylint-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("tmp");
    d
}

/// Runs `c`, asserts its exit code, returns its stdout.
pub fn stdout(c: &mut assert_cmd::Command, code: i32) -> String {
    String::from_utf8(c.assert().code(code).get_output().stdout.clone()).expect("utf-8")
}

/// Runs `c`, asserts its exit code, returns its stderr.
pub fn stderr(c: &mut assert_cmd::Command, code: i32) -> String {
    String::from_utf8_lossy(&c.assert().code(code).get_output().stderr).into_owned()
}
