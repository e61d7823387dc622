//! Strict JSON (RFC 8259) → [`Node`], in one pass over the bytes.
//!
//! Hand-written because it is the hot path of every lint and no crate gives
//! all of: a byte range for every value and every key, duplicate keys kept
//! in source order, numbers kept as written, strictness (no comments,
//! trailing commas, single quotes, `+1`, `0x10`, `NaN`, `01`, raw control
//! characters or unknown escapes) and a located, classified error. It runs
//! at about the speed of `serde_json::from_str::<Value>` on request bodies.
//!
//! Design, after serde_json's slice reader: the input is already `&str`, so
//! UTF-8 needs no second check and string bodies are scanned eight bytes at
//! a time for `"`, `\` or a control character; a string without escapes is
//! copied once, straight from the source. Elements and members collect on
//! two scratch stacks shared by every level and move into an exactly sized
//! `Vec` when their container closes, so no `Vec` grows by doubling.
//! Open containers wait on an explicit stack, not in recursive calls, so
//! nesting costs no machine stack (WebAssembly has 1 MiB); it is capped at
//! the depth limit all the same, the level past it being a located
//! `limit-exceeded`, and so is a string or key longer than the string
//! length limit ([`crate::limits`]). A
//! UTF-8 byte order mark is tolerated and all spans stay byte offsets into
//! the original text.

use super::pointer::{push_seg, Seg};
use super::{Member, Node, Span, SyntaxError, SyntaxErrorKind, Value};
use crate::limits::{Exceeded, Limit, Limits};

/// What went wrong and where, in offsets of the text after the BOM.
type Failure = (SyntaxErrorKind, usize, usize);

pub(super) fn parse(text: &str, limits: &Limits) -> Result<Node, SyntaxError> {
    // A UTF-8 byte order mark is tolerated, as serde_json and most APIs do not:
    // spans stay byte offsets into the original text.
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut p = Parser {
        text: &text[bom..],
        bytes: &text.as_bytes()[bom..],
        pos: 0,
        off: bom,
        nodes: Vec::new(),
        members: Vec::new(),
        max_depth: limits.depth,
        max_string: limits.string_length,
    };
    p.document().map_err(|(kind, start, end)| SyntaxError {
        span: Span::new(start + bom, end + bom),
        kind,
    })
}

struct Parser<'t> {
    /// The text after the BOM.
    text: &'t str,
    /// The same, as bytes.
    bytes: &'t [u8],
    /// The next byte to read.
    pos: usize,
    /// The BOM's length, added to every span.
    off: usize,
    /// Finished array elements of every open array, innermost last.
    nodes: Vec<Node>,
    /// Finished members of every open object, innermost last.
    members: Vec<Member>,
    /// The depth limit.
    max_depth: usize,
    /// The string length limit, in bytes.
    max_string: usize,
}

/// A container whose closing bracket is still to come.
#[derive(Clone, Copy)]
enum Open {
    /// An array from `start`; its elements so far are `nodes[mark..]`.
    Array { start: usize, mark: usize },
    /// An object from `start`; its members so far are `members[mark..]`.
    Object { start: usize, mark: usize },
}

/// Bytes that end the fast scan of a string body: `"`, `\` and controls.
const fn stops_string(b: u8) -> bool {
    b == b'"' || b == b'\\' || b < 0x20
}

/// The first index at or after `i` whose byte stops a string body, or `len`.
/// Eight bytes at a time (Mycroft's zero-byte test, as serde_json does).
#[inline]
fn scan_string(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES << 7;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let ctrl = x.wrapping_sub(ONES * 0x20) & !x;
        let q = x ^ (ONES * u64::from(b'"'));
        let quote = q.wrapping_sub(ONES) & !q;
        let s = x ^ (ONES * u64::from(b'\\'));
        let slash = s.wrapping_sub(ONES) & !s;
        let hit = (ctrl | quote | slash) & HIGH;
        if hit != 0 {
            return i + (hit.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if stops_string(b) {
            return i;
        }
        i += 1;
    }
    i
}

impl Parser<'_> {
    fn document(&mut self) -> Result<Node, Failure> {
        self.skip_ws();
        let node = self.tree()?;
        self.skip_ws();
        if self.pos < self.bytes.len() {
            return Err(match self.comment_at(self.pos) {
                Some(f) => f,
                None => (SyntaxErrorKind::TrailingContent, self.pos, self.char_end(self.pos)),
            });
        }
        Ok(node)
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(start + self.off, end + self.off)
    }

    /// One past the character starting at byte `i`.
    fn char_end(&self, i: usize) -> usize {
        i + self.char_at(i).map_or(0, char::len_utf8)
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    /// A comment starting at `i`, if there is one.
    fn comment_at(&self, i: usize) -> Option<Failure> {
        match self.bytes.get(i..i + 2) {
            Some(b"//" | b"/*") => Some((SyntaxErrorKind::Comment, i, i + 2)),
            _ => None,
        }
    }

    /// The fault for a byte at `i` that cannot go where it is, after the
    /// cases every position shares: the end of the text, a comment.
    fn unexpected(&self, i: usize, fault: impl FnOnce(char) -> SyntaxErrorKind) -> Failure {
        if let Some(f) = self.comment_at(i) {
            return f;
        }
        match self.char_at(i) {
            None => (SyntaxErrorKind::UnexpectedEnd, i, i),
            Some(c) => (fault(c), i, i + c.len_utf8()),
        }
    }

    /// The end of a run of word characters (letters, digits, `_`, `.`, `+`,
    /// `-`, anything not ASCII) from `i`; always a character boundary.
    fn word_end(&self, mut i: usize) -> usize {
        while let Some(b) = self.bytes.get(i) {
            if b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-') || *b >= 0x80 {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    /// The value at `self.pos` with everything nested in it. Open
    /// containers wait on an explicit stack rather than in recursive calls,
    /// so nesting costs no machine stack at all.
    fn tree(&mut self) -> Result<Node, Failure> {
        let mut open: Vec<Open> = Vec::new();
        'value: loop {
            let start = self.pos;
            let mut node = match self.peek() {
                Some(b'{') => {
                    self.enter(&open)?;
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() != Some(b'}') {
                        open.push(Open::Object {
                            start,
                            mark: self.members.len(),
                        });
                        self.key(&open)?;
                        continue 'value;
                    }
                    self.pos += 1;
                    Node {
                        span: self.span(start, self.pos),
                        value: Value::Object(Vec::new()),
                    }
                }
                Some(b'[') => {
                    self.enter(&open)?;
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() != Some(b']') {
                        open.push(Open::Array {
                            start,
                            mark: self.nodes.len(),
                        });
                        continue 'value;
                    }
                    self.pos += 1;
                    Node {
                        span: self.span(start, self.pos),
                        value: Value::Array(Vec::new()),
                    }
                }
                Some(b'"') => {
                    let s = self.string()?;
                    self.short(&s, start, &open, false)?;
                    Node {
                        span: self.span(start, self.pos),
                        value: Value::String(s),
                    }
                }
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(b't') => self.literal(b"true", Value::Bool(true))?,
                Some(b'f') => self.literal(b"false", Value::Bool(false))?,
                Some(b'n') => self.literal(b"null", Value::Null)?,
                _ => return Err(self.not_a_value(start)),
            };
            // The value is complete: hand it to its container, then close
            // every container that ends right after it.
            loop {
                let Some(&top) = open.last() else {
                    return Ok(node);
                };
                self.skip_ws();
                let (start, mark, close) = match top {
                    Open::Array { start, mark } => {
                        self.nodes.push(node);
                        (start, mark, b']')
                    }
                    Open::Object { start, mark } => {
                        if let Some(m) = self.members.last_mut() {
                            m.value = node;
                        }
                        (start, mark, b'}')
                    }
                };
                match self.peek() {
                    Some(b',') => {
                        let comma = self.pos;
                        self.pos += 1;
                        self.skip_ws();
                        if self.peek() == Some(close) {
                            return Err((SyntaxErrorKind::TrailingComma(char::from(close)), comma, comma + 1));
                        }
                        if close == b'}' {
                            self.key(&open)?;
                        }
                        continue 'value;
                    }
                    Some(b) if b == close => {
                        self.pos += 1;
                        let span = self.span(start, self.pos);
                        let value = if close == b']' {
                            Value::Array(self.nodes.split_off(mark))
                        } else {
                            Value::Object(self.members.split_off(mark))
                        };
                        node = Node { span, value };
                        open.pop();
                    }
                    _ => return Err(self.unexpected(self.pos, |_| SyntaxErrorKind::MissingComma(char::from(close)))),
                }
            }
        }
    }

    /// A key and its colon at `self.pos` (in the innermost of `open`):
    /// pushes the member, its value to come.
    fn key(&mut self, open: &[Open]) -> Result<(), Failure> {
        let start = self.pos;
        if self.peek() != Some(b'"') {
            return Err(self.not_a_key(start));
        }
        let key = self.string()?;
        self.short(&key, start, open, true)?;
        let key_span = self.span(start, self.pos);
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(self.unexpected(self.pos, |_| SyntaxErrorKind::MissingColon));
        }
        self.pos += 1;
        self.skip_ws();
        self.members.push(Member {
            key,
            key_span,
            value: Node {
                span: key_span,
                value: Value::Null,
            },
        });
        Ok(())
    }

    /// Why the text at `i` does not start a value.
    fn not_a_value(&self, i: usize) -> Failure {
        let word = |f: SyntaxErrorKind| (f, i, self.word_end(i).max(i + 1));
        match self.bytes.get(i) {
            Some(b'\'') => (SyntaxErrorKind::SingleQuotedString, i, i + 1),
            Some(b'+') => word(SyntaxErrorKind::LeadingPlus),
            Some(b'.') if self.bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => word(SyntaxErrorKind::InvalidNumber),
            _ if self.starts_word(i) => self.bare_word(i),
            _ => self.unexpected(i, SyntaxErrorKind::UnexpectedChar),
        }
    }

    /// Whether a letter or `_` starts at `i` (the start of a bare word).
    fn starts_word(&self, i: usize) -> bool {
        self.char_at(i).is_some_and(|c| c.is_alphabetic() || c == '_')
    }

    /// A word where a value should be: `NaN`, `Infinity`, `True`, `undefined`…
    fn bare_word(&self, i: usize) -> Failure {
        let end = self.word_end(i);
        let word = &self.text[i..end];
        let fault = match word {
            "NaN" | "Infinity" | "-Infinity" | "-NaN" => SyntaxErrorKind::NonFiniteNumber,
            _ => SyntaxErrorKind::BareWord(word.chars().take(40).collect::<String>().into()),
        };
        (fault, i, end)
    }

    fn literal(&mut self, lit: &'static [u8], value: Value) -> Result<Node, Failure> {
        let start = self.pos;
        let end = start + lit.len();
        if self.bytes.get(start..end) == Some(lit)
            && !self
                .bytes
                .get(end)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            self.pos = end;
            return Ok(Node {
                span: self.span(start, end),
                value,
            });
        }
        Err(self.bare_word(start))
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Node, Failure> {
        let start = self.pos;
        let bad = |p: &Self, f: SyntaxErrorKind| (f, start, p.word_end(start).max(start + 1));
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                match self.peek() {
                    Some(b'0'..=b'9') => return Err(bad(self, SyntaxErrorKind::LeadingZero)),
                    Some(b'x' | b'X') => return Err(bad(self, SyntaxErrorKind::HexNumber)),
                    _ => {}
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            Some(b'I' | b'N') => return Err(self.bare_word(start)),
            None => return Err((SyntaxErrorKind::UnexpectedEnd, self.pos, self.pos)),
            _ => return Err(bad(self, SyntaxErrorKind::InvalidNumber)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.number_cut(start));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.number_cut(start));
            }
        }
        if self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_'))
        {
            return Err(bad(self, SyntaxErrorKind::InvalidNumber));
        }
        Ok(Node {
            span: self.span(start, self.pos),
            value: Value::Number(self.text[start..self.pos].into()),
        })
    }

    /// A number that stops where a digit must follow (`1.`, `1e`, `-`).
    fn number_cut(&self, start: usize) -> Failure {
        if self.pos >= self.bytes.len() {
            return (SyntaxErrorKind::UnexpectedEnd, self.pos, self.pos);
        }
        (
            SyntaxErrorKind::InvalidNumber,
            start,
            self.word_end(start).max(self.pos),
        )
    }

    /// A string at `self.pos` (its opening quote), unescaped.
    #[inline]
    fn string(&mut self) -> Result<Box<str>, Failure> {
        let open = self.pos;
        let body = open + 1;
        let i = scan_string(self.bytes, body);
        match self.bytes.get(i) {
            Some(b'"') => {
                self.pos = i + 1;
                Ok(self.text[body..i].into())
            }
            _ => self.string_slow(open, i),
        }
    }

    /// The rest of a string with escapes (or an error), from `i`, the first stop byte.
    #[cold]
    fn string_slow(&mut self, open: usize, mut i: usize) -> Result<Box<str>, Failure> {
        let mut out = String::with_capacity(i - open + 16);
        let mut from = open + 1;
        loop {
            out.push_str(&self.text[from..i]);
            match self.bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(out.into_boxed_str());
                }
                Some(b'\\') => {
                    i = self.escape(i, &mut out)?;
                    from = i;
                    i = scan_string(self.bytes, i);
                }
                Some(&b) => return Err((SyntaxErrorKind::ControlCharacter(char::from(b)), i, i + 1)),
                None => return Err((SyntaxErrorKind::UnexpectedEnd, i, i)),
            }
        }
    }

    /// One escape at `i` (its backslash) into `out`; returns the index after it.
    fn escape(&self, i: usize, out: &mut String) -> Result<usize, Failure> {
        let c = match self.bytes.get(i + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let (c, next) = self.unicode_escape(i)?;
                out.push(c);
                return Ok(next);
            }
            None => return Err((SyntaxErrorKind::UnexpectedEnd, i + 1, i + 1)),
            Some(_) => {
                let (fault, _, end) = self.unexpected(i + 1, |c| {
                    if u32::from(c) < 0x20 {
                        SyntaxErrorKind::ControlCharacter(c)
                    } else {
                        SyntaxErrorKind::InvalidEscape(c)
                    }
                });
                return Err((fault, i, end));
            }
        };
        out.push(c);
        Ok(i + 2)
    }

    /// Four hex digits after `\u` at `i`.
    fn hex4(&self, i: usize) -> Result<u32, Failure> {
        let mut n = 0;
        for k in i + 2..i + 6 {
            let d = match self.bytes.get(k) {
                Some(&b) => char::from(b).to_digit(16),
                None => return Err((SyntaxErrorKind::UnexpectedEnd, k, k)),
            };
            match d {
                Some(d) => n = n * 16 + d,
                None => return Err((SyntaxErrorKind::InvalidUnicodeEscape, i, self.char_end(k))),
            }
        }
        Ok(n)
    }

    /// `\uXXXX` at `i`, or a surrogate pair `\uD83D\uDE00`.
    fn unicode_escape(&self, i: usize) -> Result<(char, usize), Failure> {
        let n = self.hex4(i)?;
        let lone = (SyntaxErrorKind::LoneSurrogate, i, i + 6);
        match n {
            0xD800..=0xDBFF => {
                match self.bytes.get(i + 6..i + 8) {
                    Some(b"\\u") => {}
                    // The text stops before the pair is complete.
                    None if b"\\u".starts_with(&self.bytes[i + 6..]) => {
                        return Err((SyntaxErrorKind::UnexpectedEnd, self.bytes.len(), self.bytes.len()))
                    }
                    _ => return Err(lone),
                }
                let m = self.hex4(i + 6)?;
                if !(0xDC00..=0xDFFF).contains(&m) {
                    return Err(lone);
                }
                let c = 0x10000 + ((n - 0xD800) << 10) + (m - 0xDC00);
                char::from_u32(c).map(|c| (c, i + 12)).ok_or(lone)
            }
            0xDC00..=0xDFFF => Err(lone),
            _ => char::from_u32(n).map(|c| (c, i + 6)).ok_or(lone),
        }
    }

    /// Checks the depth limit before a container at `self.pos` is opened
    /// inside the `open` ones.
    fn enter(&self, open: &[Open]) -> Result<(), Failure> {
        if open.len() >= self.max_depth {
            let e = Exceeded::new(Limit::Depth, self.max_depth, self.pointer(open, open.len()));
            return Err((SyntaxErrorKind::Exceeded(e), self.pos, self.pos + 1));
        }
        Ok(())
    }

    /// Checks the string length limit for the string `s` that starts at
    /// `start` (a key of the innermost of `open`, or the value to come).
    fn short(&self, s: &str, start: usize, open: &[Open], key: bool) -> Result<(), Failure> {
        if s.len() <= self.max_string {
            return Ok(());
        }
        // A key's pointer is its object's: the key itself is too long to quote.
        let levels = if key { open.len().saturating_sub(1) } else { open.len() };
        let mut e = Exceeded::new(Limit::StringLength, self.max_string, self.pointer(open, levels));
        e.key = key;
        Err((SyntaxErrorKind::Exceeded(e), start, self.pos))
    }

    /// The JSON Pointer of the value to come in the innermost of the first
    /// `levels` containers of `open` (all of them: the value being read).
    fn pointer(&self, open: &[Open], levels: usize) -> String {
        let mut out = String::new();
        for (i, o) in open.iter().enumerate().take(levels) {
            match *o {
                Open::Array { mark, .. } => {
                    // Its elements so far: up to the next open array's.
                    let end = open[i + 1..]
                        .iter()
                        .find_map(|o| match o {
                            Open::Array { mark, .. } => Some(*mark),
                            Open::Object { .. } => None,
                        })
                        .unwrap_or(self.nodes.len());
                    push_seg(&mut out, Seg::Index(end.saturating_sub(mark)));
                }
                Open::Object { .. } => {
                    // Its member being read: the last before the next open object's.
                    let end = open[i + 1..]
                        .iter()
                        .find_map(|o| match o {
                            Open::Object { mark, .. } => Some(*mark),
                            Open::Array { .. } => None,
                        })
                        .unwrap_or(self.members.len());
                    let key = end
                        .checked_sub(1)
                        .and_then(|k| self.members.get(k))
                        .map_or("", |m| &m.key);
                    push_seg(&mut out, Seg::Key(key));
                }
            }
        }
        out
    }

    /// Why the text at `i` does not start an object key.
    fn not_a_key(&self, i: usize) -> Failure {
        match self.bytes.get(i) {
            Some(b'\'') => (SyntaxErrorKind::SingleQuotedString, i, i + 1),
            Some(b'0'..=b'9' | b'$') => (SyntaxErrorKind::UnquotedKey, i, self.word_end(i)),
            _ if self.starts_word(i) => (SyntaxErrorKind::UnquotedKey, i, self.word_end(i)),
            _ => self.unexpected(i, SyntaxErrorKind::UnexpectedChar),
        }
    }
}
