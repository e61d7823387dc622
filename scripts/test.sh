#!/usr/bin/env bash
# Runs every test deploylint has, installing what it needs on a fresh machine.
# This is the README's test command; .ci/run calls it, then clippy and rustfmt.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup component add clippy rustfmt >/dev/null 2>&1 || true
# The official SARIF 2.1.0 schema for tests/ci.rs, from the npm registry.
npm ci --prefix tests/sarif --no-audit --no-fund --silent
# npm 11 skips install scripts unless approved; the Multitool's only makes its binary executable.
chmod u+x tests/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
cargo test --locked --all-targets
cargo test --locked --doc
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p deploylint --locked
# Ajv 2020 in strict mode over the generated schemas and every fixture.
npm ci --prefix tests/ajv --no-audit --no-fund --silent
node tests/ajv/check.mjs
# A 60-second smoke fuzz: the four cargo-fuzz targets, 15 s each (docs/robustness.md).
bash scripts/fuzz-smoke.sh 15
# The pre-commit hook definition, end to end with pre-commit from PyPI.
./scripts/test-pre-commit.sh
# The WebAssembly package: build, parity with the CLI, Node, npm pack, headless Chromium.
bash wasm/test.sh
# Ready to publish: the crates (cargo publish --dry-run), the npm package wasm/test.sh just
# built (npm publish --dry-run) and the VS Code extension with its server (vsce package), each
# checked against its list in scripts/publish/; prints their sizes (docs/ci.md, "Packages").
bash scripts/test-publish.sh
# Hostile inputs (docs/robustness.md): CPU time, wall time and peak RSS of each, natively and in
# the WASM package wasm/test.sh just built; fails over 1 s of CPU or 400 MB, or on a crash.
bash scripts/adversarial.sh
# The language server with real clients: Neovim and Emacs (eglot) from Debian, the VS Code extension's wiring.
bash scripts/test-editors.sh
# The web form (web/): build with the WASM package, then Playwright in Debian's headless Chromium.
bash scripts/test-web.sh
