//! XML 1.0 character rules, for checking the JUnit output: every character,
//! written or referenced (`&#N;`, `&#xN;`), must be a `Char`
//! (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`).

/// Whether `c` is an XML 1.0 `Char`.
pub fn is_char(c: u32) -> bool {
    matches!(c, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// `Ok` when `text` writes and references only XML 1.0 characters; else the first offender.
pub fn chars_ok(text: &str) -> Result<(), String> {
    if let Some((i, c)) = text.char_indices().find(|&(_, c)| !is_char(c as u32)) {
        return Err(format!("character U+{:04X} at byte {i}", c as u32));
    }
    let mut rest = text;
    while let Some(at) = rest.find("&#") {
        let tail = &rest[at + 2..];
        let end = tail.find(';').unwrap_or(tail.len());
        let digits = &tail[..end];
        let n = match digits.strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16),
            None => digits.parse(),
        };
        match n {
            Ok(n) if is_char(n) => {}
            _ => return Err(format!("character reference `&#{digits};`")),
        }
        rest = &tail[end..];
    }
    Ok(())
}
