//! Generated files are fresh: `schemas/*.json` and `docs/rules.md` equal the
//! generators' output. Run with `UPDATE_GENERATED=1` to rewrite them.

use deploylint::__private::{docs, schema};
use deploylint::Kind;
use std::path::Path;

fn check(rel: &str, expected: &str, stale: &mut Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .join(rel);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).ok();
        std::fs::write(&path, expected).unwrap_or_else(|e| panic!("{rel}: {e}"));
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    if actual != expected {
        let line = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or(actual.lines().count().min(expected.lines().count()) + 1, |i| i + 1);
        stale.push(format!("{rel} is stale (first difference at line {line})"));
    }
}

#[test]
fn generated_files_are_fresh() {
    let mut stale = Vec::new();
    for kind in Kind::ALL {
        check(
            &format!("schemas/{kind}.json"),
            &format!("{}\n", schema::render(kind, None)),
            &mut stale,
        );
    }
    check("docs/rules.md", &docs::render(), &mut stale);
    assert!(
        stale.is_empty(),
        "{}\nregenerate with: UPDATE_GENERATED=1 cargo test --test generated",
        stale.join("\n")
    );
}

#[test]
fn generated_files_say_so_on_their_first_line() {
    for kind in Kind::ALL {
        let s = schema::render(kind, None);
        let first = s.lines().next().unwrap_or_default();
        assert!(
            first.contains("GENERATED") && first.contains("do not edit"),
            "{kind}: {first}"
        );
    }
    let d = docs::render();
    assert!(d.lines().next().unwrap_or_default().starts_with("<!-- GENERATED"));
}
