//! JSON Pointers (RFC 6901), built lazily.
//!
//! The walk records each step it takes in an arena of `(parent, segment)`
//! links, like jsonschema's `LazyLocation`: the valid path, which is the
//! common case, pays one `Vec` push per value and never formats a string.
//! A pointer string is produced only when a diagnostic needs one.

/// One step into a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg<'a> {
    /// An object key.
    Key(&'a str),
    /// An array index.
    Index(usize),
}

/// A handle to a location in a [`PathArena`]; `ROOT` is the document itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loc(u32);

impl Loc {
    /// The document root (pointer `""`).
    pub const ROOT: Loc = Loc(u32::MAX);
}

/// Arena of path links.
#[derive(Debug, Default)]
pub struct PathArena<'a> {
    links: Vec<(Loc, Seg<'a>)>,
}

impl<'a> PathArena<'a> {
    /// An empty arena.
    pub fn new() -> Self {
        PathArena { links: Vec::new() }
    }

    /// The location one step below `parent`.
    pub fn child(&mut self, parent: Loc, seg: Seg<'a>) -> Loc {
        self.links.push((parent, seg));
        Loc((self.links.len() - 1) as u32)
    }

    /// The pointer string of `loc`.
    pub fn pointer(&self, loc: Loc) -> String {
        let mut segs = Vec::new();
        let mut cur = loc;
        while cur != Loc::ROOT {
            let (parent, seg) = self.links[cur.0 as usize];
            segs.push(seg);
            cur = parent;
        }
        let mut out = String::new();
        for seg in segs.iter().rev() {
            push_seg(&mut out, *seg);
        }
        out
    }

    /// The pointer string of `loc` followed by `key`.
    pub fn pointer_with(&self, loc: Loc, key: &str) -> String {
        let mut p = self.pointer(loc);
        push_seg(&mut p, Seg::Key(key));
        p
    }
}

/// Appends `/segment`, escaping `~` and `/`.
pub fn push_seg(out: &mut String, seg: Seg<'_>) {
    out.push('/');
    match seg {
        Seg::Key(k) => {
            for c in k.chars() {
                match c {
                    '~' => out.push_str("~0"),
                    '/' => out.push_str("~1"),
                    c => out.push(c),
                }
            }
        }
        Seg::Index(i) => out.push_str(&i.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_nests() {
        let mut a = PathArena::new();
        let d = a.child(Loc::ROOT, Seg::Key("deployment"));
        let c = a.child(d, Seg::Key("a/b~c"));
        let i = a.child(c, Seg::Index(3));
        assert_eq!(a.pointer(Loc::ROOT), "");
        assert_eq!(a.pointer(i), "/deployment/a~1b~0c/3");
        assert_eq!(a.pointer_with(d, "x"), "/deployment/x");
    }
}
