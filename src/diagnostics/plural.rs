//! English count agreement for messages that carry a number: `1 byte`,
//! `2 bytes`; `1 is given`, `2 are given`. (Chinese needs none: `1 个`.)

/// `n` with the noun that agrees with it: `count(1, "byte", "bytes")` is `1 byte`.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The verb *be* that agrees with `n`: `is` for 1, else `are`.
pub(crate) fn be(n: usize) -> &'static str {
    if n == 1 {
        "is"
    } else {
        "are"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1, "byte", "bytes"), "1 byte");
        assert_eq!(count(0, "byte", "bytes"), "0 bytes");
        assert_eq!(count(2, "byte", "bytes"), "2 bytes");
        assert_eq!((be(0), be(1), be(2)), ("are", "is", "are"));
    }
}
