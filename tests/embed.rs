//! The library an embedder gets builds nothing of the command line: a
//! throwaway crate depending on `deploylint` with its default features, on
//! the workspace's own Cargo.lock, has none of the CLI's or the language
//! server's crates in its normal dependency tree, and has the core's.

use std::path::Path;
use std::process::Command;

/// The crates of the command line and the language server: nowhere in the tree.
const FORBIDDEN: &[&str] = &[
    "clap",
    "miette",
    "rayon",
    "ignore",
    "similar",
    "lsp-server",
    "lsp-types",
];

/// The binary's own crates (its allocator, its `prctl`): never a dependency of
/// the library itself. `libc` is also a dependency of the validator's hashing
/// (jsonschema → ahash → getrandom), so only the library's direct
/// dependencies are checked for these.
const BINARY_ONLY: &[&str] = &["mimalloc", "libc"];

/// The core's own crates: present, so the check cannot pass on an empty tree.
const REQUIRED: &[&str] = &["jsonschema", "serde_json", "saphyr-parser"];

#[test]
fn the_default_library_has_no_cli_dependencies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let manifest = format!(
        "[package]\nname = \"embedder\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ndeploylint = {{ path = {:?} }}\n\n[workspace]\n",
        root.display().to_string()
    );
    std::fs::write(dir.path().join("Cargo.toml"), manifest).expect("Cargo.toml");
    std::fs::create_dir(dir.path().join("src")).expect("src/");
    std::fs::write(dir.path().join("src/lib.rs"), "").expect("src/lib.rs");
    std::fs::copy(root.join("Cargo.lock"), dir.path().join("Cargo.lock")).expect("the workspace's Cargo.lock");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // Not `--locked`: the lock gains the one entry of the throwaway crate
    // itself; every other package keeps the version the workspace pinned.
    let out = Command::new(cargo)
        .args([
            "tree",
            "-e",
            "normal",
            "--offline",
            "--prefix",
            "depth",
            "--format",
            "{p}",
        ])
        .current_dir(dir.path())
        .output()
        .expect("cargo tree runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "cargo tree failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // One package a line: its depth (0 the throwaway crate, 1 deploylint,
    // 2 deploylint's direct dependencies), then `name vX.Y.Z (path)`.
    let packages: Vec<(usize, &str)> = stdout
        .lines()
        .filter_map(|l| {
            let digits = l.find(|c: char| !c.is_ascii_digit())?;
            Some((l[..digits].parse().ok()?, l[digits..].split_whitespace().next()?))
        })
        .collect();
    let names: Vec<&str> = packages.iter().map(|&(_, name)| name).collect();
    assert_eq!(
        packages.get(1),
        Some(&(1, "deploylint")),
        "the tree starts at the library:\n{stdout}"
    );
    let present: Vec<&str> = FORBIDDEN.iter().copied().filter(|f| names.contains(f)).collect();
    assert_eq!(
        present,
        Vec::<&str>::new(),
        "the default library depends on CLI crates:\n{stdout}"
    );
    let direct: Vec<&str> = packages
        .iter()
        .filter(|&&(depth, _)| depth == 2)
        .map(|&(_, name)| name)
        .collect();
    let binary: Vec<&str> = BINARY_ONLY.iter().copied().filter(|b| direct.contains(b)).collect();
    assert_eq!(
        binary,
        Vec::<&str>::new(),
        "the default library depends on the binary's crates:\n{stdout}"
    );
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|r| !names.contains(r)).collect();
    assert_eq!(
        missing,
        Vec::<&str>::new(),
        "the core's crates are missing from the tree:\n{stdout}"
    );
}
