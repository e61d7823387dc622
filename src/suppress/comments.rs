//! The comments of a YAML text, found without a YAML parser.
//!
//! saphyr-parser reports no comment events, so suppression comments are found
//! by a small scanner that knows just enough YAML not to be fooled: a `#`
//! starts a comment only at the start of a line or after a space or tab, and
//! never inside a double-quoted scalar (with its `\"` escapes), a
//! single-quoted one (with its `''` escapes), either of them spanning lines,
//! or a literal or folded block scalar (`|`, `>`, with indentation and
//! chomping indicators), whose lines end where the indentation falls back.
//!
//! It also classifies every line as blank, comment-only or content, so a
//! comment alone on its line can name the next line that holds content.

use crate::syntax::Span;

/// One comment: from `#` to the end of its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// From the `#` to the end of the line, line break excluded.
    pub span: Span,
    /// 0-based index of its line.
    pub line: usize,
    /// Whether only whitespace precedes it on its line.
    pub own_line: bool,
}

/// A line of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// Its bytes, line break excluded.
    pub span: Span,
    /// Whether it holds anything but whitespace and a comment.
    pub content: bool,
}

/// Where the scanner stands at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Outside any scalar that spans lines.
    Plain,
    /// Inside a double-quoted scalar.
    Double,
    /// Inside a single-quoted scalar.
    Single,
    /// Inside a block scalar whose parent is indented `parent` columns
    /// (-1 at the document's top); `indent` is the content's indentation
    /// once its first non-blank line has set it.
    Block { parent: isize, indent: Option<usize> },
}

/// The comments and lines of `text`.
pub fn scan(text: &str) -> (Vec<Comment>, Vec<Line>) {
    let mut comments = Vec::new();
    let mut lines = Vec::new();
    let mut state = State::Plain;
    let mut start = 0;
    let bytes = text.as_bytes();
    while start <= text.len() {
        let end = memchr_newline(bytes, start);
        let mut stop = end;
        if stop > start && bytes[stop - 1] == b'\r' {
            stop -= 1;
        }
        let line = &text[start..stop];
        let index = lines.len();
        let (content, comment, next) = scan_line(line, state);
        state = next;
        if let Some(at) = comment {
            comments.push(Comment {
                span: Span::new(start + at, stop),
                line: index,
                own_line: line[..at].trim().is_empty(),
            });
        }
        lines.push(Line {
            span: Span::new(start, stop),
            content,
        });
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    (comments, lines)
}

/// The offset of the next `\n` at or after `from`, or the text's length.
fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| from + p)
}

/// Leading spaces (YAML indents with spaces only).
fn indentation(line: &str) -> usize {
    line.bytes().take_while(|&b| b == b' ').count()
}

/// Scans one line entered in `state`: whether it holds content, where its
/// comment starts, and the state the next line starts in.
fn scan_line(line: &str, state: State) -> (bool, Option<usize>, State) {
    let blank = line.trim().is_empty();
    // A document marker ends whatever was open.
    if (line.starts_with("---") || line.starts_with("...")) && line[3..].chars().next().is_none_or(char::is_whitespace)
    {
        return scan_plain(line, 0, State::Plain, false);
    }
    match state {
        State::Block { parent, indent } => {
            if blank {
                return (false, None, state);
            }
            let here = indentation(line);
            match indent {
                Some(i) if here >= i => (true, None, state),
                None if here as isize > parent => {
                    let state = State::Block {
                        parent,
                        indent: Some(here),
                    };
                    (true, None, state)
                }
                // Indentation fell back: the block ended before this line.
                _ => scan_plain(line, 0, State::Plain, false),
            }
        }
        State::Double | State::Single => scan_plain(line, 0, state, !blank),
        State::Plain => scan_plain(line, 0, State::Plain, false),
    }
}

/// Scans `line` from byte `from` in `state` (plain or inside a quoted scalar).
fn scan_plain(line: &str, from: usize, mut state: State, mut content: bool) -> (bool, Option<usize>, State) {
    let bytes = line.as_bytes();
    let mut i = from;
    // The byte before `i` in plain context (None at the start of the line).
    let mut prev: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match state {
            State::Double => {
                content = true;
                match b {
                    b'\\' => i += 1,
                    b'"' => state = State::Plain,
                    _ => {}
                }
                prev = Some(b);
            }
            State::Single => {
                content = true;
                if b == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 1;
                    } else {
                        state = State::Plain;
                    }
                }
                prev = Some(b);
            }
            _ => {
                let token_start = prev.is_none_or(|p| matches!(p, b' ' | b'\t' | b'[' | b'{' | b',' | b':'));
                match b {
                    b'#' if prev.is_none_or(|p| p == b' ' || p == b'\t') => {
                        let next = block_header(&line[..i]).unwrap_or(State::Plain);
                        return (content, Some(i), next);
                    }
                    b'"' if token_start => state = State::Double,
                    b'\'' if token_start => state = State::Single,
                    _ => {}
                }
                if !b.is_ascii_whitespace() {
                    content = true;
                }
                prev = Some(b);
            }
        }
        i += 1;
    }
    let next = match state {
        State::Plain => block_header(line).unwrap_or(State::Plain),
        s => s,
    };
    (content, None, next)
}

/// The block scalar a line (comment removed) opens, if it ends in a block
/// scalar header: `key: |`, `- >-`, `--- |2`, `key: !tag |+`.
fn block_header(line: &str) -> Option<State> {
    let body = line.trim_end();
    let token_at = body.rfind([' ', '\t']).map_or(0, |p| p + 1);
    let token = &body[token_at..];
    let mut chars = token.chars();
    if !matches!(chars.next(), Some('|' | '>')) {
        return None;
    }
    let rest = chars.as_str();
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    let signs = rest.bytes().filter(|b| *b == b'+' || *b == b'-').count();
    if rest.len() > 2 || digits > 1 || signs > 1 || digits + signs != rest.len() || rest.contains('0') {
        return None;
    }
    if !opens_node(&body[..token_at]) {
        return None;
    }
    let explicit = rest.bytes().find(u8::is_ascii_digit).map(|d| usize::from(d - b'0'));
    let parent = owner_indent(&body[..token_at]);
    let indent = explicit.map(|d| (parent.max(0) as usize) + d);
    Some(State::Block { parent, indent })
}

/// Whether a node may start after `before`: at the start of the line, after
/// a mapping `:`, a sequence `-`, a `?`, a document marker, or tags and
/// anchors standing there (`key: a |` is a plain scalar, not a header).
fn opens_node(before: &str) -> bool {
    let mut rest = before.trim_end();
    loop {
        let at = rest.rfind([' ', '\t']).map_or(0, |p| p + 1);
        let word = &rest[at..];
        if word.starts_with(['!', '&']) {
            rest = rest[..at].trim_end();
            continue;
        }
        return word.is_empty() || word.ends_with(':') || word == "-" || word == "?" || word == "---";
    }
}

/// The indentation of the node that owns a block scalar whose header
/// follows `before`: the column of its key (`  key: |` → 2, `- key: |` →
/// 2), of the last sequence dash (`  - |` → 2), or -1 at the top of a
/// document (`--- |`).
fn owner_indent(before: &str) -> isize {
    let mut col = indentation(before);
    let mut rest = &before[col..];
    if rest.starts_with("---") {
        return -1;
    }
    let mut dash = None;
    while let Some(r) = rest.strip_prefix('-').filter(|r| r.starts_with([' ', '\t'])) {
        dash = Some(col);
        let skipped = r.len() - r.trim_start().len();
        col += 1 + skipped;
        rest = r.trim_start();
    }
    if rest.trim().is_empty() {
        // The header stands right after dashes, or alone on its line.
        return dash.map_or(col as isize - 1, |d| d as isize);
    }
    col as isize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comment texts of `text`.
    fn found(text: &str) -> Vec<&str> {
        scan(text).0.iter().map(|c| &text[c.span.start..c.span.end]).collect()
    }

    #[test]
    fn plain_comments_after_space_or_at_line_start() {
        let text = "# top\nkey: value # trailing\nurl: http://x/#frag\nplain: a#b\n\t# tabbed\nk:\t# after tab\n";
        assert_eq!(found(text), ["# top", "# trailing", "# tabbed", "# after tab"]);
    }

    #[test]
    fn hashes_inside_quotes_are_text() {
        let text = concat!(
            "a: \"not # a comment\" # real\n",
            "b: 'it''s # text' # real2\n",
            "c: \"escaped \\\" # still text\"\n",
            "d: {x: \"#\", y: '#'} # flow\n",
            "e: don't # apostrophe in plain\n",
        );
        assert_eq!(found(text), ["# real", "# real2", "# flow", "# apostrophe in plain"]);
    }

    #[test]
    fn quoted_scalars_spanning_lines() {
        let text = "a: \"first\n  # inside\n  last\" # after\nb: 'one\n  # inside too\n  two' # after2\n# free\n";
        assert_eq!(found(text), ["# after", "# after2", "# free"]);
        let (_, lines) = scan(text);
        assert!(lines[1].content, "a continued quoted line is content");
    }

    #[test]
    fn block_scalars_hold_hashes_until_indentation_falls_back() {
        let text = concat!(
            "script: | # header comment\n",
            "  echo one # not a comment\n",
            "\n",
            "  # not a comment either\n",
            "folded: >-\n",
            "    # text\n",
            "  # a comment: less indented than the content, below the key's\n",
            "list:\n",
            "  - |\n",
            "    # item text\n",
            "  - key: |2\n",
            "        # explicit indentation\n",
            "  # back in the list\n",
            "after: 1 # done\n",
        );
        assert_eq!(
            found(text),
            [
                "# header comment",
                "# a comment: less indented than the content, below the key's",
                "# back in the list",
                "# done"
            ]
        );
    }

    #[test]
    fn a_bar_inside_a_plain_scalar_opens_nothing() {
        let text = "a: x |\nb: 1 # comment\nc: !!str |\n  # text\nd: &x >\n  # text\n";
        assert_eq!(found(text), ["# comment"]);
    }

    #[test]
    fn an_empty_block_scalar_ends_at_a_sibling() {
        let text = "a: |\nb: 1 # comment\n";
        assert_eq!(found(text), ["# comment"]);
        let text = "- key: |\n  other: 1 # comment\n";
        assert_eq!(found(text), ["# comment"]);
    }

    #[test]
    fn document_markers_and_top_level_blocks() {
        let text = "--- |\n# text at the top level\n--- # marker comment\nk: v\n";
        assert_eq!(found(text), ["# marker comment"]);
    }

    #[test]
    fn crlf_lines_and_line_classes() {
        let text = "# only\r\n\r\nk: v # c\r\n";
        let (comments, lines) = scan(text);
        assert_eq!(&text[comments[0].span.start..comments[0].span.end], "# only");
        assert!(comments[0].own_line);
        assert!(!comments[1].own_line);
        assert_eq!(comments[1].line, 2);
        let classes: Vec<bool> = lines.iter().map(|l| l.content).collect();
        assert_eq!(classes, [false, false, true, false]);
    }
}
