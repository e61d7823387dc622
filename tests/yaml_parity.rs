//! JSON and YAML give the same findings at the right places.
//!
//! Every JSON fixture (rules, the API pages' request examples, blind corpus,
//! examples) is re-emitted as block YAML by a small writer here, which
//! records the line and column at which it wrote each key and each value.
//! Linting the YAML must give the same `(severity, code, pointer)` set as
//! the JSON, and every diagnostic's line/column must be where the writer put
//! the offending key or value (or, for a missing field, the enclosing
//! object). For the JSON files themselves the text at each diagnostic's
//! line/column must start that key or value.

mod common;
use common::*;
use deploylint::{lint, InputFormat, Kind, Options};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// A 1-based (line, column).
type At = (usize, usize);

#[derive(Default)]
struct Writer {
    out: String,
    line: usize,
    /// pointer → (key position, value position), 1-based (line, column).
    pos: HashMap<String, (Option<At>, At)>,
}

impl Writer {
    fn col(&self) -> usize {
        self.out.len() - self.out.rfind('\n').map_or(0, |i| i + 1) + 1
    }
    fn newline(&mut self) {
        self.out.push('\n');
        self.line += 1;
    }
    fn scalar(v: &Value) -> String {
        match v {
            Value::String(_) | Value::Number(_) | Value::Bool(_) | Value::Null => {
                serde_json::to_string(v).unwrap_or_default()
            }
            Value::Array(a) if a.is_empty() => "[]".into(),
            Value::Object(o) if o.is_empty() => "{}".into(),
            _ => unreachable!(),
        }
    }
    fn is_scalar(v: &Value) -> bool {
        match v {
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
            _ => true,
        }
    }
    /// Writes a block mapping whose first key goes at the current position.
    fn map(&mut self, o: &serde_json::Map<String, Value>, indent: usize, ptr: &str) {
        for (i, (k, v)) in o.iter().enumerate() {
            if i > 0 {
                self.newline();
                self.out.push_str(&" ".repeat(indent));
            }
            let p = format!("{ptr}/{}", k.replace('~', "~0").replace('/', "~1"));
            let key_at = (self.line, self.col());
            self.out.push_str(&serde_json::to_string(k).unwrap_or_default());
            self.out.push(':');
            self.value(v, indent, &p, Some(key_at));
        }
    }
    fn value(&mut self, v: &Value, indent: usize, p: &str, key_at: Option<(usize, usize)>) {
        if Self::is_scalar(v) {
            self.out.push(' ');
            self.pos.insert(p.to_string(), (key_at, (self.line, self.col())));
            self.out.push_str(&Self::scalar(v));
            return;
        }
        self.newline();
        let inner = indent + 2;
        self.out.push_str(&" ".repeat(inner));
        self.pos.insert(p.to_string(), (key_at, (self.line, self.col())));
        match v {
            Value::Object(o) => self.map(o, inner, p),
            Value::Array(a) => self.seq(a, inner, p),
            _ => {}
        }
    }
    fn seq(&mut self, a: &[Value], indent: usize, ptr: &str) {
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                self.newline();
                self.out.push_str(&" ".repeat(indent));
            }
            self.out.push_str("- ");
            let p = format!("{ptr}/{i}");
            self.pos.insert(p.clone(), (None, (self.line, self.col())));
            match v {
                Value::Object(o) if !o.is_empty() => self.map(o, indent + 2, &p),
                Value::Array(inner) if !inner.is_empty() => {
                    self.out.push_str(&serde_json::to_string(inner).unwrap_or_default())
                }
                _ => self.out.push_str(&Self::scalar(v)),
            }
        }
    }
    fn document(v: &Value) -> Option<Writer> {
        let o = v.as_object().filter(|o| !o.is_empty())?;
        let mut w = Writer {
            line: 1,
            ..Writer::default()
        };
        w.pos.insert(String::new(), (None, (1, 1)));
        w.map(o, 0, "");
        w.out.push('\n');
        Some(w)
    }
}

fn parent(p: &str) -> &str {
    p.rfind('/').map_or("", |i| &p[..i])
}

/// The nearest ancestor of `p` that `exists`.
fn ancestor(mut p: &str, exists: impl Fn(&str) -> bool) -> &str {
    loop {
        p = parent(p);
        if p.is_empty() || exists(p) {
            return p;
        }
    }
}

fn json_fixtures() -> Vec<(std::path::PathBuf, Option<Kind>)> {
    let mut v: Vec<_> = files(&fixtures(), "json")
        .into_iter()
        .map(|f| {
            let kind = if f.with_extension("expect").exists() {
                read_expect(&f).kind
            } else {
                f.parent()
                    .and_then(|p| p.file_name())
                    .and_then(|n| n.to_str())
                    .and_then(Kind::from_name)
            };
            (f, kind)
        })
        .collect();
    let ex = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .join("examples");
    v.extend(files(&ex, "json").into_iter().map(|f| (f, None)));
    v
}

#[test]
fn yaml_gives_the_same_findings_at_the_written_positions() {
    let mut problems = Vec::new();
    let mut compared = 0;
    for (f, kind) in json_fixtures() {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        // serde_json keeps one copy of a duplicate key, so such files cannot round-trip.
        if f.components().any(|c| c.as_os_str() == "duplicate-key") {
            continue;
        }
        let Some(w) = Writer::document(&value) else { continue };
        let current = current_of(&f);
        let opts = |format| {
            let opts = Options::new().kind_opt(kind).format(format);
            match &current {
                Some(c) => opts.current(c.clone()),
                None => opts,
            }
        };
        let json = lint(&text, &opts(InputFormat::Json)).remove(0);
        let yaml = lint(&w.out, &opts(InputFormat::Yaml));
        let rel = f
            .strip_prefix(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .parent()
                    .expect("the workspace root"),
            )
            .unwrap_or(&f)
            .display()
            .to_string();
        if yaml.len() != 1 {
            problems.push(format!("{rel}: YAML gave {} documents", yaml.len()));
            continue;
        }
        let yaml = &yaml[0];
        compared += 1;
        if actual_lines(&json) != actual_lines(yaml) {
            problems.push(format!(
                "{rel}: JSON {:?}\n   YAML {:?}\n---\n{}",
                actual_lines(&json),
                actual_lines(yaml),
                w.out
            ));
            continue;
        }
        for d in &yaml.diagnostics {
            let at = (d.line, d.column);
            let own = w.pos.get(&d.pointer);
            let ok = own.is_some_and(|(k, v)| *k == Some(at) || *v == at)
                || w.pos
                    .get(ancestor(&d.pointer, |p| w.pos.contains_key(p)))
                    .is_some_and(|(_, v)| *v == at);
            if !ok {
                problems.push(format!(
                    "{rel}: YAML {} {} at {}:{}, written at {:?}",
                    d.code, d.pointer, d.line, d.column, own
                ));
            }
        }
        for d in &json.diagnostics {
            if let Err(e) = check_json_position(&text, &value, d) {
                problems.push(format!(
                    "{rel}: JSON {} {} at {}:{}: {e}",
                    d.code, d.pointer, d.line, d.column
                ));
            }
        }
    }
    assert!(compared > 300, "only {compared} fixtures compared");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The text at the diagnostic's line/column starts the key, the value, or the enclosing object.
fn check_json_position(text: &str, root: &Value, d: &deploylint::Diagnostic) -> Result<(), String> {
    let line = text.lines().nth(d.line - 1).ok_or("no such line")?;
    let rest: String = line.chars().skip(d.column - 1).collect();
    let key = d
        .pointer
        .rsplit('/')
        .next()
        .unwrap_or("")
        .replace("~1", "/")
        .replace("~0", "~");
    if !d.pointer.is_empty() && rest.starts_with(&serde_json::to_string(&key).unwrap_or_default()) {
        return Ok(());
    }
    let first = |v: &Value| match v {
        Value::Object(_) => '{',
        Value::Array(_) => '[',
        Value::String(_) => '"',
        Value::Bool(true) => 't',
        Value::Bool(false) => 'f',
        Value::Null => 'n',
        Value::Number(n) => n.to_string().chars().next().unwrap_or('0'),
    };
    let c = rest.chars().next().ok_or("at end of line")?;
    if let Some(v) = root.pointer(&d.pointer) {
        if c == first(v) || (matches!(v, Value::Number(_)) && (c.is_ascii_digit() || c == '-')) {
            return Ok(());
        }
    }
    match root.pointer(ancestor(&d.pointer, |p| root.pointer(p).is_some())) {
        Some(Value::Object(_)) if c == '{' => Ok(()),
        _ => Err(format!("text there is {rest:?}")),
    }
}
