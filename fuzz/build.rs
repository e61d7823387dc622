//! Embeds every JSON and YAML manifest of `examples/` and `tests/fixtures/`
//! into the `mutate` target (`$OUT_DIR/manifests.rs`), sorted by path so an
//! input picks the same manifest on every machine.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("json" | "yaml" | "yml")) {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let mut files = Vec::new();
    for dir in ["examples", "tests/fixtures"] {
        println!("cargo:rerun-if-changed=../{dir}");
        walk(&root.join(dir), &mut files);
    }
    let root = root.canonicalize().unwrap();
    let mut files: Vec<PathBuf> = files.into_iter().map(|p| p.canonicalize().unwrap()).collect();
    files.sort();
    let mut src = String::from("/// Every manifest of examples/ and tests/fixtures/: (path, text).\npub static MANIFESTS: &[(&str, &str)] = &[\n");
    for f in &files {
        // include_str! needs UTF-8 (the invalid-UTF-8 fixtures are for the byte targets).
        if std::fs::read_to_string(f).is_err() {
            continue;
        }
        let rel = f.strip_prefix(&root).unwrap().display().to_string();
        src.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("manifests.rs");
    std::fs::write(out, src).unwrap();
}
