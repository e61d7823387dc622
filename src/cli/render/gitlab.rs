//! GitLab Code Quality: the subset of the Code Climate issue format GitLab
//! reads (`artifacts: reports: codequality`), a JSON array with one object
//! per finding:
//!
//! - `description`: `<code>: <message> (<pointer>)`, in the run's language
//!   (GitLab's merge request widget shows the description, not the check);
//! - `check_name`: the rule code (or the policy's id);
//! - `fingerprint`: the SHA-256 (hex) of the path, the code, the JSON
//!   Pointer and the occurrence of that triple in the file (0 for the first,
//!   1 for a second finding of the same code at the same pointer, ...). No
//!   line or column goes in, so an edit above a finding does not change it
//!   and GitLab does not report it as fixed and new again; findings differ
//!   by their pointer or occurrence, so no two share one;
//! - `severity`: error → `major`, warning → `minor`, info → `info` (GitLab's
//!   scale is info, minor, major, critical, blocker; `critical` and
//!   `blocker` are left for security tools);
//! - `location.path`: the path as given, with `/` and without a leading
//!   `./` (GitLab wants it relative to the repository, which is where CI
//!   runs deploylint); `location.lines.begin` and `.end`: the lines.
//!
//! Suppressed findings are not written: GitLab has no way to show them as
//! silenced. The config file's own findings (`unused-ignore`) are, under its
//! path.

use super::super::linted::Linted;
use super::normalise::normalise;
use super::slash_path;
use crate::Severity;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// GitLab's severity of a finding.
fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// The path as GitLab wants it: `/`-separated, without `./`.
fn path(p: &str) -> String {
    normalise(&slash_path(p))
}

/// The fingerprint of the `occurrence`-th finding of `code` at `pointer`
/// in `path` (see the module documentation).
fn fingerprint(path: &str, code: &str, pointer: &str, occurrence: usize) -> String {
    let mut h = Sha256::new();
    // NUL cannot occur in a path or a code; the pointer comes last before
    // the number, so no two inputs run together.
    for part in [path, code, pointer] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.update(occurrence.to_string().as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Renders the Code Quality report.
pub fn render(files: &[Linted]) -> String {
    let mut issues: Vec<Value> = Vec::new();
    for f in files {
        let path = path(&f.path);
        // (code, pointer) → how many were seen so far in this file.
        let mut seen: Vec<(&str, &str, usize)> = Vec::new();
        for d in f.reports.iter().flat_map(|r| &r.diagnostics) {
            let occurrence = match seen.iter_mut().find(|(c, p, _)| *c == d.code && *p == d.pointer) {
                Some(entry) => {
                    entry.2 += 1;
                    entry.2
                }
                None => {
                    seen.push((d.code, &d.pointer, 0));
                    0
                }
            };
            let mut description = format!("{}: {}", d.code, d.message);
            if !d.pointer.is_empty() {
                description.push_str(&format!(" ({})", d.pointer));
            }
            issues.push(json!({
                "description": description,
                "check_name": d.code,
                "fingerprint": fingerprint(&path, d.code, &d.pointer, occurrence),
                "severity": severity(d.severity),
                "location": {
                    "path": path,
                    "lines": { "begin": d.line, "end": d.end_line.max(d.line) },
                },
            }));
        }
    }
    format!("{}\n", serde_json::to_string_pretty(&issues).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_lose_dot_segments_and_backslashes() {
        assert_eq!(path("./deploy/a.json"), "deploy/a.json");
        assert_eq!(path("deploy\\b.yaml"), "deploy/b.yaml");
    }

    #[test]
    fn fingerprints_are_sha256_of_their_parts() {
        // sha256("a.json\0replicas\0/x\0" "0"), computed with Python's hashlib.
        assert_eq!(
            fingerprint("a.json", "replicas", "/x", 0),
            "a6c9e06bfc55cc49e889a281c1210b26a34b0377e01afec8e74904e157550553"
        );
        assert_ne!(
            fingerprint("a.json", "replicas", "/x", 0),
            fingerprint("a.json", "replicas", "/x", 1)
        );
        assert_ne!(
            fingerprint("a.json", "replicas", "/x", 0),
            fingerprint("a.json", "replicas", "/y", 0)
        );
    }
}
