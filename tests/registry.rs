//! The rule registry: codes unique, kebab-case, snapshotted; every rule
//! documented in English and Chinese with a source; every pattern compiles.

use deploylint::registry;
use deploylint::Kind;
use std::path::Path;

#[test]
fn codes_are_unique_kebab_case_and_snapshotted() {
    let codes: Vec<&str> = registry::all().iter().map(|e| e.meta.code).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), codes.len(), "duplicate codes");
    for c in &codes {
        assert!(
            !c.is_empty()
                && c.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
                && !c.starts_with('-')
                && !c.ends_with('-'),
            "not kebab-case: {c}"
        );
    }
    let snapshot = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .join("tests/snapshots/codes.txt");
    let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
    let actual = sorted.join("\n") + "\n";
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&snapshot, &actual).expect("write snapshot");
        return;
    }
    assert_eq!(
        expected, actual,
        "the code list changed: review, then UPDATE_GENERATED=1 cargo test --test registry"
    );
}

#[test]
fn every_rule_is_documented_in_both_languages_with_sources() {
    for e in registry::all() {
        let m = e.meta;
        for (what, en, zh) in [
            ("summary", m.summary.en, m.summary.zh),
            ("explanation", m.explanation.en, m.explanation.zh),
        ] {
            assert!(en.len() > 10, "{}: English {what} missing", m.code);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}: Chinese {what} missing",
                m.code
            );
        }
        assert!(!m.sources.is_empty(), "{}: no source", m.code);
        assert!(!e.kinds.is_empty(), "{}: applies to no kind", m.code);
    }
}

#[test]
fn every_field_is_documented_in_both_languages() {
    for kind in Kind::ALL {
        for obj in deploylint::__private::api::objects(kind.root()) {
            for f in obj.fields {
                assert!(
                    !f.doc().en.is_empty() && !f.doc().zh.is_empty(),
                    "{kind}: {}.{} lacks docs",
                    obj.name,
                    f.name
                );
            }
        }
    }
}

#[test]
fn every_pattern_compiles_and_anchors() {
    for kind in Kind::ALL {
        for obj in deploylint::__private::api::objects(kind.root()) {
            for f in obj.fields {
                let mut ty = &f.ty;
                while let deploylint::__private::api::Ty::Array(a) = ty {
                    ty = &a.items;
                }
                if let deploylint::__private::api::Ty::Str(s) = ty {
                    if let Some(p) = s.pattern {
                        assert!(regex::Regex::new(p.regex).is_ok(), "{}: bad regex {}", f.name, p.regex);
                        assert!(p.regex.starts_with('^'), "{}: unanchored {}", f.name, p.regex);
                    }
                }
            }
        }
    }
}

#[test]
fn every_object_spec_fits_the_walks_field_bitset() {
    // The walk marks present fields in a u64; a spec with more would be mis-walked.
    for kind in Kind::ALL {
        for obj in deploylint::__private::api::objects(kind.root()) {
            assert!(obj.fields.len() <= 64, "{} has {} fields", obj.name, obj.fields.len());
            let mut names: Vec<_> = obj.fields.iter().map(|f| f.name).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), obj.fields.len(), "{} names a field twice", obj.name);
        }
    }
}

/// Every citation leads to an entry of docs/sources.md: each rule's and
/// object's source, and each kind's page, has an anchor there.
#[test]
fn every_source_has_an_anchor_in_docs_sources_md() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the workspace root")
            .join("docs/sources.md"),
    )
    .expect("docs/sources.md");
    let ids: std::collections::BTreeSet<&str> = regex::Regex::new(r#"<a id="([^"]+)"></a>"#)
        .expect("regex")
        .captures_iter(&text)
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    let mut sources: Vec<(String, registry::Source)> = Vec::new();
    for e in registry::all() {
        sources.extend(e.meta.sources.iter().map(|s| (e.meta.code.to_string(), *s)));
    }
    for kind in Kind::ALL {
        assert!(
            ids.contains(kind.page().anchor()),
            "{kind}: no anchor {}",
            kind.page().anchor()
        );
        for obj in deploylint::__private::api::objects(kind.root()) {
            sources.push((format!("{kind}: {}", obj.name), obj.source));
        }
    }
    for (who, s) in sources {
        assert!(
            ids.contains(s.doc.anchor()),
            "{who}: no anchor {} for {s}",
            s.doc.anchor()
        );
        assert!(
            ids.contains(s.anchor().as_str()),
            "{who}: no anchor {} for {s}",
            s.anchor()
        );
    }
}
