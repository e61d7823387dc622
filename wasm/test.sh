#!/usr/bin/env bash
# Builds the WebAssembly package (wasm/pkg) and runs its tests: API, never-throws,
# parity with the native CLI on every fixture, TypeScript declarations, the packed
# tarball in a fresh project, and a real headless Chromium.
#
# Installs what it needs on a fresh Debian machine, idempotently and without
# questions: the wasm32-unknown-unknown target, wasm-bindgen-cli at exactly the
# version of wasm-bindgen in Cargo.lock, Debian's chromium (as root, if
# /usr/bin/chromium is missing) and the Node packages of wasm/package-lock.json.
set -euo pipefail
WASM_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$WASM_DIR/.." && pwd)"
cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
start=$SECONDS
step() { echo "== wasm/test.sh: $* ($((SECONDS - start))s)"; }

step "rust target wasm32-unknown-unknown"
rustup target add wasm32-unknown-unknown

want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ "$have" != "$want" ]]; then
  step "cargo install wasm-bindgen-cli $want (found '${have:-none}')"
  # --locked first; without it if a locked dependency has left the registry.
  cargo install wasm-bindgen-cli --version "$want" --locked --force ||
    cargo install wasm-bindgen-cli --version "$want" --force
fi

if [[ ! -x /usr/bin/chromium ]]; then
  step "apt-get install chromium"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo -n); fi
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

step "npm ci (wasm/package-lock.json)"
(cd "$WASM_DIR" && npm ci --no-audit --no-fund --loglevel=error)

step "native CLI for the parity test"
cargo build --locked --bin deploylint

step "build wasm/pkg"
bash "$WASM_DIR/build.sh"

step "node --test"
cd "$WASM_DIR"
node --test --test-reporter=spec tests/*.test.mjs
step "done"
