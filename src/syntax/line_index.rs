//! Byte offsets ⇄ line and column, indexed once per document.
//!
//! Two coordinate systems are offered, both ways:
//! - 1-based line and 1-based column counting Unicode scalar values
//!   (characters), as diagnostics print them: tabs and Chinese text do not
//!   shift them ([`LineIndex::line_col`], [`LineIndex::offset`]);
//! - 0-based line and 0-based column counting UTF-16 code units, as the
//!   Language Server Protocol and JavaScript strings count
//!   ([`LineIndex::utf16`], [`LineIndex::offset_utf16`]).
//!
//! `\r\n`, `\n` and a lone `\r` end a line. Every conversion clamps input
//! that is out of range (past the end, inside a character, past a line's
//! end) to the nearest valid place and never panics. On an ASCII line a
//! column is a subtraction, so one long minified line with many lookups
//! stays linear; other lines are counted from their start.
//!
//! [`utf16_to_byte`] and [`byte_to_utf16`] convert whole-text offsets
//! between UTF-8 bytes (the core's spans) and UTF-16 code units (JavaScript
//! string indices).

/// Line starts of one text.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct LineIndex {
    /// Byte offset of the first byte of each line.
    starts: Vec<usize>,
    /// Whether each line (its terminator included) is ASCII.
    ascii: Vec<bool>,
}

/// A 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// Whether one of the eight bytes of `word` is `\n` or `\r` (a zero byte
/// after XOR with the terminator, found by the usual bit trick).
fn ends_a_line(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    has_zero(word ^ (ONES * u64::from(b'\n'))) || has_zero(word ^ (ONES * u64::from(b'\r')))
}

/// `offset` clamped to the text and moved back to a character boundary.
fn floor(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl LineIndex {
    /// Indexes `text` in one pass.
    ///
    /// ```
    /// use deploylint::query::LineIndex;
    ///
    /// let ix = LineIndex::new("a\r\nb\nc");
    /// assert_eq!(ix.line_count(), 3);
    /// ```
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while none of them ends a line.
            if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
                if !ends_a_line(u64::from_le_bytes(word)) {
                    i += 8;
                    continue;
                }
            }
            for j in i..(i + 8).min(bytes.len()) {
                let ends = match bytes[j] {
                    b'\n' => true,
                    b'\r' => bytes.get(j + 1) != Some(&b'\n'),
                    _ => false,
                };
                if ends {
                    starts.push(j + 1);
                }
            }
            i += 8;
        }
        // Whether each line (its terminator included) is ASCII: all of
        // them in one check, the usual case.
        let ascii = if text.is_ascii() {
            vec![true; starts.len()]
        } else {
            let ends = starts.iter().skip(1).copied().chain([bytes.len()]);
            starts.iter().zip(ends).map(|(&a, b)| bytes[a..b].is_ascii()).collect()
        };
        LineIndex { starts, ascii }
    }

    /// The number of lines: one more than the number of line terminators.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The bytes of 1-based line `line`, its terminator excluded (`0` reads
    /// as line 1, a line past the last as the last).
    ///
    /// ```
    /// use deploylint::query::LineIndex;
    ///
    /// let text = "a\r\nbc\nd";
    /// let ix = LineIndex::new(text);
    /// assert_eq!((ix.line_range(text, 1), ix.line_range(text, 2), ix.line_range(text, 9)), (0..1, 3..5, 6..7));
    /// ```
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let (start, end) = self.content(text, self.clamp(line));
        start..end
    }

    /// The byte where 1-based line `line` starts (clamped as [`LineIndex::line_range`]).
    ///
    /// ```
    /// use deploylint::query::LineIndex;
    ///
    /// let ix = LineIndex::new("a\r\nbc\nd");
    /// assert_eq!((ix.line_start(1), ix.line_start(2), ix.line_start(3)), (0, 3, 6));
    /// ```
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[self.clamp(line)]
    }

    /// The 0-based index of 1-based line `line`, clamped to the lines there are.
    fn clamp(&self, line: usize) -> usize {
        line.saturating_sub(1).min(self.starts.len() - 1)
    }

    /// The 0-based line holding byte `offset` (a clamped, boundary offset).
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// The byte range of 0-based line `line`'s content, terminator excluded.
    fn content(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts[line];
        let end = match self.starts.get(line + 1) {
            Some(&next) => {
                let b = text.as_bytes();
                if next >= 2 && b.get(next - 2) == Some(&b'\r') && b.get(next - 1) == Some(&b'\n') {
                    next - 2
                } else {
                    next - 1
                }
            }
            None => text.len(),
        };
        (start, end.max(start))
    }

    /// The 1-based line of byte `offset` (clamped to the text): a binary
    /// search, whatever the line's length.
    pub fn line(&self, text: &str, offset: usize) -> usize {
        self.line_of(floor(text, offset)) + 1
    }

    /// The line and character column of byte `offset` (clamped to the text,
    /// and moved back to a character boundary).
    ///
    /// ```
    /// use deploylint::query::{LineCol, LineIndex};
    ///
    /// let text = "名称: x\nb: 1";
    /// let ix = LineIndex::new(text);
    /// assert_eq!(ix.line_col(text, text.find('x').unwrap()), LineCol { line: 1, column: 5 });
    /// assert_eq!(ix.line_col(text, 999), LineCol { line: 2, column: 5 });
    /// ```
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor(text, offset);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = if self.ascii[line] {
            offset - start + 1
        } else {
            text[start..offset].chars().count() + 1
        };
        LineCol { line: line + 1, column }
    }

    /// The byte offset of 1-based `line` and 1-based character `column`:
    /// the reverse of [`LineIndex::line_col`]. A line or column of 0 counts
    /// as 1; a line past the last gives the end of the text; a column past
    /// the end of its line gives the line's end (before its terminator).
    ///
    /// ```
    /// use deploylint::query::LineIndex;
    ///
    /// let text = "名称: x\r\nb: 1";
    /// let ix = LineIndex::new(text);
    /// assert_eq!(ix.offset(text, 1, 5), text.find('x').unwrap());
    /// assert_eq!(ix.offset(text, 1, 99), text.find('\r').unwrap());
    /// assert_eq!(ix.offset(text, 9, 1), text.len());
    /// ```
    pub fn offset(&self, text: &str, line: usize, column: usize) -> usize {
        let Some(line) = line.max(1).checked_sub(1).filter(|&l| l < self.starts.len()) else {
            return text.len();
        };
        let (start, end) = self.content(text, line);
        let skip = column.max(1) - 1;
        if self.ascii[line] {
            return start + skip.min(end - start);
        }
        text[start..end]
            .char_indices()
            .nth(skip)
            .map_or(end, |(b, _)| start + b)
    }

    /// The 0-based line and UTF-16 column of byte `offset`, as LSP counts
    /// (clamped to the text and moved back to a character boundary).
    ///
    /// ```
    /// use deploylint::query::LineIndex;
    ///
    /// let text = "a: \"😀\"\nb: 1";
    /// let ix = LineIndex::new(text);
    /// // The emoji is two UTF-16 code units.
    /// assert_eq!(ix.utf16(text, text.rfind('"').unwrap()), (0, 6));
    /// assert_eq!(ix.utf16(text, text.find('b').unwrap()), (1, 0));
    /// ```
    pub fn utf16(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = floor(text, offset);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let col = if self.ascii[line] {
            offset - start
        } else {
            text[start..offset].chars().map(char::len_utf16).sum()
        };
        (saturate(line), saturate(col))
    }

    /// Where each of `offsets` is, in both coordinate systems at once: its
    /// 1-based line and character column (as [`LineIndex::line_col`]) and
    /// its 0-based UTF-16 column (as [`LineIndex::utf16`]), in the order
    /// given. The offsets are visited in text order with a cursor that only
    /// moves forward within a line, so the cost is one pass over the text
    /// plus a sort, whatever their number: a thousand findings on one long
    /// non-ASCII line stay linear, where a lookup each would count the line
    /// from its start every time.
    ///
    /// ```
    /// use deploylint::query::{LineCol, LineIndex};
    ///
    /// let text = "名称: \"😀\"\nb: 1";
    /// let ix = LineIndex::new(text);
    /// let at = [text.find('b').unwrap(), text.rfind('"').unwrap()];
    /// assert_eq!(
    ///     ix.locate_all(text, &at),
    ///     [(LineCol { line: 2, column: 1 }, 0), (LineCol { line: 1, column: 7 }, 7)]
    /// );
    /// ```
    pub fn locate_all(&self, text: &str, offsets: &[usize]) -> Vec<(LineCol, u32)> {
        let clamped: Vec<usize> = offsets.iter().map(|&o| floor(text, o)).collect();
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_unstable_by_key(|&i| clamped[i]);
        let mut out = vec![(LineCol { line: 1, column: 1 }, 0); offsets.len()];
        // The cursor: a line, a byte position on it, and the characters and
        // UTF-16 units from the line's start to that position.
        let (mut line, mut pos, mut chars, mut units) = (usize::MAX, 0, 0, 0);
        for i in order {
            let offset = clamped[i];
            let l = self.line_of(offset);
            if l != line {
                (line, pos, chars, units) = (l, self.starts[l], 0, 0);
            }
            if self.ascii[l] {
                chars = offset - self.starts[l];
                units = chars;
            } else {
                for c in text[pos..offset].chars() {
                    chars += 1;
                    units += c.len_utf16();
                }
            }
            pos = offset;
            out[i] = (
                LineCol {
                    line: l + 1,
                    column: chars + 1,
                },
                saturate(units),
            );
        }
        out
    }

    /// The byte offset of 0-based `line` and UTF-16 `character`, as LSP
    /// counts: the reverse of [`LineIndex::utf16`]. A line past the last
    /// gives the end of the text; a character past the end of its line gives
    /// the line's end (before its terminator), as LSP prescribes; a
    /// character inside a surrogate pair gives the start of that character.
    ///
    /// ```
    /// use deploylint::query::LineIndex;
    ///
    /// let text = "a: \"😀\"\r\nb: 1";
    /// let ix = LineIndex::new(text);
    /// assert_eq!(ix.offset_utf16(text, 0, 6), text.rfind('"').unwrap());
    /// assert_eq!(ix.offset_utf16(text, 0, 5), text.find('😀').unwrap());
    /// assert_eq!(ix.offset_utf16(text, 0, 99), text.find('\r').unwrap());
    /// assert_eq!(ix.offset_utf16(text, 7, 0), text.len());
    /// ```
    pub fn offset_utf16(&self, text: &str, line: u32, character: u32) -> usize {
        let line = line as usize;
        if line >= self.starts.len() {
            return text.len();
        }
        let (start, end) = self.content(text, line);
        let want = character as usize;
        if self.ascii[line] {
            return start + want.min(end - start);
        }
        units_to_byte(&text[start..end], want) + start
    }
}

/// A count as `u32`, saturating (texts beyond 4 GiB are not expected).
fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The byte offset in `s` after `units` UTF-16 code units (clamped to the
/// end; inside a surrogate pair: the start of that character).
fn units_to_byte(s: &str, units: usize) -> usize {
    let mut seen = 0;
    for (b, c) in s.char_indices() {
        seen += c.len_utf16();
        if seen > units {
            return b;
        }
    }
    s.len()
}

/// The byte offset of the JavaScript string index `units` (UTF-16 code
/// units) in `text`: clamped to the end; an index inside a surrogate pair
/// gives the start of that character.
///
/// ```
/// use deploylint::query::utf16_to_byte;
///
/// let text = "😀名x";
/// assert_eq!(utf16_to_byte(text, 2), 4); // after the emoji (2 units, 4 bytes)
/// assert_eq!(utf16_to_byte(text, 3), 7); // after 名 (1 unit, 3 bytes)
/// assert_eq!(utf16_to_byte(text, 1), 0); // inside the surrogate pair
/// assert_eq!(utf16_to_byte(text, 99), text.len());
/// ```
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    if text.is_ascii() {
        return units.min(text.len());
    }
    units_to_byte(text, units)
}

/// The JavaScript string index (UTF-16 code units) of byte `offset` in
/// `text`: clamped to the end and moved back to a character boundary.
///
/// ```
/// use deploylint::query::byte_to_utf16;
///
/// let text = "😀名x";
/// assert_eq!(byte_to_utf16(text, 7), 3);
/// assert_eq!(byte_to_utf16(text, 5), 2); // inside 名: its start
/// assert_eq!(byte_to_utf16(text, 99), 4);
/// ```
pub fn byte_to_utf16(text: &str, offset: usize) -> usize {
    let offset = floor(text, offset);
    let head = &text[..offset];
    if head.is_ascii() {
        return offset;
    }
    head.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_at_every_terminator() {
        // Terminators at every place in and across the eight-byte words.
        let t = "0123456\r\n89abcd\ref\n\n\r\r\n名称\r";
        let ix = LineIndex::new(t);
        let mut expected = vec![0];
        for (i, b) in t.bytes().enumerate() {
            if b == b'\n' || (b == b'\r' && t.as_bytes().get(i + 1) != Some(&b'\n')) {
                expected.push(i + 1);
            }
        }
        assert_eq!(ix.starts, expected);
        let ascii: Vec<bool> = (0..expected.len())
            .map(|k| t.as_bytes()[expected[k]..expected.get(k + 1).copied().unwrap_or(t.len())].is_ascii())
            .collect();
        assert_eq!(ix.ascii, ascii);
        assert_eq!(ix.ascii.last(), Some(&true));
    }

    #[test]
    fn locate_all_agrees_with_one_lookup_at_a_time() {
        let t = "{\n\t\"描述\": \"😀x\",\r\n  \"x\": 2\r}\u{fbaba}\u{fbaba} é";
        let ix = LineIndex::new(t);
        // Every offset, inside characters and past the end included, in an awkward order.
        let mut offsets: Vec<usize> = (0..t.len() + 3).rev().collect();
        offsets.extend([5, 0, 5, t.len(), 1]);
        let one_at_a_time: Vec<_> = offsets.iter().map(|&o| (ix.line_col(t, o), ix.utf16(t, o).1)).collect();
        assert_eq!(ix.locate_all(t, &offsets), one_at_a_time);
        assert_eq!(ix.locate_all(t, &[]), []);
    }

    #[test]
    fn columns_count_characters() {
        let t = "{\n\t\"描述\": 1,\r\n  \"x\": 2\r}";
        let ix = LineIndex::new(t);
        assert_eq!(ix.line_col(t, 0), LineCol { line: 1, column: 1 });
        let one = t.find('1').unwrap();
        assert_eq!(ix.line_col(t, one), LineCol { line: 2, column: 8 });
        let x = t.find("\"x\"").unwrap();
        assert_eq!(ix.line_col(t, x), LineCol { line: 3, column: 3 });
        let close = t.find('}').unwrap();
        assert_eq!(ix.line_col(t, close), LineCol { line: 4, column: 1 });
        assert_eq!(ix.utf16(t, one), (1, 7));
    }

    #[test]
    fn every_offset_round_trips() {
        for t in [
            "",
            "\n",
            "\r\n\r\n",
            "a\rb",
            "{\n\t\"描述\": \"😀\",\r\n  \"x\": 2\r}",
            "😀😀\n名\r\n",
        ] {
            let ix = LineIndex::new(t);
            for off in (0..=t.len()).filter(|&o| t.is_char_boundary(o)) {
                let lc = ix.line_col(t, off);
                let (l, c) = ix.utf16(t, off);
                // An offset between `\r` and `\n` is not a position of its own.
                let expected = if off > 0 && t[..off].ends_with('\r') && t[off..].starts_with('\n') {
                    off - 1
                } else {
                    off
                };
                assert_eq!(ix.offset(t, lc.line, lc.column), expected, "{t:?} {off}");
                assert_eq!(ix.offset_utf16(t, l, c), expected, "{t:?} {off}");
                assert_eq!(utf16_to_byte(t, byte_to_utf16(t, off)), off, "{t:?} {off}");
            }
        }
    }

    #[test]
    fn out_of_range_is_clamped() {
        let t = "ab\n名";
        let ix = LineIndex::new(t);
        assert_eq!(ix.offset(t, 0, 0), 0);
        assert_eq!(ix.offset(t, 2, 2), t.len());
        assert_eq!(ix.offset(t, 2, 9), t.len());
        assert_eq!(ix.offset(t, usize::MAX, usize::MAX), t.len());
        assert_eq!(ix.offset_utf16(t, u32::MAX, u32::MAX), t.len());
        assert_eq!(ix.line_col(t, 4), LineCol { line: 2, column: 1 });
        assert_eq!(ix.utf16(t, usize::MAX), (1, 1));
        assert_eq!(byte_to_utf16(t, 4), 3);
    }
}
