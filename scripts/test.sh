#!/usr/bin/env bash
# Runs every test deploylint has, installing what it needs on a fresh machine.
# This is the README's test command; .ci/run calls it, then clippy and rustfmt.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup component add clippy rustfmt >/dev/null 2>&1 || true
cargo test --locked --all-targets
cargo test --locked --doc
