//! A number in a message or a field's documentation as people read it:
//! exactly what Rust's `{}` prints for an `f64` (`1000`, `0.01`, `1e-7` as
//! `0.0000001`, never an exponent), from the shortest digits that
//! serde_json's float printer (zmij) finds.
//!
//! Why not `format!("{x}")`: it links core's own float printer (Grisu with a
//! Dragon fallback, about 18 kB of code and its tables) beside serde_json's,
//! which the core needs anyway; in the WebAssembly package that was 9.1 kB
//! gzipped of a 300 kB budget (docs/performance.md). The digits are the same
//! (both print the shortest digits that read back to the same `f64`; where
//! two 17-digit forms do, the last digit may differ, and both are exact);
//! this file only places the decimal point, and a test compares it with
//! `{}` on a million values.

use std::fmt;

/// An `f64` that displays as Rust's `{}` does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Decimal(pub f64);

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&plain(self.0))
    }
}

/// `x` as Rust's `{}` prints it.
pub(crate) fn plain(x: f64) -> String {
    let Some(n) = serde_json::Number::from_f64(x) else {
        // Not finite.
        return match (x.is_nan(), x > 0.0) {
            (true, _) => "NaN",
            (false, true) => "inf",
            (false, false) => "-inf",
        }
        .to_owned();
    };
    let printed = n.to_string();
    let (negative, unsigned) = match printed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, printed.as_str()),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    // The decimal point stands `point` digits into `digits`.
    let mut point = whole.len() as i64 + exponent;
    let significant = digits.trim_start_matches('0');
    point -= (digits.len() - significant.len()) as i64;
    let significant = significant.trim_end_matches('0');
    let mut out = String::with_capacity(significant.len() + 4);
    if negative {
        out.push('-');
    }
    if significant.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(significant);
    } else if point as usize >= significant.len() {
        out.push_str(significant);
        out.extend(std::iter::repeat_n('0', point as usize - significant.len()));
    } else {
        let (a, b) = significant.split_at(point as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn prints_what_rust_prints() {
        let fixed = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.01,
            0.1 + 0.2,
            10.0,
            1000.0,
            1_024_000.0,
            65535.0,
            123.456,
            1e15,
            1e16,
            1e21,
            1e22,
            1e-7,
            1.5e-7,
            1e-300,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for x in fixed {
            assert_eq!(plain(x), format!("{x}"), "{x:e}");
        }
        // Every kind of bit pattern (a xorshift over all 64 bits), and
        // decimals as bodies write them.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut ties = 0;
        for i in 0..500_000u64 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            let (ours, rusts) = (plain(x), format!("{x}"));
            if ours != rusts {
                // Two shortest forms read back to `x`; at 17 digits core and
                // zmij may pick a different last digit. Both are exact.
                assert_eq!(ours.len(), rusts.len(), "{x:e}: {ours} vs {rusts}");
                assert_eq!(ours.parse::<f64>().ok(), Some(x), "{x:e}: {ours}");
                ties += 1;
            }
            let y = (i as f64) / 100.0 - 2500.0;
            assert_eq!(plain(y), format!("{y}"), "{y:e}");
        }
        assert!(ties < 5_000, "{ties} of 500,000 differ in their last digit");
    }
}
