//! Byte offset → line and column, computed once per document.
//!
//! Lines are 1-based. Columns are 1-based and count Unicode scalar values
//! (characters), so tabs and Chinese text do not shift them; a UTF-16 column
//! is available for LSP clients. `\r\n`, `\n` and lone `\r` end a line.

/// Line starts of one text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Whether each line is ASCII: then a column is a subtraction, so one
    /// long minified line with many findings stays linear.
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

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let ascii = starts
            .iter()
            .enumerate()
            .map(|(i, &s)| text.as_bytes()[s..starts.get(i + 1).copied().unwrap_or(text.len())].is_ascii())
            .collect();
        LineIndex { starts, ascii }
    }

    /// The line and character column of byte `offset` (clamped to the text,
    /// and moved back to a character boundary).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = if self.ascii[line] {
            offset - start + 1
        } else {
            text[start..offset].chars().count() + 1
        };
        LineCol { line: line + 1, column }
    }

    /// The 0-based line and UTF-16 column of byte `offset`, as LSP counts.
    pub fn utf16(&self, text: &str, offset: usize) -> (u32, u32) {
        let lc = self.line_col(text, offset);
        let start = self.starts[lc.line - 1];
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let col: usize = text[start..end].chars().map(char::len_utf16).sum();
        ((lc.line - 1) as u32, col as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
