//! JSON Pointers (RFC 6901), built lazily.
//!
//! The walk records each step it takes in an arena of `(parent, segment)`
//! links, like jsonschema's `LazyLocation`: the valid path, which is the
//! common case, pays one `Vec` push per value and never formats a string.
//! A pointer string is produced only when a diagnostic needs one.
//!
//! The other way round, [`segments`] splits and unescapes a pointer string
//! and [`lookup`] follows one through a tree.

use super::Node;
use std::borrow::Cow;

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

/// The unescaped segments of a JSON Pointer (`~1` is `/`, `~0` is `~`), or
/// `None` when `pointer` is not one: neither `""` nor starting with `/`, or
/// holding a `~` not followed by `0` or `1`. The root `""` has no segment.
///
/// ```
/// use deploylint::__private::pointer::segments;
///
/// assert_eq!(segments("/a~1b/0/~0"), Some(vec!["a/b".into(), "0".into(), "~".into()]));
/// assert_eq!(segments(""), Some(vec![]));
/// assert_eq!(segments("a"), None);
/// assert_eq!(segments("/~2"), None);
/// ```
pub fn segments(pointer: &str) -> Option<Vec<Cow<'_, str>>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    pointer.strip_prefix('/')?.split('/').map(unescape).collect()
}

/// One segment, unescaped.
fn unescape(seg: &str) -> Option<Cow<'_, str>> {
    if !seg.contains('~') {
        return Some(Cow::Borrowed(seg));
    }
    let mut out = String::with_capacity(seg.len());
    let mut chars = seg.chars();
    while let Some(c) = chars.next() {
        match c {
            '~' => match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return None,
            },
            c => out.push(c),
        }
    }
    Some(Cow::Owned(out))
}

/// Whether `seg` is an array index as RFC 6901 writes one: `0`, or digits
/// without a leading zero (of any length: `-`, `+1` and `01` are not).
///
/// ```
/// use deploylint::__private::pointer::is_index;
///
/// assert!(is_index("0") && is_index("12"));
/// assert!(!is_index("01") && !is_index("-") && !is_index("+1") && !is_index(""));
/// ```
pub fn is_index(seg: &str) -> bool {
    let b = seg.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && (b[0] != b'0' || b.len() == 1)
}

/// The node at `pointer` in `root`, if there is one. Keys are looked up as
/// [`Node::get`] does (the last of duplicate keys); array elements by index.
///
/// ```
/// use deploylint::{__private::parse, query::lookup, InputFormat};
///
/// let root = parse(r#"{"a": [{"b/c": true}]}"#, InputFormat::Json).remove(0).expect("JSON");
/// assert_eq!(lookup(&root, "/a/0/b~1c").and_then(|n| n.as_bool()), Some(true));
/// assert_eq!(lookup(&root, ""), Some(&root));
/// assert!(lookup(&root, "/a/1").is_none());
/// ```
pub fn lookup<'a>(root: &'a Node, pointer: &str) -> Option<&'a Node> {
    let mut node = root;
    for seg in segments(pointer)? {
        node = match node.elements() {
            Some(items) if is_index(&seg) => items.get(seg.parse::<usize>().ok()?)?,
            Some(_) => return None,
            None => node.get(&seg)?,
        };
    }
    Some(node)
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
