//! SARIF 2.1.0: one run; the driver lists every rule (id, name, short and
//! full description, help URI, default level); each result has its rule,
//! level, message and a physical location with a region; a suppressed
//! finding is a result with `suppressions` (kind `inSource` or `external`,
//! its justification). Columns count
//! Unicode code points (`columnKind: unicodeCodePoints`), as the core does.
//! The files a directory walk skipped are not results: each is a
//! notification of the run's invocation (`toolExecutionNotifications`,
//! level `note`, the reason's stable name as descriptor id, the file as
//! location).

use super::super::linted::{Linted, Skipped};
use super::normalise::{climbs, normalise};
use super::slash_path;
use crate::config::PolicyEntry;
use crate::{links, registry, Lang, Severity};
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a SARIF artifact URI, normalised lexically first (a `..`
/// segment is SARIF1002): an absolute path becomes a `file://` URI (a
/// relative reference must not begin with a slash, SARIF1004); a relative
/// path stays relative to `%SRCROOT%` (`cwd`, the directory deploylint ran
/// in) unless it climbs above it (`../deploy/web.json`), which then becomes
/// the `file://` URI of `cwd` joined with it. Both are percent-encoded.
fn artifact_uri(path: &str, cwd: Option<&str>) -> (String, bool) {
    let p = normalise(&slash_path(path));
    let drive = p.as_bytes().get(1) == Some(&b':') && p.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    if p.starts_with('/') || drive {
        return (links::file_url(&p), true);
    }
    match cwd {
        Some(dir) if climbs(&p) => (links::file_url(&normalise(&format!("{}/{p}", slash_path(dir)))), true),
        _ => (
            links::percent_encode_path(&p).trim_start_matches("./").to_string(),
            false,
        ),
    }
}

/// `container-name` → `ContainerName`.
fn pascal(code: &str) -> String {
    code.split('-').map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

/// Renders the SARIF log.
pub fn render(files: &[Linted], skipped: &[Skipped], lang: Lang, docs_url: &str, policies: &[PolicyEntry]) -> String {
    let all = registry::all();
    let mut rules: Vec<Value> = all
        .iter()
        .map(|e| {
            json!({
                "id": e.meta.code,
                "name": pascal(e.meta.code),
                "shortDescription": { "text": e.meta.summary.get(lang) },
                "fullDescription": { "text": e.meta.explanation.get(lang) },
                "helpUri": links::rule_url(docs_url, e.meta.code),
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
    // Each policy is a rule too, after the built-in ones, with its message as description.
    for p in policies.iter().map(|e| &e.policy) {
        let message = match lang {
            Lang::En => p.message.0.as_str(),
            Lang::Zh => p.message.1.as_deref().unwrap_or(&p.message.0),
        };
        rules.push(json!({
            "id": p.id,
            "name": pascal(&p.id),
            "shortDescription": { "text": message },
            "fullDescription": { "text": message },
            "defaultConfiguration": { "level": level(p.severity) },
            "properties": {
                "kinds": p.kinds.iter().map(|k| k.name()).collect::<Vec<_>>(),
                "tags": ["policy"],
                "policy": true,
                "source": p.schema_file.as_deref().unwrap_or(crate::config::FILE_NAME),
            },
        }));
    }
    let cwd = std::env::current_dir().ok().map(|d| d.display().to_string());
    let mut results = Vec::new();
    let mut artifacts: Vec<String> = Vec::new();
    let mut relative = false;
    let location = |uri: &str, absolute: bool| {
        if absolute {
            json!({ "uri": uri })
        } else {
            json!({ "uri": uri, "uriBaseId": "%SRCROOT%" })
        }
    };
    for f in files {
        let (uri, absolute) = artifact_uri(&f.path, cwd.as_deref());
        relative |= !absolute;
        if !artifacts.contains(&uri) {
            artifacts.push(uri.clone());
        }
        for r in &f.reports {
            // Suppressed findings are results too, marked with their suppression.
            let silenced = r.suppressed.iter().map(|s| (&s.diagnostic, Some(&s.suppression)));
            for (d, suppression) in r.diagnostics.iter().map(|d| (d, None)).chain(silenced) {
                let index = all.iter().position(|e| e.meta.code == d.code).or_else(|| {
                    policies
                        .iter()
                        .position(|e| e.policy.id == d.code)
                        .map(|i| all.len() + i)
                });
                let mut message = d.message.clone();
                if let Some(h) = &d.help {
                    message.push_str("\n\n");
                    message.push_str(h);
                }
                let mut artifact_location = location(&uri, absolute);
                artifact_location["index"] = json!(artifacts.iter().position(|a| *a == uri).unwrap_or(0));
                let mut result = json!({
                    "ruleId": d.code,
                    "level": level(d.severity),
                    "message": { "text": message },
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": artifact_location.clone(),
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
                            "artifactLocation": location(&uri, absolute),
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
    let mut run_extra = serde_json::Map::new();
    if !skipped.is_empty() {
        let notes: Vec<Value> = skipped
            .iter()
            .map(|s| {
                let (uri, absolute) = artifact_uri(&s.path, cwd.as_deref());
                relative |= !absolute;
                json!({
                    "level": "note",
                    "message": { "text": s.reason.message(lang) },
                    "descriptor": { "id": s.reason.code() },
                    "locations": [{ "physicalLocation": { "artifactLocation": location(&uri, absolute) } }],
                })
            })
            .collect();
        run_extra.insert(
            "invocations".into(),
            json!([{ "executionSuccessful": true, "toolExecutionNotifications": notes }]),
        );
    }
    if relative {
        // Where relative artifact URIs are rooted: the directory deploylint ran in.
        if let Some(dir) = &cwd {
            let (uri, _) = artifact_uri(&format!("{dir}/"), None);
            run_extra.insert("originalUriBaseIds".into(), json!({ "%SRCROOT%": { "uri": uri } }));
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "deploylint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": links::catalogue_url(docs_url),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts.iter().map(|a| json!({ "location": location(a, a.starts_with("file:")) })).collect::<Vec<_>>(),
            "results": results,
        }],
    });
    let mut log = log;
    if let Some(run) = log["runs"][0].as_object_mut() {
        run.extend(run_extra);
    }
    format!("{}\n", serde_json::to_string_pretty(&log).unwrap_or_default())
}
