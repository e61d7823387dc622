//! The editor configurations shipped in editors/ that no editor can run
//! here: Helix's languages.toml parses and wires `deploylint lsp` to YAML
//! and JSON; the VS Code extension's package.json is a valid manifest whose
//! entry point exists. (Neovim and Emacs are run for real by
//! scripts/test-editors.sh; the extension is packaged there with vsce.)

use serde_json::Value;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn helix_languages_toml_runs_deploylint_for_yaml_and_json() {
    let v: toml::Table = toml::from_str(&read("editors/helix/languages.toml")).expect("valid TOML");
    let server = &v["language-server"]["deploylint"];
    assert_eq!(server["command"].as_str(), Some("deploylint"));
    assert_eq!(server["args"].as_array().map(|a| a.len()), Some(1));
    assert_eq!(server["args"][0].as_str(), Some("lsp"));
    assert_eq!(server["config"]["lang"].as_str(), Some("en"));
    let languages = v["language"].as_array().cloned().unwrap_or_default();
    let wired: Vec<&str> = languages
        .iter()
        .filter(|l| {
            l["language-servers"]
                .as_array()
                .is_some_and(|s| s.iter().any(|s| s.as_str() == Some("deploylint")))
        })
        .filter_map(|l| l["name"].as_str())
        .collect();
    assert_eq!(wired, ["yaml", "json"]);
}

#[test]
fn vscode_extension_manifest_is_valid() {
    let p: Value = serde_json::from_str(&read("editors/vscode/package.json")).expect("valid JSON");
    for key in [
        "name",
        "displayName",
        "description",
        "version",
        "publisher",
        "license",
        "main",
    ] {
        assert!(p[key].as_str().is_some_and(|s| !s.is_empty()), "package.json has {key}");
    }
    assert_eq!(p["name"], "deploylint");
    assert!(p["engines"]["vscode"].as_str().is_some_and(|v| v.starts_with('^')));
    assert_eq!(
        p["activationEvents"],
        serde_json::json!(["onLanguage:yaml", "onLanguage:json"])
    );
    let main = p["main"].as_str().unwrap_or("");
    assert!(root().join("editors/vscode").join(main).is_file(), "main {main} exists");
    assert!(p["dependencies"]["vscode-languageclient"].is_string());
    let props = &p["contributes"]["configuration"]["properties"];
    // Empty: the server bundled in the .vsix, else deploylint on PATH (server.js).
    assert_eq!(props["deploylint.path"]["default"], "");
    assert_eq!(props["deploylint.lang"]["enum"], serde_json::json!(["", "en", "zh"]));
    // The extension reads exactly the settings it contributes.
    let js = read("editors/vscode/extension.js");
    assert!(js.contains("getConfiguration('deploylint')"));
    assert!(js.contains("config.get('path')") && js.contains("config.get('lang')"));
    assert!(js.contains("args: ['lsp']"));
}
