//! A JSON value written as block YAML, the way a person writes a manifest:
//! mappings and sequences in block style (the first key of a sequence item
//! on its dash's line), scalars as JSON writes them (strings double-quoted,
//! so every value keeps its type). For the benchmarks that lint the same
//! body in both formats (lsp_latency, throughput). Deterministic.
#![allow(dead_code)]

use serde_json::Value;

/// `v` as block YAML.
pub fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    yaml(v, 0, &mut out);
    out
}

/// `value` as block YAML (strings double-quoted, as JSON writes them).
fn yaml(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                out.push_str(&format!("{pad}{k}:"));
                scalar_or_block(v, indent, out);
            }
        }
        Value::Array(items) => {
            for v in items {
                out.push_str(&format!("{pad}-"));
                match v {
                    Value::Object(m) if !m.is_empty() => {
                        // The first key on the dash's line, the rest under it.
                        let mut inner = String::new();
                        yaml(v, indent + 2, &mut inner);
                        out.push(' ');
                        out.push_str(&inner[indent + 2..]);
                    }
                    _ => scalar_or_block(v, indent, out),
                }
            }
        }
        _ => {
            out.push_str(&pad);
            out.push_str(&value.to_string());
            out.push('\n');
        }
    }
}

fn scalar_or_block(v: &Value, indent: usize, out: &mut String) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            yaml(v, indent + 2, out);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            yaml(v, indent + 2, out);
        }
        Value::Object(_) => out.push_str(" {}\n"),
        Value::Array(_) => out.push_str(" []\n"),
        _ => {
            out.push(' ');
            out.push_str(&v.to_string());
            out.push('\n');
        }
    }
}
