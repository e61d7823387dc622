//! Bounded source excerpts for the human report.
//!
//! miette draws the excerpt, but it is handed only the few lines around one
//! diagnostic, each cut to a window of at most [`WIDTH`] columns around the
//! span, with an ellipsis `…` on a side where text was cut (as rustc and ruff
//! show long lines). Control characters are made visible, secret values are
//! masked, and the span is re-based into that small text. The printed line
//! numbers and the `line:column` header stay the real ones: they come from the
//! diagnostic, which the core located. So a diagnostic on a 2 MB minified line
//! costs a few hundred bytes, the file is never copied per diagnostic, and
//! miette never sees a column past its formatting limit (65,535).
//!
//! Widths are budgeted by an upper bound (a tab 4 columns, any non-ASCII
//! character 2, a combining mark 0): miette measures the printed text itself,
//! so the underline lines up whatever the true widths are. A window never
//! splits a character and never begins with a combining mark.

use crate::syntax::LineIndex;
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use std::ops::Range;

/// The most columns of source one excerpt line shows (ellipses aside).
pub const WIDTH: usize = 120;
/// Columns kept before the span when its line is cut.
const LEFT: usize = 40;
/// The most characters one excerpt line shows (combining marks cost no width).
const MAX_CHARS: usize = 2 * WIDTH;
/// Lines shown before and after the span.
const CONTEXT: usize = 1;
/// A span over more lines is underlined on its first line only.
const MAX_SPAN_LINES: usize = 6;
/// What a masked value shows.
const MASK: &str = "****";
/// Marks a cut.
const ELLIPSIS: char = '…';

/// The lines of one text: the core's line index (`\n`, `\r\n` and a lone
/// `\r` end a line), with what an excerpt cuts from it. Built once per file.
pub struct Lines {
    index: LineIndex,
}

impl Lines {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        Lines {
            index: LineIndex::new(text),
        }
    }

    /// The number of lines.
    pub fn count(&self) -> usize {
        self.index.line_count()
    }

    /// The 0-based line holding byte `offset` (a character boundary) of `text`.
    fn line_of(&self, text: &str, offset: usize) -> usize {
        self.index.line(text, offset) - 1
    }

    /// Where 0-based line `i` starts.
    fn start(&self, i: usize) -> usize {
        self.index.line_start(i + 1)
    }

    /// The bytes of 0-based line `i`, without its terminator.
    fn range(&self, text: &str, i: usize) -> Range<usize> {
        self.index.line_range(text, i + 1)
    }

    /// The start of line `i`, cut to the window: what a context line shows.
    pub fn head(&self, text: &str, i: usize) -> Range<usize> {
        let r = self.range(text, i);
        let mut chars = 0;
        r.start..forward(text, r.start, r.end, WIDTH, &mut chars).0
    }
}

/// The display width budgeted for `c`: never less than the terminal's.
fn cost(c: char) -> usize {
    if c == '\t' {
        4
    } else if c.is_ascii() {
        1
    } else if is_mark(c) {
        0
    } else {
        2
    }
}

/// Combining marks and other zero-width characters that belong to the
/// character before them (the common blocks; others are budgeted as wide).
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200B..=0x200F | 0x20D0..=0x20FF | 0x3099..=0x309A
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
}

/// What is printed for `c`: control characters as their visible pictures
/// (as rustc does), bidirectional overrides as `�`, so an excerpt can neither
/// drive the terminal nor reorder the text.
fn visible(c: char) -> char {
    match c as u32 {
        0x09 => c,
        n @ 0x00..=0x1F => char::from_u32(0x2400 + n).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        0x80..=0x9F | 0x202A..=0x202E | 0x2066..=0x2069 => '\u{FFFD}',
        _ => c,
    }
}

/// Walks right from `from` (at most to `limit`) while the budget lasts.
/// Returns the position reached and the columns used.
fn forward(text: &str, from: usize, limit: usize, budget: usize, chars: &mut usize) -> (usize, usize) {
    let (mut pos, mut used) = (from, 0);
    for c in text[from..limit].chars() {
        if used + cost(c) > budget || *chars >= MAX_CHARS {
            break;
        }
        used += cost(c);
        *chars += 1;
        pos += c.len_utf8();
    }
    (pos, used)
}

/// Walks left from `from` (at most to `limit`) while the budget lasts.
fn backward(text: &str, limit: usize, from: usize, budget: usize, chars: &mut usize) -> (usize, usize) {
    let (mut pos, mut used) = (from, 0);
    for c in text[limit..from].chars().rev() {
        if used + cost(c) > budget || *chars >= MAX_CHARS {
            break;
        }
        used += cost(c);
        *chars += 1;
        pos -= c.len_utf8();
    }
    (pos, used)
}

/// The window of `line` that shows `at`: [`LEFT`] columns before it, the rest
/// after, and any budget one side leaves to the other.
fn around(text: &str, line: Range<usize>, at: usize) -> Range<usize> {
    // A span may start on the line break itself.
    let at = at.clamp(line.start, line.end);
    let mut chars = 0;
    let (end, right) = forward(text, at, line.end, WIDTH - LEFT, &mut chars);
    let (mut start, left) = backward(text, line.start, at, WIDTH - right, &mut chars);
    let end = if start == line.start {
        forward(text, end, line.end, WIDTH - right - left, &mut chars).0
    } else {
        end
    };
    // Never open a cut window with a mark that belongs to a character not shown.
    while start > line.start && start < at {
        match text[start..].chars().next() {
            Some(c) if is_mark(c) => start += c.len_utf8(),
            _ => break,
        }
    }
    start..end
}

/// Moves `i` back to a character boundary of `text` (clamped to its length).
fn floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Moves `i` forward to a character boundary of `text` (clamped to its length).
fn ceil(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// One excerpt line: its 0-based number and the bytes shown.
struct Shown {
    line: usize,
    bytes: Range<usize>,
    cut_left: bool,
    cut_right: bool,
}

/// Which bytes of which lines an excerpt shows, before masking.
pub struct Plan {
    shown: Vec<Shown>,
    span: Range<usize>,
    /// The lines of the span's start and end.
    start_line: usize,
    end_line: usize,
}

impl Plan {
    /// Chooses the lines and windows for a diagnostic at byte range `span` of `text`.
    pub fn new(text: &str, lines: &Lines, span: Range<usize>) -> Plan {
        let s = floor(text, span.start);
        let mut e = ceil(text, span.end.max(s));
        let start_line = lines.line_of(text, s);
        // A span that ends with a line break ends on the line before.
        let mut end_line = lines.line_of(text, e);
        if e > s && end_line > start_line && lines.start(end_line) == e {
            end_line -= 1;
        }
        let label = lines.range(text, start_line);
        if end_line - start_line >= MAX_SPAN_LINES {
            e = label.end.max(s);
            end_line = start_line;
        }
        let first = start_line.saturating_sub(CONTEXT);
        let last = (end_line + CONTEXT).min(lines.count() - 1);
        let shown = (first..=last)
            .map(|i| {
                let whole = lines.range(text, i);
                let bytes = if i == start_line {
                    around(text, whole.clone(), s)
                } else {
                    lines.head(text, i)
                };
                Shown {
                    line: i,
                    cut_left: bytes.start > whole.start,
                    cut_right: bytes.end < whole.end,
                    bytes,
                }
            })
            .collect();
        Plan {
            shown,
            span: s..e,
            start_line,
            end_line,
        }
    }

    /// The bytes shown, line by line.
    pub fn shown(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.shown.iter().map(|l| l.bytes.clone())
    }

    /// The 0-based numbers of the first and last lines shown.
    pub fn lines(&self) -> (usize, usize) {
        let first = self.shown.first().map_or(0, |l| l.line);
        (first, self.shown.last().map_or(first, |l| l.line))
    }

    /// Writes the excerpt: `masks` (sorted, disjoint byte ranges) print as
    /// [`MASK`]. `line` and `column` are the diagnostic's own (1-based).
    pub fn build(&self, text: &str, name: &str, masks: &[Range<usize>], line: usize, column: usize) -> Excerpt {
        let Range { start: s, end: e } = self.span.clone();
        let mut out = String::new();
        let (mut s_out, mut e_out) = (None, None);
        for (n, l) in self.shown.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            if l.cut_left {
                out.push(ELLIPSIS);
            }
            let text_start = out.len();
            let Range { start: mut p, end: b } = l.bytes;
            let mut mi = masks.partition_point(|m| m.end <= p);
            while p < b {
                while mi < masks.len() && masks[mi].end <= p {
                    mi += 1;
                }
                let o0 = out.len();
                let q = match masks.get(mi) {
                    Some(m) if m.start <= p => {
                        out.push_str(MASK);
                        ceil(text, m.end.min(b))
                    }
                    _ => {
                        let c = text[p..].chars().next().unwrap_or(' ');
                        out.push(visible(c));
                        p + c.len_utf8()
                    }
                };
                if s_out.is_none() && l.line == self.start_line && (p..q).contains(&s) {
                    s_out = Some(o0);
                }
                if e_out.is_none() && l.line == self.end_line && p < e && e <= q {
                    e_out = Some(out.len());
                }
                p = q;
            }
            let text_end = out.len();
            if l.line == self.start_line && s_out.is_none() {
                s_out = Some(if s <= l.bytes.start { text_start } else { text_end });
            }
            if l.line == self.end_line && e_out.is_none() {
                e_out = Some(if e <= l.bytes.start { text_start } else { text_end });
            }
            if l.cut_right {
                out.push(ELLIPSIS);
            }
        }
        let start = s_out.unwrap_or(0);
        if start == out.len() {
            // miette draws nothing past the last character: give the label a blank to stand on.
            out.push(' ');
        }
        let end = if e == s {
            start
        } else {
            e_out.unwrap_or(start).max(start)
        };
        let (first, last) = self.lines();
        let real_line = line.max(1);
        Excerpt {
            name: name.to_string(),
            text: out,
            first_line: real_line.saturating_sub(self.start_line - first).max(1),
            line_count: last - first + 1,
            label: start..end,
            at: (real_line, column.max(1)),
        }
    }
}

/// A small source for miette: the excerpt text, with the real number of its first line.
#[derive(Debug)]
pub struct Excerpt {
    name: String,
    text: String,
    /// 1-based number of the first line.
    first_line: usize,
    line_count: usize,
    /// The span, re-based into `text`.
    label: Range<usize>,
    /// The diagnostic's 1-based line and column.
    at: (usize, usize),
}

impl Excerpt {
    /// The span in the excerpt, for the label.
    pub fn label(&self) -> Range<usize> {
        self.label.clone()
    }

    /// The excerpt text (lines joined by `\n`).
    #[cfg(test)]
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let end = span.offset().saturating_add(span.len());
        if end > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        if context_lines_before == 0 && context_lines_after == 0 {
            // The span alone, asked for the header's `line:column`: the
            // diagnostic's own location at the label, else counted here.
            let (line, column) = if span.offset() == self.label.start {
                (self.at.0 - 1, self.at.1 - 1)
            } else {
                let before = &self.text[..floor(&self.text, span.offset())];
                let line = self.first_line - 1 + before.matches('\n').count();
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                (line, before[line_start..].chars().count())
            };
            let data = &self.text.as_bytes()[span.offset()..end];
            let line_count = data.iter().filter(|&&b| b == b'\n').count() + 1;
            return Ok(Box::new(MietteSpanContents::new_named(
                self.name.clone(),
                data,
                *span,
                line,
                column,
                line_count,
            )));
        }
        // With context: the whole excerpt, which holds exactly the lines chosen for it.
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            (0, self.text.len()).into(),
            self.first_line - 1,
            0,
            self.line_count,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excerpt(text: &str, span: Range<usize>) -> Excerpt {
        let lines = Lines::new(text);
        let lc = crate::syntax::LineIndex::new(text).line_col(text, span.start);
        Plan::new(text, &lines, span).build(text, "t", &[], lc.line, lc.column)
    }

    #[test]
    fn short_lines_are_whole_and_long_ones_cut_around_the_span() {
        let text = "{\n  \"a\": 1,\r\n  \"b\": 2\n}";
        let at = text.find("1,").unwrap_or_default();
        let x = excerpt(text, at..at + 1);
        assert_eq!(x.text(), "{\n  \"a\": 1,\n  \"b\": 2");
        assert_eq!((x.first_line, x.label()), (1, 9..10));
        // A lone `\r` ends a line, as the core counts.
        let x = excerpt("x\ry\rz", 4..5);
        assert_eq!((x.text(), x.first_line, x.label()), ("y\nz", 2, 2..3));

        let long = format!("{}X{}", "a".repeat(100_000), "b".repeat(100_000));
        let x = excerpt(&long, 100_000..100_001);
        assert_eq!(x.text(), format!("…{}X{}…", "a".repeat(40), "b".repeat(79)));
        assert_eq!(x.label(), 43..44);
    }

    #[test]
    fn masks_and_controls() {
        let text = "{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2\", \"x\": \"\u{1b}[2J\"}";
        let v = text.find("hunter2").unwrap_or_default();
        let lines = Lines::new(text);
        let mask = v..v + 7;
        let ex = Plan::new(text, &lines, mask.clone()).build(text, "t", std::slice::from_ref(&mask), 1, v + 1);
        assert_eq!(
            ex.text(),
            "{\"name\": \"DB_PASSWORD\", \"value\": \"****\", \"x\": \"\u{241b}[2J\"}"
        );
        assert_eq!(ex.label(), v..v + 4);
    }

    /// Every span of many awkward texts renders without a panic, within bounds.
    #[test]
    fn any_span_renders() {
        let pieces = [
            "a", "\t", "\r\n", "\n", "\r", "中", "e\u{301}", "\u{1b}", "\u{202e}", "\"", " ",
        ];
        let handler = miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
        let mut state = 7u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize % n
        };
        for round in 0..300 {
            let len = if round % 10 == 0 { 3000 } else { next(40) };
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let a = next(text.len() + 2);
            let b = a + next(text.len() + 2);
            let x = excerpt(&text, a..b);
            for line in x.text().split('\n') {
                assert!(line.chars().count() <= MAX_CHARS + 2, "{line:?}");
            }
            let label = x.label();
            let md = miette::MietteDiagnostic::new("m").with_label(miette::LabeledSpan::at(label, "here"));
            let report = miette::Report::new(md).with_source_code(x);
            let mut out = String::new();
            handler
                .render_report(&mut out, report.as_ref())
                .unwrap_or_else(|e| panic!("{text:?} {a}..{b}: {e}"));
            assert!(!out.contains("Failed to read"), "{text:?} {a}..{b}: {out}");
            assert!(out.contains("here"), "{text:?} {a}..{b}: {out}");
        }
    }
}
