//! The module order of docs/architecture.md, kept: every `use crate::…`,
//! `crate::…` and `super::…` reference of src/**/*.rs goes to a module in
//! the same layer or one below, the modules of one layer import each other
//! without a cycle, and so do the modules of one directory (the adapters'
//! modules among them).
//!
//! The layers are the fenced `layers` block of docs/architecture.md, bottom
//! to top: `name: module, module, ...`. A file belongs to the longest listed
//! module path that contains it (`diagnostics::message` before
//! `diagnostics`); `crate` is the crate root (src/lib.rs). Test modules
//! (`#[cfg(test)] mod …` blocks) may reach anything and are not read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One module reference: the module it is written in, where, and what it names.
struct Ref {
    from: Vec<String>,
    file: String,
    line: usize,
    path: Vec<String>,
}

/// A layer: its name and its modules (each a path).
type Layer = (String, Vec<Vec<String>>);

/// The layers, bottom first.
fn parse_layers(doc: &str) -> Result<Vec<Layer>, String> {
    let start = doc
        .find("```layers\n")
        .ok_or("docs/architecture.md has no ```layers block")?;
    let body = &doc[start + "```layers\n".len()..];
    let end = body.find("```").ok_or("the ```layers block is not closed")?;
    let mut layers = Vec::new();
    for line in body[..end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (name, modules) = line
            .split_once(':')
            .ok_or_else(|| format!("layer line `{line}` is not `name: module, ...`"))?;
        let modules = modules
            .split(',')
            .map(|m| m.trim().split("::").map(String::from).collect::<Vec<_>>())
            .filter(|m| m.iter().all(|s| !s.is_empty()))
            .collect();
        layers.push((name.trim().to_string(), modules));
    }
    Ok(layers)
}

/// The module path of a file under src/: `src/api/walk.rs` is `api::walk`,
/// `src/api/mod.rs` is `api`, `src/lib.rs` is the root (empty).
fn module_of(rel: &str) -> Vec<String> {
    let rel = rel.strip_prefix("src/").unwrap_or(rel).trim_end_matches(".rs");
    let mut segs: Vec<String> = rel.split('/').map(String::from).collect();
    if matches!(segs.last().map(String::as_str), Some("mod" | "lib")) {
        segs.pop();
    }
    segs
}

/// The text without its test modules, line by line (numbers kept): from a
/// `#[cfg(test)]` followed by a `mod` line to the `}` that closes it at the
/// same indentation.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let next = lines.get(i + 1).map_or("", |l| l.trim_start());
        if line.trim() == "#[cfg(test)]" && next.starts_with("mod ") && next.ends_with('{') {
            let indent = &line[..line.len() - line.trim_start().len()];
            let close = format!("{indent}}}");
            i += 2;
            while i < lines.len() && lines[i] != close {
                i += 1;
            }
        } else if !line.trim_start().starts_with("//") {
            // A trailing comment may name a module in prose.
            let code = match line.find(" // ") {
                Some(at) if !line[..at].contains('"') => &line[..at],
                _ => line,
            };
            out.push((i + 1, code));
        }
        i += 1;
    }
    out
}

/// `a::{b::c, d}` expanded into `a::b::c` and `a::d`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree).trim();
        return vec![path.trim_end_matches("::self").to_string()];
    };
    let prefix = tree[..open].trim_end_matches("::");
    let inner = tree[open + 1..].trim_end().trim_end_matches('}');
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[from..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|p| {
            if p == "self" {
                prefix.to_string()
            } else {
                format!("{prefix}::{p}")
            }
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every `crate::…` and `super::…` path of a file, absolute, with its line.
fn references(rel: &str, text: &str) -> Vec<Ref> {
    let from = module_of(rel);
    // The module `super` is relative to: a mod.rs or lib.rs is its directory's module.
    let mut out = Vec::new();
    let mut push = |line: usize, path: &str| {
        let mut segs: Vec<&str> = path.split("::").map(str::trim).collect();
        let mut base: Vec<String> = Vec::new();
        match segs.first() {
            Some(&"crate") => {
                segs.remove(0);
            }
            Some(&"super") => {
                base = from.clone();
                while segs.first() == Some(&"super") {
                    segs.remove(0);
                    base.pop();
                }
            }
            _ => return,
        }
        base.extend(
            segs.iter()
                .filter(|s| !s.is_empty() && s.chars().all(is_ident))
                .map(|s| s.to_string()),
        );
        out.push(Ref {
            from: from.clone(),
            file: rel.to_string(),
            line,
            path: base,
        });
    };
    let lines = code_lines(text);
    let mut k = 0;
    while k < lines.len() {
        let (n, line) = lines[k];
        let t = line.trim_start();
        let t = t
            .strip_prefix("pub(crate) ")
            .or_else(|| t.strip_prefix("pub "))
            .unwrap_or(t);
        if let Some(tree) = t
            .strip_prefix("use ")
            .filter(|r| r.starts_with("crate::") || r.starts_with("super::"))
        {
            // A use statement, to its `;` (it may span lines).
            let mut stmt = tree.to_string();
            while !stmt.contains(';') && k + 1 < lines.len() {
                k += 1;
                stmt.push_str(lines[k].1);
            }
            let stmt = stmt.split(';').next().unwrap_or_default();
            for path in expand(stmt) {
                push(n, &path);
            }
        } else {
            // Inline paths: `crate::a::b(…)`, `super::x::Y`.
            for start in ["crate::", "super::"] {
                let mut at = 0;
                while let Some(i) = line[at..].find(start) {
                    let i = at + i;
                    let before = line[..i].chars().next_back();
                    let end = line[i..]
                        .char_indices()
                        .find(|&(_, c)| !(is_ident(c) || c == ':'))
                        .map_or(line.len(), |(j, _)| i + j);
                    if !before.is_some_and(|c| is_ident(c) || c == ':') {
                        push(n, &line[i..end]);
                    }
                    at = end.max(i + start.len());
                }
            }
        }
        k += 1;
    }
    out
}

/// The longest known module path `path` starts with (a root re-export,
/// `crate::Kind`, is followed to the module it comes from).
fn resolve(path: &[String], modules: &BTreeSet<Vec<String>>, root_uses: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    if let Some(first) = path.first() {
        if !modules.contains(&vec![first.clone()]) {
            if let Some(target) = root_uses.get(first) {
                return resolve(target, modules, &BTreeMap::new());
            }
        }
    }
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| modules.contains(p))
        .unwrap_or_default()
}

/// Cycles of a graph, each as its members, smallest first (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'g> {
        g: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(t: &mut T<'g>, v: &'g str) {
        let n = t.index.len();
        t.index.insert(v, n);
        t.low.insert(v, n);
        t.stack.push(v);
        for w in t.g.get(v).into_iter().flatten() {
            if !t.index.contains_key(w.as_str()) {
                visit(t, w);
                let lw = t.low[w.as_str()];
                let lv = t.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if t.stack.contains(&w.as_str()) {
                let iw = t.index[w.as_str()];
                let lv = t.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = t.stack.pop() {
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        g: graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v);
        }
    }
    t.out.sort();
    t.out
}

fn name(m: &[String]) -> String {
    if m.is_empty() {
        "crate".to_string()
    } else {
        m.join("::")
    }
}

/// Every violation of the order of `doc` by `files` (paths relative to the
/// repository, `src/…`), each a sentence naming the file, the line and the
/// edge; `known` are cycles (`dir: a, b`) still allowed, each of which must
/// still exist.
fn check(doc: &str, files: &[(String, String)], known: &[&str]) -> Vec<String> {
    let layers = match parse_layers(doc) {
        Ok(l) => l,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(f, _)| module_of(f)).collect();
    // What the root re-exports: `pub use kind::{Kind, …}` names `Kind` as `kind::Kind`.
    let mut root_uses = BTreeMap::new();
    for (_, text) in files.iter().filter(|(f, _)| f == "src/lib.rs") {
        for (_, line) in code_lines(text) {
            if let Some(tree) = line.trim().strip_prefix("pub use ") {
                for path in expand(tree.trim_end_matches(';')) {
                    let segs: Vec<String> = path.split("::").map(String::from).collect();
                    if let Some(last) = segs.last() {
                        root_uses.insert(last.clone(), segs.clone());
                    }
                }
            }
        }
    }
    // The layer of each listed module, and of each file's module.
    let mut listed: Vec<(Vec<String>, usize)> = Vec::new();
    for (i, (_, ms)) in layers.iter().enumerate() {
        for m in ms {
            let m = if m.len() == 1 && m[0] == "crate" {
                Vec::new()
            } else {
                m.clone()
            };
            if !modules.contains(&m) {
                problems.push(format!(
                    "docs/architecture.md lists `{}`, which is no module of src/",
                    name(&m)
                ));
            }
            listed.push((m, i));
        }
    }
    let unit_of = |m: &[String]| -> Option<(Vec<String>, usize)> {
        listed
            .iter()
            .filter(|(l, _)| m.starts_with(l) && (!l.is_empty() || m.is_empty()))
            .max_by_key(|(l, _)| l.len())
            .cloned()
    };
    for m in &modules {
        if unit_of(m).is_none() {
            problems.push(format!(
                "src module `{}` is in no layer of docs/architecture.md",
                name(m)
            ));
        }
    }
    let mut in_layer: BTreeMap<usize, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut in_dir: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut edges: BTreeMap<(String, String), (String, usize)> = BTreeMap::new();
    for (f, text) in files {
        for r in references(f, text) {
            let to = resolve(&r.path, &modules, &root_uses);
            if to == r.from
                || r.from.starts_with(&to) && !to.is_empty()
                || to.starts_with(&r.from) && !r.from.is_empty()
            {
                // Itself, an ancestor (its own parent's items) or a child.
                continue;
            }
            let (Some((fu, fl)), Some((tu, tl))) = (unit_of(&r.from), unit_of(&to)) else {
                continue;
            };
            if tl > fl {
                problems.push(format!(
                    "{}:{}: `{}` (layer {}) imports `{}` (layer {}, above it): `{}`",
                    r.file,
                    r.line,
                    name(&r.from),
                    layers[fl].0,
                    name(&to),
                    layers[tl].0,
                    name(&r.path)
                ));
            } else if tl == fl && fu != tu {
                in_layer
                    .entry(fl)
                    .or_default()
                    .entry(name(&fu))
                    .or_default()
                    .insert(name(&tu));
                edges.entry((name(&fu), name(&tu))).or_insert((r.file.clone(), r.line));
            }
            // Siblings of one directory: the children of the deepest common module.
            let common = r.from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common > 0 && common < r.from.len() && common < to.len() {
                let dir = name(&r.from[..common]);
                let (a, b) = (r.from[common].clone(), to[common].clone());
                in_dir
                    .entry(dir.clone())
                    .or_default()
                    .entry(a.clone())
                    .or_default()
                    .insert(b.clone());
                edges
                    .entry((format!("{dir}/{a}"), format!("{dir}/{b}")))
                    .or_insert((r.file.clone(), r.line));
            }
        }
    }
    let describe = |members: &[String], key: &dyn Fn(&str) -> String| -> String {
        let mut where_ = Vec::new();
        for a in members {
            for b in members {
                if let Some((f, l)) = edges.get(&(key(a), key(b))) {
                    where_.push(format!("`{a}` -> `{b}` ({f}:{l})"));
                }
            }
        }
        where_.join(", ")
    };
    for (layer, graph) in &in_layer {
        for c in cycles(graph) {
            problems.push(format!(
                "a cycle inside layer {}: {}",
                layers[*layer].0,
                describe(&c, &|m: &str| m.to_string())
            ));
        }
    }
    let mut seen_known = BTreeSet::new();
    for (dir, graph) in &in_dir {
        for c in cycles(graph) {
            let id = format!("{dir}: {}", c.join(", "));
            if known.contains(&id.as_str()) {
                seen_known.insert(id);
                continue;
            }
            let key = |m: &str| format!("{dir}/{m}");
            problems.push(format!("a cycle inside `{dir}`: {}", describe(&c, &key)));
        }
    }
    for k in known {
        if !seen_known.contains(*k) {
            problems.push(format!(
                "the known cycle `{k}` is gone: remove it from tests/architecture.rs"
            ));
        }
    }
    problems
}

fn sources(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("src/ is readable").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            sources(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p
                .strip_prefix(root)
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).expect("a source file is UTF-8")));
        }
    }
}

#[test]
fn the_module_order_of_docs_architecture_md_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let doc = std::fs::read_to_string(root.join("docs/architecture.md")).expect("docs/architecture.md");
    let mut files = Vec::new();
    sources(&root.join("src"), &root, &mut files);
    assert!(files.len() > 100, "src/ read: {} files", files.len());
    let problems = check(&doc, &files, &[]);
    assert!(
        problems.is_empty(),
        "the module order is broken:\n{}",
        problems.join("\n")
    );
}

fn fake(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files.iter().map(|(f, t)| (f.to_string(), t.to_string())).collect()
}

const FAKE_DOC: &str = "# x\n\n```layers\nbase: low, low::words\nmiddle: mid, other\ntop: crate, high\n```\n";

#[test]
fn an_upward_edge_is_reported_with_its_file_and_line() {
    let files = fake(&[
        (
            "src/lib.rs",
            "mod low;\nmod mid;\nmod other;\nmod high;\npub use high::Thing;\n",
        ),
        (
            "src/low/mod.rs",
            "//! Low.\nuse crate::low::words::Lang;\n\nfn f() {\n    let _ = crate::mid::g();\n}\n",
        ),
        ("src/low/words.rs", "pub enum Lang {}\n"),
        (
            "src/mid.rs",
            "use crate::{low::words::Lang, Thing};\n// crate::high::x in prose\n",
        ),
        ("src/other.rs", "use crate::low::Lang;\n"),
        (
            "src/high.rs",
            "use crate::mid;\n#[cfg(test)]\nmod tests {\n    use crate::mid;\n}\n",
        ),
    ]);
    assert_eq!(
        check(FAKE_DOC, &files, &[]),
        [
            "src/low/mod.rs:5: `low` (layer base) imports `mid` (layer middle, above it): `mid::g`",
            "src/mid.rs:1: `mid` (layer middle) imports `high` (layer top, above it): `Thing`",
        ]
    );
}

#[test]
fn a_cycle_inside_a_layer_or_a_directory_is_reported() {
    let files = fake(&[
        ("src/lib.rs", "mod low;\nmod mid;\nmod other;\nmod high;\n"),
        ("src/low/mod.rs", "mod words;\n"),
        ("src/low/words.rs", "\n"),
        ("src/mid.rs", "use crate::other::A;\n"),
        ("src/other.rs", "pub struct A;\nfn f() -> crate::mid::B { todo!() }\n"),
        ("src/high/mod.rs", "mod a;\nmod b;\n"),
        ("src/high/a.rs", "use super::b::X;\n"),
        ("src/high/b.rs", "use crate::high::a::{self, Y};\n"),
    ]);
    assert_eq!(
        check(FAKE_DOC, &files, &["high: a, b"]),
        ["a cycle inside layer middle: `mid` -> `other` (src/mid.rs:1), `other` -> `mid` (src/other.rs:2)"]
    );
    assert_eq!(
        check(FAKE_DOC, &files, &[]),
        [
            "a cycle inside layer middle: `mid` -> `other` (src/mid.rs:1), `other` -> `mid` (src/other.rs:2)",
            "a cycle inside `high`: `a` -> `b` (src/high/a.rs:1), `b` -> `a` (src/high/b.rs:1)",
        ]
    );
    // A known cycle that is gone must leave the list.
    let fixed = fake(&[
        ("src/lib.rs", "mod low;\nmod mid;\nmod other;\nmod high;\n"),
        ("src/low/mod.rs", "mod words;\n"),
        ("src/low/words.rs", "\n"),
        ("src/mid.rs", "\n"),
        ("src/other.rs", "\n"),
        ("src/high.rs", "\n"),
    ]);
    assert_eq!(
        check(FAKE_DOC, &fixed, &["high: a, b"]),
        ["the known cycle `high: a, b` is gone: remove it from tests/architecture.rs"]
    );
}
