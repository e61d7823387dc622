//! Users have never seen the captured page files: no user-facing text or
//! code comment calls them "seeds" or cites the reference file by section.
//! Checked: the README, docs/, examples/, the generated schemas and rule
//! catalogue, every code's rendered words (tests/snapshots/messages.txt),
//! the sources under src/, benches/, scripts/, web/src/ and .ci/, and the
//! WASM package's JS, benchmark and README. Not even as a path: the folder
//! of the five API pages' own request examples is tests/fixtures/page-examples/.

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if !p.ends_with("node_modules") {
                files(&p, out);
            }
        } else {
            out.push(p);
        }
    }
}

#[test]
fn no_user_facing_text_mentions_seeds_or_reference_sections() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let mut checked = vec![
        root.join("README.md"),
        root.join("tests/snapshots/messages.txt"),
        root.join("wasm/README.md"),
        root.join("wasm/bench.mjs"),
    ];
    for dir in [
        "docs", "examples", "schemas", "src", "wasm/js", "benches", "scripts", "web/src", ".ci",
    ] {
        files(&root.join(dir), &mut checked);
    }
    let word = regex::Regex::new(r"(?i)\bseeds?\b|种子|§|\d{3}_[0-9a-f]{16}\.txt").expect("regex");
    let mut found = Vec::new();
    for f in &checked {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        for (i, line) in text.lines().enumerate() {
            if word.is_match(line) {
                found.push(format!(
                    "{}:{}: {}",
                    f.strip_prefix(root).unwrap_or(f).display(),
                    i + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(checked.len() > 50, "only {} files checked", checked.len());
    assert!(
        found.is_empty(),
        "{} lines mention seeds or sections:\n{}",
        found.len(),
        found.join("\n")
    );
}
