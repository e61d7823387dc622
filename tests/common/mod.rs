//! Shared helpers for the integration tests: building [`Options`], reading
//! fixtures and `.expect` files, checking where diagnostics point, and
//! running the CLI.
#![allow(dead_code)]

use deploylint::{lint_bytes, Edition, InputFormat, Kind, Lang, Options, Preset, Report};
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------- options
// Every test builds its `Options` here, so a change of how they are built is
// made in this one place.

/// Options for `kind` (`None`: recognised from the document), format
/// detected, API constraints only: the best-practice warnings are tested by
/// their own fixtures (`preset: recommended` in an `.expect` file) and tests.
pub fn opts(kind: Option<Kind>) -> Options {
    Options::new().kind_opt(kind).preset(Preset::Api)
}

/// Options for `kind` with the input format fixed.
pub fn opts_in(kind: Option<Kind>, format: InputFormat) -> Options {
    opts(kind).format(format)
}

/// `o` with messages in `lang`.
pub fn in_lang(o: Options, lang: Lang) -> Options {
    o.lang(lang)
}

/// Options for a fixture: its kind, format (from the file name), current
/// deployment and edition.
pub fn fixture_opts(
    kind: Option<Kind>,
    format: Option<InputFormat>,
    current: Option<deploylint::Current>,
    edition: Edition,
) -> Options {
    let o = opts(kind).format_opt(format).edition(edition);
    match current {
        Some(c) => o.current(c),
        None => o,
    }
}

// ---------------------------------------------------------------- locations

/// The 1-based line and character column of byte `offset` in `text`,
/// counted here independently of the core: `\r\n`, `\n` and a lone `\r` end
/// a line.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut col) = (1, 1);
    let mut chars = text[..offset].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                line += 1;
                col = 1;
            }
            _ => col += 1,
        }
    }
    (line, col)
}

/// Every way a diagnostic of `reports` misplaces itself in the input `bytes`:
/// its span must lie within the input and start on a character boundary,
/// and its line/column must be those of the span's start and end. (For
/// invalid UTF-8 only the valid prefix is text; a span ending past it is
/// checked at its start only.)
pub fn misplaced(bytes: &[u8], reports: &[Report]) -> Vec<String> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    };
    let mut out = Vec::new();
    for r in reports {
        for d in &r.diagnostics {
            let (s, e) = (d.span.start, d.span.end);
            let at = format!("document {}: {} {:?} at {s}..{e}", r.document, d.code, d.pointer);
            if s > e || e > bytes.len() {
                out.push(format!("{at}: span outside the {} bytes of input", bytes.len()));
                continue;
            }
            if s > text.len() || !text.is_char_boundary(s) {
                out.push(format!("{at}: start is not a character boundary of the text"));
                continue;
            }
            if line_col(text, s) != (d.line, d.column) {
                out.push(format!(
                    "{at}: says {}:{}, start is {:?}",
                    d.line,
                    d.column,
                    line_col(text, s)
                ));
            }
            if e <= text.len() && text.is_char_boundary(e) && line_col(text, e) != (d.end_line, d.end_column) {
                out.push(format!(
                    "{at}: says it ends at {}:{}, end is {:?}",
                    d.end_line,
                    d.end_column,
                    line_col(text, e)
                ));
            }
        }
    }
    out
}

// ---------------------------------------------------------------- fixtures

/// The fixtures root.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .join("tests/fixtures")
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
    pub edition: Edition,
    /// From a `preset: recommended` line (API constraints only otherwise).
    pub preset: Preset,
    /// Expected findings, sorted.
    pub lines: Vec<String>,
}

/// Reads `x.expect` beside `x.json`.
pub fn read_expect(fixture: &Path) -> Expect {
    let path = fixture.with_extension("expect");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
    let mut kind = None;
    let mut edition = Edition::Platinum;
    let mut preset = Preset::Api;
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(e) = line.strip_prefix("edition:") {
            edition = if e.trim() == "professional" {
                Edition::Professional
            } else {
                Edition::Platinum
            };
            continue;
        }
        if let Some(p) = line.strip_prefix("preset:") {
            preset = match p.trim() {
                "recommended" => Preset::Recommended,
                "api" => Preset::Api,
                other => panic!("{}:{}: unknown preset {other}", path.display(), i + 1),
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
    Expect {
        kind,
        edition,
        preset,
        lines,
    }
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
    let (edition, preset) = if fixture.with_extension("expect").exists() {
        let exp = read_expect(fixture);
        (exp.edition, exp.preset)
    } else {
        (Edition::Platinum, Preset::Api)
    };
    let bytes = std::fs::read(fixture).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    let format = fixture
        .extension()
        .and_then(|x| x.to_str())
        .and_then(InputFormat::from_extension);
    // `x.current` beside `x.json` is the current deployment an update modifies.
    let o = fixture_opts(kind, format, current_of(fixture), edition).preset(preset);
    lint_bytes(&bytes, &o).remove(0)
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

// ---------------------------------------------------------------- the CLI

/// The `deploylint` binary with a neutral environment (English, no colour),
/// run from the repository root (cargo runs the tests from cli/).
pub fn bin() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("deploylint").expect("binary");
    c.current_dir(root())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    c
}

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
}

/// A fresh, empty temporary directory for one test (`tempfile`), removed
/// when the test is done with it; it reads as the `Path` it is.
pub struct Tmp(tempfile::TempDir);

impl std::ops::Deref for Tmp {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Tmp {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<std::ffi::OsStr> for Tmp {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.path().as_os_str()
    }
}

/// A fresh, empty temporary directory for one test, named for it.
pub fn tmp(name: &str) -> Tmp {
    Tmp(tempfile::Builder::new()
        .prefix(&format!("deploylint-{name}-"))
        .tempdir()
        .expect("a temporary directory"))
}

/// Runs `c`, asserts its exit code, returns its stdout.
pub fn stdout(c: &mut assert_cmd::Command, code: i32) -> String {
    String::from_utf8(c.assert().code(code).get_output().stdout.clone()).expect("utf-8")
}

/// Runs `c`, asserts its exit code, returns its stderr.
pub fn stderr(c: &mut assert_cmd::Command, code: i32) -> String {
    String::from_utf8_lossy(&c.assert().code(code).get_output().stderr).into_owned()
}

// ---------------------------------------------------------------- SARIF

/// The SARIF 2.1.0 schema violations of `sarif`, checked against the official
/// schema of the npm package @microsoft/jest-sarif (`npm ci --prefix tests/sarif`).
pub fn sarif_violations(sarif: &serde_json::Value) -> Vec<String> {
    let path = root().join("tests/sarif/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run `npm ci --prefix tests/sarif`", path.display()));
    // The schema's `language` pattern has a stray `]` that Rust's regex rejects; escaped, it means the same.
    let text = text.replace(r#"[a-zA-Z]{2}]?$"#, r#"[a-zA-Z]{2}\\]?$"#);
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    validator
        .iter_errors(sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

// ---------------------------------------------------------------- fixes

/// Applies every fix the lint of `text` offers, one at a time, and checks
/// that the fixed text parses (no more documents with a `parse-error`) and
/// that the finding is gone (fewer findings of its code at its pointer in its
/// document). Returns how many fixes were checked, or what went wrong.
pub fn check_offered_fixes(text: &str, opts: &Options) -> Result<usize, String> {
    let reports = deploylint::lint(text, opts);
    let count = |rs: &[Report], doc: usize, code: &str, pointer: &str| {
        rs.iter()
            .filter(|r| r.document == doc)
            .flat_map(|r| &r.diagnostics)
            .filter(|d| d.code == code && d.pointer == pointer)
            .count()
    };
    let unreadable = |rs: &[Report]| {
        rs.iter()
            .filter(|r| r.diagnostics.iter().any(|d| d.code == "parse-error"))
            .count()
    };
    let mut checked = 0;
    for r in &reports {
        for d in &r.diagnostics {
            let Some(fix) = &d.fix else { continue };
            let mut edits: Vec<_> = fix.edits.iter().collect();
            edits.sort_by_key(|e| e.span.start);
            let mut fixed = String::new();
            let mut at = 0;
            for e in edits {
                let (Some(before), true) = (text.get(at..e.span.start), text.is_char_boundary(e.span.end)) else {
                    return Err(format!(
                        "{} at {}: edit {:?} outside the text",
                        d.code, d.pointer, e.span
                    ));
                };
                fixed.push_str(before);
                fixed.push_str(&e.replacement);
                at = e.span.end;
            }
            fixed.push_str(&text[at..]);
            let after = deploylint::lint(&fixed, opts);
            if unreadable(&after) > unreadable(&reports) {
                return Err(format!(
                    "{} at {}: `{}` does not parse:\n{fixed}",
                    d.code, d.pointer, fix.title
                ));
            }
            if count(&after, r.document, d.code, &d.pointer) >= count(&reports, r.document, d.code, &d.pointer) {
                return Err(format!(
                    "{} at {}: `{}` leaves the finding:\n{fixed}",
                    d.code, d.pointer, fix.title
                ));
            }
            checked += 1;
        }
    }
    Ok(checked)
}
