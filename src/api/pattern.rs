//! The spec's string patterns, compiled when the crate is compiled.
//!
//! Every pattern in the specs is an anchored ASCII expression of a small
//! subset of the syntax shared by the `regex` crate and ECMA-262:
//! `^`, then literals, escaped punctuation, classes of ranges and literals
//! (`[a-z0-9_-]`), groups and the quantifiers `*`, `+` and `?`, then an
//! optional `$`. [`Program::compile`] is a `const fn`: a pattern outside the
//! subset fails the build, and a body costs no pattern compilation at run
//! time. Matching simulates the pattern's NFA with one bit per instruction
//! (Thompson's construction, as the `regex` crate's PikeVM does), so it is
//! linear in the text whatever the pattern. A test compares it with the
//! `regex` crate on every spec pattern.

/// Most instructions a pattern compiles to: a set of them is one `u64`.
const MAX: usize = 64;

/// One instruction of a compiled pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Inst {
    /// One byte of the set (bit `b` of the `u128` for the ASCII byte `b`).
    Byte(u128),
    /// Goes on at both.
    Split(u8, u8),
    /// Goes on at.
    Jmp(u8),
    /// Only at the end of the text (`$`).
    End,
    /// The pattern matched.
    Match,
}

/// A compiled pattern.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Program {
    insts: [Inst; MAX],
    len: usize,
    /// For each instruction, what it reaches without a byte (computed once, at build time).
    closures: [Closure; MAX],
}

/// What an instruction reaches without reading a byte.
#[derive(Clone, Copy, Debug)]
struct Closure {
    /// The `Byte` instructions, one bit each.
    bytes: u64,
    /// Whether it reaches `Match` (the pattern matched, whatever follows).
    matched: bool,
    /// Whether it reaches `Match` through `End` (matched if at the end of the text).
    matched_at_end: bool,
}

const NO_CLOSURE: Closure = Closure {
    bytes: 0,
    matched: false,
    matched_at_end: false,
};

/// Adds to `out` what `pc` reaches without a byte; `seen` for each of before and after `End`.
const fn close(prog: &Program, pc: usize, after_end: bool, seen: &mut [u64; 2], out: &mut Closure) {
    let k = after_end as usize;
    if pc >= prog.len || (seen[k] >> pc) & 1 == 1 {
        return;
    }
    seen[k] |= 1 << pc;
    match prog.insts[pc] {
        // Nothing is read after the end.
        Inst::Byte(_) if after_end => {}
        Inst::Byte(_) => out.bytes |= 1 << pc,
        Inst::Match if after_end => out.matched_at_end = true,
        Inst::Match => out.matched = true,
        Inst::End => close(prog, pc + 1, true, seen, out),
        Inst::Jmp(t) => close(prog, t as usize, after_end, seen, out),
        Inst::Split(a, b) => {
            close(prog, a as usize, after_end, seen, out);
            close(prog, b as usize, after_end, seen, out);
        }
    }
}

/// The compiler's state: the pattern's bytes, where it is, and the program so far.
struct Compiler {
    src: &'static [u8],
    at: usize,
    prog: Program,
}

/// Bytes with a meaning of their own in the syntax: escaped to be literals.
const fn special(b: u8) -> bool {
    matches!(
        b,
        b'\\' | b'.' | b'+' | b'*' | b'?' | b'(' | b')' | b'|' | b'[' | b']' | b'{' | b'}' | b'^' | b'$'
    )
}

/// The byte after `\` as a literal: only escaped punctuation is in the subset.
const fn escaped(b: u8) -> u8 {
    if b.is_ascii_punctuation() {
        b
    } else {
        panic!("pattern: only punctuation may be escaped (no \\d, \\w, \\s, ...)")
    }
}

const fn bit(b: u8) -> u128 {
    if b >= 128 {
        panic!("pattern: only ASCII is supported");
    }
    1u128 << b
}

impl Compiler {
    const fn peek(&self) -> Option<u8> {
        if self.at < self.src.len() {
            Some(self.src[self.at])
        } else {
            None
        }
    }

    const fn next(&mut self) -> u8 {
        match self.peek() {
            Some(b) => {
                self.at += 1;
                b
            }
            None => panic!("pattern: unexpected end"),
        }
    }

    const fn push(&mut self, inst: Inst) {
        if self.prog.len == MAX {
            panic!("pattern: too long (at most 64 instructions)");
        }
        self.prog.insts[self.prog.len] = inst;
        self.prog.len += 1;
    }

    /// Inserts `inst` at `at`, moving the instructions from there one on
    /// (and the jumps into them).
    const fn insert(&mut self, at: usize, inst: Inst) {
        self.push(Inst::Match);
        let mut i = self.prog.len - 1;
        while i > at {
            self.prog.insts[i] = shifted(self.prog.insts[i - 1], at);
            i -= 1;
        }
        self.prog.insts[at] = inst;
    }

    /// `[...]`: ranges and literals; `-` first or last is a literal.
    const fn class(&mut self) -> u128 {
        let mut set = 0u128;
        let mut first = true;
        loop {
            let b = self.next();
            let lo = match b {
                b']' if !first => return set,
                b'^' if first => panic!("pattern: negated classes are not supported"),
                b'[' | b']' => panic!("pattern: `[` and `]` in a class must be escaped"),
                b'\\' => escaped(self.next()),
                _ => b,
            };
            first = false;
            let range =
                matches!(self.peek(), Some(b'-')) && self.at + 1 < self.src.len() && self.src[self.at + 1] != b']';
            if range {
                self.at += 1;
                let hi = match self.next() {
                    b'\\' => escaped(self.next()),
                    b'[' => panic!("pattern: `[` in a class must be escaped"),
                    hi => hi,
                };
                if hi < lo {
                    panic!("pattern: a range's end is before its start");
                }
                let mut c = lo;
                while c <= hi {
                    set |= bit(c);
                    c += 1;
                }
            } else {
                set |= bit(lo);
            }
        }
    }

    /// A sequence of quantified atoms, up to `)`, a final `$` or the end.
    const fn seq(&mut self, depth: usize) {
        loop {
            let start = self.prog.len;
            match self.peek() {
                None => return,
                Some(b')') if depth > 0 => return,
                Some(b'$') if self.at + 1 == self.src.len() => return,
                Some(b'(') => {
                    self.at += 1;
                    if matches!(self.peek(), Some(b'?')) {
                        panic!("pattern: group flags and non-capturing groups are not supported");
                    }
                    self.seq(depth + 1);
                    if self.next() != b')' {
                        panic!("pattern: unclosed group");
                    }
                }
                Some(b'[') => {
                    self.at += 1;
                    let set = self.class();
                    self.push(Inst::Byte(set));
                }
                Some(b'\\') => {
                    self.at += 1;
                    let b = escaped(self.next());
                    self.push(Inst::Byte(bit(b)));
                }
                Some(b) => {
                    if special(b) {
                        panic!("pattern: unsupported syntax (only literals, classes, groups, *, + and ?)");
                    }
                    self.at += 1;
                    self.push(Inst::Byte(bit(b)));
                }
            }
            match self.peek() {
                Some(b'*') => {
                    self.at += 1;
                    // L: split(L+1, out); atom; jmp L; out:
                    self.insert(start, Inst::Split(0, 0));
                    self.push(Inst::Jmp(start as u8));
                    self.prog.insts[start] = Inst::Split(start as u8 + 1, self.prog.len as u8);
                }
                Some(b'+') => {
                    self.at += 1;
                    // L: atom; split(L, out); out:
                    let out = self.prog.len + 1;
                    self.push(Inst::Split(start as u8, out as u8));
                }
                Some(b'?') => {
                    self.at += 1;
                    // split(L+1, out); atom; out:
                    self.insert(start, Inst::Split(0, 0));
                    self.prog.insts[start] = Inst::Split(start as u8 + 1, self.prog.len as u8);
                }
                _ => {}
            }
            if matches!(self.peek(), Some(b'*' | b'+' | b'?' | b'{')) {
                panic!("pattern: lazy, repeated and counted quantifiers are not supported");
            }
        }
    }
}

/// `inst` moved one on by an insertion at `at`.
const fn shifted(inst: Inst, at: usize) -> Inst {
    const fn on(t: u8, at: usize) -> u8 {
        if t as usize >= at {
            t + 1
        } else {
            t
        }
    }
    match inst {
        Inst::Split(a, b) => Inst::Split(on(a, at), on(b, at)),
        Inst::Jmp(t) => Inst::Jmp(on(t, at)),
        other => other,
    }
}

impl Program {
    /// Compiles `regex`; a pattern outside the subset is a panic, so a
    /// `static` pattern outside it fails the build.
    pub(crate) const fn compile(regex: &'static str) -> Program {
        let mut c = Compiler {
            src: regex.as_bytes(),
            at: 0,
            prog: Program {
                insts: [Inst::Match; MAX],
                len: 0,
                closures: [NO_CLOSURE; MAX],
            },
        };
        if !matches!(c.peek(), Some(b'^')) {
            panic!("pattern: must start with ^");
        }
        c.at = 1;
        c.seq(0);
        match c.peek() {
            None => {}
            Some(b'$') => {
                c.at += 1;
                c.push(Inst::End);
            }
            Some(_) => panic!("pattern: unbalanced `)`"),
        }
        c.push(Inst::Match);
        let mut prog = c.prog;
        let mut pc = 0;
        while pc < prog.len {
            let mut out = NO_CLOSURE;
            close(&prog, pc, false, &mut [0, 0], &mut out);
            prog.closures[pc] = out;
            pc += 1;
        }
        prog
    }

    /// Whether `text` matches: from its start, to its end when the pattern
    /// ends in `$`. One `u64` of states per byte read.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let start = self.closures[0];
        if start.matched || (bytes.is_empty() && start.matched_at_end) {
            return true;
        }
        let mut current = start.bytes;
        for (i, &b) in bytes.iter().enumerate() {
            let at_end = i + 1 == bytes.len();
            let mut next = 0u64;
            let mut states = current;
            while states != 0 {
                let pc = states.trailing_zeros() as usize;
                states &= states - 1;
                let (Some(Inst::Byte(set)), Some(then)) = (self.insts.get(pc), self.closures.get(pc + 1)) else {
                    continue;
                };
                if b < 128 && (set >> b) & 1 == 1 {
                    if then.matched || (at_end && then.matched_at_end) {
                        return true;
                    }
                    next |= then.bytes;
                }
            }
            if next == 0 {
                return false;
            }
            current = next;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of `alphabet` up to `len` characters.
    fn strings(alphabet: &[char], len: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..len {
            last = last
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            all.extend(last.iter().cloned());
        }
        all
    }

    fn agrees(pattern: &'static str, alphabet: &[char], len: usize) {
        let program = Program::compile(pattern);
        let re = regex::Regex::new(pattern).expect("regex");
        for s in strings(alphabet, len) {
            assert_eq!(program.is_match(&s), re.is_match(&s), "{pattern} on {s:?}");
        }
    }

    /// The spec's own patterns agree with the `regex` crate on every short
    /// string over an alphabet with a member of each class and its edges.
    #[test]
    fn spec_patterns_agree_with_regex() {
        let alphabet = ['a', 'z', 'A', 'Z', '0', '9', '-', '_', '.', '/', ' ', 'é', '\n'];
        let mut seen = 0;
        for kind in crate::kind::Kind::ALL {
            for obj in super::super::objects(kind.root()) {
                for f in obj.fields {
                    let mut ty = &f.ty;
                    while let super::super::Ty::Array(a) = ty {
                        ty = &a.items;
                    }
                    if let super::super::Ty::Str(super::super::StrSpec { pattern: Some(p), .. }) = ty {
                        agrees(p.regex, &alphabet, 4);
                        seen += 1;
                    }
                }
            }
        }
        assert!(seen > 0);
    }

    /// The rest of the subset: nested groups, each quantifier, escapes, prefix patterns.
    #[test]
    fn subset_agrees_with_regex() {
        let alphabet = ['a', 'b', '.', '-', 'x'];
        for pattern in [
            "^a",
            "^$",
            "^",
            "^a*$",
            "^a+$",
            "^a?b$",
            "^(ab)*$",
            "^(ab)+a?$",
            "^(a(b)?)*x$",
            "^(a*)*$",
            "^[a-b.]+\\.x$",
            "^[-a]+$",
            "^[a-]+b$",
            "^\\-x?\\.?$",
            "^a(b*)+$",
        ] {
            agrees(pattern, &alphabet, 5);
        }
    }

    #[test]
    fn long_texts_are_linear_and_exact() {
        let p = Program::compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$");
        let long = "a".repeat(100_000);
        assert!(p.is_match(&long));
        assert!(!p.is_match(&format!("{long}-")));
        assert!(p.is_match(&format!("{long}-{long}")));
    }
}
