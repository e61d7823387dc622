//! The blind corpus (`tests/fixtures/blind/`): bodies written from the five
//! API pages by someone who had not read the code, each with an `.intent` file
//! of `severity pointer reason` lines.
//!
//! Every intended finding must be reported with that severity, at that
//! pointer or at a key directly below it (the linter points exclusivity
//! findings at the conflicting key, the corpus at the object holding both);
//! a body with an empty intent must be clean; and nothing else may be
//! reported, except the deliberate decisions listed in `DEVIATIONS`.

mod common;
use common::*;
use deploylint::Kind;

/// Where the linter deliberately differs from the corpus author, and why.
const DEVIATIONS: &[(&str, &str, &str)] = &[
    (
        "cce-release-update/07-action-capitalised-extra-value-numeric-bool",
        "/values/replicaCount",
        "helm `values` are open (Terraform provider resource huaweicloud_cce_release sends arbitrary values): unknown keys there are not reported",
    ),
    (
        "ief-v2-create/04-node-group-without-migration",
        "warning node-placement /deployment/node_ids",
        "v2 create: IEF v2 CreateDeployment, table 3 never says node_ids and group_id exclude each other, so both at once is a warning",
    ),
];

fn deviation(file: &str, what: &str) -> bool {
    DEVIATIONS
        .iter()
        .any(|(f, w, _)| file.ends_with(f) && (*w == what || what.ends_with(w)))
}

#[test]
fn blind_corpus_findings_are_reported() {
    let mut problems = Vec::new();
    let files = files(&fixtures().join("blind"), "json");
    assert!(files.len() >= 30, "blind corpus missing");
    for f in files {
        let rel = f.with_extension("");
        let rel = rel
            .strip_prefix(fixtures().join("blind"))
            .unwrap_or(&rel)
            .display()
            .to_string();
        let kind: Kind = f
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .and_then(Kind::from_name)
            .expect("kind folder");
        let intent = std::fs::read_to_string(f.with_extension("intent")).unwrap_or_default();
        let report = lint_fixture(&f, Some(kind));
        let mut used = vec![false; report.diagnostics.len()];
        for line in intent.lines().filter(|l| !l.trim().is_empty()) {
            let mut parts = line.split_whitespace();
            let sev = parts.next().unwrap_or_default().trim_end_matches('?');
            let ptr = parts.next().unwrap_or_default();
            let ptr = if ptr == "\"\"" { "" } else { ptr };
            if deviation(&rel, ptr) {
                continue;
            }
            let hit = report.diagnostics.iter().enumerate().find(|(i, d)| {
                !used[*i]
                    && d.severity.as_str() == sev
                    && (d.pointer == ptr
                        || (d.pointer.starts_with(ptr)
                            && !d.pointer[ptr.len()..].trim_start_matches('/').contains('/')))
            });
            match hit {
                Some((i, _)) => used[i] = true,
                None => problems.push(format!("{rel}: not reported: {line}")),
            }
        }
        for (i, d) in report.diagnostics.iter().enumerate() {
            let what = format!("{} {} {}", d.severity.as_str(), d.code, d.pointer);
            if !used[i] && !deviation(&rel, &what) {
                problems.push(format!("{rel}: unexpected: {what}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
