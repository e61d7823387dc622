//! Structure-aware mutation of real manifests for the `mutate` target.
//!
//! A [`Plan`] (built by `arbitrary` from the fuzzer's bytes) picks one of the
//! embedded manifests of `examples/` and `tests/fixtures/`, applies a list
//! of [`Op`]s to its tree — replace a value with an arbitrary JSON value,
//! drop, duplicate or rename a key, graft a subtree from another manifest —
//! and writes the result as JSON, flow YAML or block YAML. Keys and numbers
//! are kept as raw text, so duplicates, `1e400` and `-0` survive.

use arbitrary::Arbitrary;
use deploylint::{InputFormat, Node, Value};

include!(concat!(env!("OUT_DIR"), "/manifests.rs"));

/// A JSON-model tree that keeps duplicate keys and numbers as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Tree {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number's source text.
    Num(String),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Tree>),
    /// An object, members in order, duplicates kept.
    Obj(Vec<(String, Tree)>),
}

impl Tree {
    /// The tree of a parsed node.
    pub fn from_node(n: &Node) -> Tree {
        match &n.value {
            Value::Null => Tree::Null,
            Value::Bool(b) => Tree::Bool(*b),
            Value::Number(s) => Tree::Num(s.to_string()),
            Value::String(s) => Tree::Str(s.to_string()),
            Value::Array(a) => Tree::Arr(a.iter().map(Tree::from_node).collect()),
            Value::Object(m) => Tree::Obj(
                m.iter()
                    .map(|m| (m.key.to_string(), Tree::from_node(&m.value)))
                    .collect(),
            ),
        }
    }

    /// The first document of `text` as a tree, if it parses.
    pub fn parse(path: &str, text: &str) -> Option<Tree> {
        let format = if path.ends_with(".json") {
            InputFormat::Json
        } else {
            InputFormat::Yaml
        };
        deploylint::__private::parse(text, format)
            .into_iter()
            .next()?
            .ok()
            .as_ref()
            .map(Tree::from_node)
    }

    /// Number of nodes (pre-order).
    pub fn count(&self) -> usize {
        1 + match self {
            Tree::Arr(a) => a.iter().map(Tree::count).sum(),
            Tree::Obj(m) => m.iter().map(|(_, v)| v.count()).sum(),
            _ => 0,
        }
    }

    /// The `i`-th node in pre-order (`i < count()`).
    pub fn nth(&mut self, i: usize) -> Option<&mut Tree> {
        if i == 0 {
            return Some(self);
        }
        let mut i = i - 1;
        let children: Vec<&mut Tree> = match self {
            Tree::Arr(a) => a.iter_mut().collect(),
            Tree::Obj(m) => m.iter_mut().map(|(_, v)| v).collect(),
            _ => return None,
        };
        for c in children {
            let n = c.count();
            if i < n {
                return c.nth(i);
            }
            i -= n;
        }
        None
    }

    /// The objects of the tree (pre-order indices whose node is an object).
    fn objects(&self) -> usize {
        let own = usize::from(matches!(self, Tree::Obj(m) if !m.is_empty()));
        own + match self {
            Tree::Arr(a) => a.iter().map(Tree::objects).sum(),
            Tree::Obj(m) => m.iter().map(|(_, v)| v.objects()).sum(),
            _ => 0,
        }
    }

    /// The members of the `i`-th non-empty object in pre-order.
    fn nth_object(&mut self, i: usize) -> Option<&mut Vec<(String, Tree)>> {
        let mut i = i;
        let mut path = Vec::new();
        if !self.find_object(&mut i, &mut path) {
            return None;
        }
        let mut t = self;
        for &step in &path {
            t = match t {
                Tree::Arr(a) => &mut a[step],
                Tree::Obj(m) => &mut m[step].1,
                _ => return None,
            };
        }
        match t {
            Tree::Obj(m) => Some(m),
            _ => None,
        }
    }

    /// Child indices from the root to the `i`-th non-empty object.
    fn find_object(&self, i: &mut usize, path: &mut Vec<usize>) -> bool {
        if matches!(self, Tree::Obj(m) if !m.is_empty()) {
            if *i == 0 {
                return true;
            }
            *i -= 1;
        }
        let children: Vec<&Tree> = match self {
            Tree::Arr(a) => a.iter().collect(),
            Tree::Obj(m) => m.iter().map(|(_, v)| v).collect(),
            _ => return false,
        };
        for (k, c) in children.into_iter().enumerate() {
            path.push(k);
            if c.find_object(i, path) {
                return true;
            }
            path.pop();
        }
        false
    }

    /// Every key of the tree, for renames to a real field name.
    fn keys(&self, out: &mut Vec<String>) {
        match self {
            Tree::Arr(a) => a.iter().for_each(|c| c.keys(out)),
            Tree::Obj(m) => m.iter().for_each(|(k, v)| {
                out.push(k.clone());
                v.keys(out);
            }),
            _ => {}
        }
    }
}

/// An arbitrary JSON value (numbers as text, some of it hostile).
#[derive(Arbitrary, Clone, Debug)]
pub enum AValue {
    /// `null`
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float (non-finite ones are written as `1e400`).
    Float(f64),
    /// A number from a list of awkward ones.
    Awkward(u8),
    /// A string.
    Str(String),
    /// A string of `n` copies of a character (long values, e.g. over a maxLength).
    Repeat(char, u16),
    /// An array.
    Arr(Vec<AValue>),
    /// An object.
    Obj(Vec<(String, AValue)>),
}

const AWKWARD: &[&str] = &[
    "-0",
    "0",
    "1e400",
    "-1e400",
    "1E-400",
    "0.5",
    "1.0",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9007199254740993",
    "18446744073709551616",
    "1e2",
    "100.000",
    "-1",
];

impl AValue {
    fn tree(&self) -> Tree {
        match self {
            AValue::Null => Tree::Null,
            AValue::Bool(b) => Tree::Bool(*b),
            AValue::Int(i) => Tree::Num(i.to_string()),
            AValue::Float(f) if f.is_finite() => Tree::Num(format!("{f:?}")),
            AValue::Float(_) => Tree::Num("1e400".into()),
            AValue::Awkward(i) => Tree::Num(AWKWARD[*i as usize % AWKWARD.len()].into()),
            AValue::Str(s) => Tree::Str(s.clone()),
            AValue::Repeat(c, n) => Tree::Str(std::iter::repeat_n(*c, *n as usize).collect()),
            AValue::Arr(a) => Tree::Arr(a.iter().map(AValue::tree).collect()),
            AValue::Obj(m) => Tree::Obj(m.iter().map(|(k, v)| (k.clone(), v.tree())).collect()),
        }
    }
}

/// One mutation; `at` indices are taken modulo what exists.
#[derive(Arbitrary, Clone, Debug)]
pub enum Op {
    /// Replace the `at`-th node with a value.
    Replace { at: u16, with: AValue },
    /// Replace the `at`-th node with a value of another type from the same manifest.
    Swap { at: u16, from: u16 },
    /// Drop one member of the `obj`-th object.
    Drop { obj: u16, member: u8 },
    /// Duplicate one member of the `obj`-th object (a duplicate key).
    Duplicate { obj: u16, member: u8 },
    /// Rename one member's key to arbitrary text.
    Rename { obj: u16, member: u8, to: String },
    /// Rename one member's key to another key of the manifest.
    RenameKnown { obj: u16, member: u8, key: u16 },
    /// Add a member `key` (a key of the manifest) with a value.
    Add { obj: u16, key: u16, with: AValue },
    /// Graft the `from`-th node of another manifest at the `at`-th node.
    Graft { at: u16, other: u16, from: u16 },
    /// Wrap the `at`-th node in an array.
    Wrap { at: u16 },
}

/// How the mutated tree is written.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Layout {
    /// Compact JSON, linted as JSON.
    Json,
    /// Pretty JSON with CRLF line ends, linted as JSON.
    JsonCrlf,
    /// Compact JSON, linted as YAML (flow style).
    Flow,
    /// Block YAML.
    Block,
}

/// Options of the lint.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Settings {
    /// Check as this kind (index into `Kind::ALL`) instead of recognising it.
    pub kind: Option<u8>,
    /// Chinese messages.
    pub zh: bool,
    /// The professional edition.
    pub professional: bool,
    /// Another manifest as the current deployment.
    pub current: Option<u16>,
    /// A low finding cap.
    pub cap: Option<u8>,
}

/// What the `mutate` target does with one input.
#[derive(Arbitrary, Clone, Debug)]
pub struct Plan {
    /// Which manifest.
    pub pick: u16,
    /// The mutations, in order.
    pub ops: Vec<Op>,
    /// The output layout.
    pub layout: Layout,
    /// The lint options.
    pub settings: Settings,
}

/// The embedded manifests that parse, as trees (built once).
fn trees() -> &'static [(&'static str, Tree)] {
    static TREES: std::sync::OnceLock<Vec<(&'static str, Tree)>> = std::sync::OnceLock::new();
    TREES.get_or_init(|| {
        MANIFESTS
            .iter()
            .filter_map(|(path, text)| Tree::parse(path, text).map(|t| (*path, t)))
            .collect()
    })
}

/// The `i`-th manifest that parses (modulo their number): its path and tree.
pub fn manifest(i: u16) -> (&'static str, Tree) {
    let all = trees();
    if all.is_empty() {
        return ("", Tree::Obj(Vec::new()));
    }
    let (path, tree) = &all[i as usize % all.len()];
    (path, tree.clone())
}

impl Plan {
    /// The mutated manifest's text and its input format.
    pub fn build(&self) -> (String, InputFormat) {
        let (_, mut tree) = manifest(self.pick);
        let mut keys = Vec::new();
        tree.keys(&mut keys);
        for op in self.ops.iter().take(16) {
            apply(&mut tree, op, &keys);
        }
        match self.layout {
            Layout::Json => (json(&tree), InputFormat::Json),
            Layout::JsonCrlf => (pretty(&tree, 0).replace('\n', "\r\n"), InputFormat::Json),
            Layout::Flow => (json(&tree), InputFormat::Yaml),
            Layout::Block => {
                let mut out = String::new();
                block(&tree, 0, &mut out);
                (out, InputFormat::Yaml)
            }
        }
    }

    /// The lint options.
    pub fn options(&self, format: InputFormat) -> deploylint::Options {
        let s = &self.settings;
        let mut o = deploylint::Options::new().format(format);
        if let Some(k) = s.kind {
            o = o.kind(deploylint::Kind::ALL[k as usize % deploylint::Kind::ALL.len()]);
        }
        if s.zh {
            o = o.lang(deploylint::Lang::Zh);
        }
        if s.professional {
            o = o.edition(deploylint::Edition::Professional);
        }
        if let Some(c) = s.current {
            let (path, text) = MANIFESTS[c as usize % MANIFESTS.len()];
            if path.ends_with(".json") || path.ends_with(".current") {
                if let Ok(cur) = deploylint::Current::parse(text, deploylint::Lang::En) {
                    o = o.current(cur);
                }
            }
        }
        if let Some(cap) = s.cap {
            o = o.max_findings(cap as usize % 8 + 1);
        }
        o
    }
}

fn modulo(i: u16, n: usize) -> usize {
    i as usize % n.max(1)
}

fn apply(tree: &mut Tree, op: &Op, keys: &[String]) {
    let count = tree.count();
    let objects = tree.objects();
    let key = |i: u16| keys.get(modulo(i, keys.len())).cloned().unwrap_or_default();
    match op {
        Op::Replace { at, with } => {
            if let Some(t) = tree.nth(modulo(*at, count)) {
                *t = with.tree();
            }
        }
        Op::Swap { at, from } => {
            let src = tree.clone().nth(modulo(*from, count)).cloned();
            if let (Some(t), Some(s)) = (tree.nth(modulo(*at, count)), src) {
                *t = s;
            }
        }
        Op::Drop { obj, member } => {
            if let Some(m) = tree.nth_object(modulo(*obj, objects)) {
                let i = *member as usize % m.len();
                m.remove(i);
            }
        }
        Op::Duplicate { obj, member } => {
            if let Some(m) = tree.nth_object(modulo(*obj, objects)) {
                let i = *member as usize % m.len();
                let dup = m[i].clone();
                m.push(dup);
            }
        }
        Op::Rename { obj, member, to } => {
            if let Some(m) = tree.nth_object(modulo(*obj, objects)) {
                let i = *member as usize % m.len();
                m[i].0 = to.clone();
            }
        }
        Op::RenameKnown { obj, member, key: k } => {
            let k = key(*k);
            if let Some(m) = tree.nth_object(modulo(*obj, objects)) {
                let i = *member as usize % m.len();
                m[i].0 = k;
            }
        }
        Op::Add { obj, key: k, with } => {
            let k = key(*k);
            if let Some(m) = tree.nth_object(modulo(*obj, objects)) {
                m.push((k, with.tree()));
            }
        }
        Op::Graft { at, other, from } => {
            let (_, mut o) = manifest(*other);
            let n = o.count();
            let graft = o.nth(modulo(*from, n)).cloned();
            if let (Some(t), Some(g)) = (tree.nth(modulo(*at, count)), graft) {
                *t = g;
            }
        }
        Op::Wrap { at } => {
            if let Some(t) = tree.nth(modulo(*at, count)) {
                let inner = std::mem::replace(t, Tree::Null);
                *t = Tree::Arr(vec![inner]);
            }
        }
    }
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Compact JSON.
pub fn json(t: &Tree) -> String {
    match t {
        Tree::Null => "null".into(),
        Tree::Bool(b) => b.to_string(),
        Tree::Num(n) => n.clone(),
        Tree::Str(s) => quote(s),
        Tree::Arr(a) => format!("[{}]", a.iter().map(json).collect::<Vec<_>>().join(",")),
        Tree::Obj(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}:{}", quote(k), json(v)))
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

/// JSON indented by two spaces per level.
pub fn pretty(t: &Tree, depth: usize) -> String {
    let pad = "  ".repeat(depth + 1);
    let end = "  ".repeat(depth);
    match t {
        Tree::Arr(a) if !a.is_empty() => format!(
            "[\n{}\n{end}]",
            a.iter()
                .map(|v| format!("{pad}{}", pretty(v, depth + 1)))
                .collect::<Vec<_>>()
                .join(",\n")
        ),
        Tree::Obj(m) if !m.is_empty() => format!(
            "{{\n{}\n{end}}}",
            m.iter()
                .map(|(k, v)| format!("{pad}{}: {}", quote(k), pretty(v, depth + 1)))
                .collect::<Vec<_>>()
                .join(",\n")
        ),
        _ => json(t),
    }
}

/// Block YAML: keys and strings double-quoted, empty collections in flow style.
pub fn block(t: &Tree, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    match t {
        Tree::Obj(m) if !m.is_empty() => {
            for (k, v) in m {
                out.push_str(&format!("{pad}{}:", quote(k)));
                nested(v, depth, out);
            }
        }
        Tree::Arr(a) if !a.is_empty() => {
            for v in a {
                out.push_str(&format!("{pad}-"));
                nested(v, depth, out);
            }
        }
        _ => out.push_str(&format!("{pad}{}\n", json(t))),
    }
}

fn nested(v: &Tree, depth: usize, out: &mut String) {
    match v {
        Tree::Obj(m) if !m.is_empty() => {
            out.push('\n');
            block(v, depth + 1, out);
        }
        Tree::Arr(a) if !a.is_empty() => {
            out.push('\n');
            block(v, depth + 1, out);
        }
        _ => out.push_str(&format!(" {}\n", json(v))),
    }
}
