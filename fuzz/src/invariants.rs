//! What every report must satisfy, whatever the input: a violation panics,
//! which libFuzzer records as a crash.
//!
//! - at least one report, each with at most the findings limit plus the
//!   `limit-exceeded` note;
//! - every code is a registered rule, every message non-empty, every pointer
//!   a well-formed JSON Pointer;
//! - spans and fix edits lie inside the text, on character boundaries, and
//!   a fix's edits do not overlap;
//! - line and column (in characters and in UTF-16 units) agree with a
//!   naive count from the span (`\r\n`, `\n` and a lone `\r` end a line);
//! - findings are sorted by span start, then code, then pointer.

use deploylint::{Diagnostic, Options, Report};

/// Positions checked per report: enough to catch a systematic error while a
/// flood of findings on one long line stays fast.
const CHECKED_POSITIONS: usize = 64;

/// Whether a one-byte span that ends inside a character is let pass. On
/// while the known bug stands: `Span::opening` takes the first byte of an
/// object, and a YAML block mapping opens with its first key, which may be
/// `é` (tests/fuzz_regressions.rs, `opening_span_of_a_yaml_mapping_ends_on_a_character_boundary`).
pub const TOLERATE_ONE_BYTE_OPENING: bool = false;

/// Checks the reports of `lint_bytes(bytes, opts)`.
pub fn check_bytes(bytes: &[u8], opts: &Options, reports: &[Report]) {
    match std::str::from_utf8(bytes) {
        Ok(text) => check_text(text, opts, reports),
        Err(e) => {
            // One parse-error at the first bad byte, located in the valid prefix.
            let valid = e.valid_up_to();
            assert_eq!(reports.len(), 1, "invalid UTF-8 gives one report");
            let d = &reports[0].diagnostics;
            assert_eq!(d.len(), 1, "invalid UTF-8 gives one finding: {d:?}");
            assert_eq!(d[0].code, "parse-error");
            assert_eq!((d[0].span.start, d[0].span.end), (valid, valid + 1));
            let prefix = std::str::from_utf8(&bytes[..valid]).expect("valid prefix");
            let (line, column, column_utf16) = naive(prefix, valid);
            assert_eq!(
                (d[0].line, d[0].column, d[0].column_utf16),
                (line, column, column_utf16)
            );
        }
    }
}

/// Checks the reports of `lint(text, opts)`.
pub fn check_text(text: &str, opts: &Options, reports: &[Report]) {
    assert!(!reports.is_empty(), "every input gives at least one report");
    for (i, r) in reports.iter().enumerate() {
        assert_eq!(r.document, i, "documents are numbered in order");
        assert!(
            r.diagnostics.len() <= opts.limits.findings.max(1) + 1,
            "{} findings over the cap of {}",
            r.diagnostics.len(),
            opts.limits.findings
        );
        for (n, d) in r.diagnostics.iter().enumerate() {
            check_one(text, d, n < CHECKED_POSITIONS);
        }
        for w in r.diagnostics.windows(2) {
            let key = |d: &Diagnostic| (d.span.start, d.code, d.pointer.clone());
            assert!(
                key(&w[0]) <= key(&w[1]),
                "findings out of order: {:?} then {:?}",
                w[0],
                w[1]
            );
        }
    }
}

fn check_one(text: &str, d: &Diagnostic, positions: bool) {
    assert!(
        deploylint::registry::get(d.code).is_some(),
        "unregistered code {}",
        d.code
    );
    assert!(!d.message.trim().is_empty(), "empty message: {d:?}");
    assert!(pointer_ok(&d.pointer), "malformed pointer {:?}", d.pointer);
    in_text(text, d.span.start, d.span.end, d);
    if let Some(fix) = &d.fix {
        assert!(!fix.title.trim().is_empty(), "empty fix title: {d:?}");
        let mut spans: Vec<_> = fix.edits.iter().map(|e| (e.span.start, e.span.end)).collect();
        for &(s, e) in &spans {
            in_text(text, s, e, d);
        }
        spans.sort();
        for w in spans.windows(2) {
            assert!(w[0].1 <= w[1].0, "overlapping fix edits: {d:?}");
        }
    }
    if positions {
        let (line, column, column_utf16) = naive(text, d.span.start);
        assert_eq!(
            (d.line, d.column, d.column_utf16),
            (line, column, column_utf16),
            "start position of {d:?}"
        );
        let (line, column, column_utf16) = naive(text, d.span.end);
        assert_eq!(
            (d.end_line, d.end_column, d.end_column_utf16),
            (line, column, column_utf16),
            "end position of {d:?}"
        );
    }
}

fn in_text(text: &str, start: usize, end: usize, d: &Diagnostic) {
    assert!(
        start <= end && end <= text.len(),
        "span {start}..{end} outside 0..{}: {d:?}",
        text.len()
    );
    let known = TOLERATE_ONE_BYTE_OPENING && end == start + 1 && text.is_char_boundary(start);
    assert!(
        text.is_char_boundary(start) && (text.is_char_boundary(end) || known),
        "span {start}..{end} inside a character: {d:?}"
    );
}

/// `""` or `/`-separated tokens where `~` is followed by `0` or `1`.
fn pointer_ok(p: &str) -> bool {
    if p.is_empty() {
        return true;
    }
    if !p.starts_with('/') {
        return false;
    }
    let b = p.as_bytes();
    b.iter()
        .enumerate()
        .all(|(i, &c)| c != b'~' || matches!(b.get(i + 1), Some(b'0' | b'1')))
}

/// 1-based line, 1-based column in characters and in UTF-16 units of
/// `offset` (inside a character: of that character's start).
fn naive(text: &str, offset: usize) -> (usize, usize, usize) {
    let mut offset = offset;
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text.as_bytes()[..offset];
    let mut line = 1;
    let mut start = 0;
    for (i, &b) in before.iter().enumerate() {
        let ends = b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n'));
        if ends {
            line += 1;
            start = i + 1;
        }
    }
    let rest = &text[start..offset];
    (line, rest.chars().count() + 1, rest.encode_utf16().count() + 1)
}
