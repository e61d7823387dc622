//! SARIF 2.1.0: one run; the driver lists every rule (id, name, short and
//! full description, help URI, default level); each result has its rule,
//! level, message and a physical location with a region; a suppressed
//! finding is a result with `suppressions` (kind `inSource` or `external`,
//! its justification). Columns count
//! Unicode code points (`columnKind: unicodeCodePoints`), as the core does.

use super::super::check::Linted;
use super::slash_path;
use crate::{registry, Lang, Severity};
use serde_json::{json, Value};

/// Where each rule's documentation lives.
pub const HELP_BASE: &str = "https://deploylint.dev/rules#";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `container-name` → `ContainerName`.
fn pascal(code: &str) -> String {
    code.split('-').map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

/// Renders the SARIF log.
pub fn render(files: &[Linted], lang: Lang) -> String {
    let all = registry::all();
    let rules: Vec<Value> = all
        .iter()
        .map(|e| {
            json!({
                "id": e.meta.code,
                "name": pascal(e.meta.code),
                "shortDescription": { "text": e.meta.summary.get(lang) },
                "fullDescription": { "text": e.meta.explanation.get(lang) },
                "helpUri": format!("{HELP_BASE}{}", e.meta.code),
                "help": { "text": e.meta.explanation.get(lang) },
                "defaultConfiguration": { "level": level(e.meta.severity) },
                "properties": {
                    "kinds": e.kinds.iter().map(|k| k.name()).collect::<Vec<_>>(),
                    "tags": [e.meta.category.as_str()],
                    "fix": e.fix().as_str(),
                },
            })
        })
        .collect();
    let mut results = Vec::new();
    let mut artifacts: Vec<String> = Vec::new();
    for f in files {
        let uri = slash_path(&f.path);
        if !artifacts.contains(&uri) {
            artifacts.push(uri.clone());
        }
        for r in &f.reports {
            // Suppressed findings are results too, marked with their suppression.
            let silenced = r.suppressed.iter().map(|s| (&s.diagnostic, Some(&s.suppression)));
            for (d, suppression) in r.diagnostics.iter().map(|d| (d, None)).chain(silenced) {
                let index = all.iter().position(|e| e.meta.code == d.code);
                let mut message = d.message.clone();
                if let Some(h) = &d.help {
                    message.push_str("\n\n");
                    message.push_str(h);
                }
                let mut result = json!({
                    "ruleId": d.code,
                    "level": level(d.severity),
                    "message": { "text": message },
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": { "uri": uri, "index": artifacts.iter().position(|a| *a == uri).unwrap_or(0) },
                            "region": {
                                "startLine": d.line,
                                "startColumn": d.column,
                                "endLine": d.end_line.max(d.line),
                                "endColumn": if d.end_line > d.line { d.end_column } else { d.end_column.max(d.column + 1) },
                                "byteOffset": d.span.start,
                                "byteLength": d.span.end.saturating_sub(d.span.start),
                            }
                        },
                        "logicalLocations": [{ "fullyQualifiedName": d.pointer, "kind": "element" }],
                    }],
                    "properties": { "pointer": d.pointer, "document": r.document, "kind": r.kind.map(|k| k.name()) },
                });
                if let Some(i) = index {
                    result["ruleIndex"] = json!(i);
                }
                if let Some(s) = suppression {
                    let mut sup = json!({ "kind": s.kind, "status": "accepted" });
                    if let Some(why) = &s.justification {
                        sup["justification"] = json!(why);
                    }
                    result["suppressions"] = json!([sup]);
                }
                if let Some(fix) = &d.fix {
                    result["fixes"] = json!([{
                        "description": { "text": fix.title },
                        "artifactChanges": [{
                            "artifactLocation": { "uri": uri },
                            "replacements": fix.edits.iter().map(|e| json!({
                                "deletedRegion": { "byteOffset": e.span.start, "byteLength": e.span.end - e.span.start },
                                "insertedContent": { "text": e.replacement },
                            })).collect::<Vec<_>>(),
                        }],
                    }]);
                }
                results.push(result);
            }
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "deploylint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://deploylint.dev",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts.iter().map(|a| json!({ "location": { "uri": a } })).collect::<Vec<_>>(),
            "results": results,
        }],
    });
    format!("{}\n", serde_json::to_string_pretty(&log).unwrap_or_default())
}
