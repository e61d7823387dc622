#!/usr/bin/env bash
# Builds the form page into web/dist/: static files (index.html, one JS bundle,
# CSS, the deploylint .wasm) that any static file server can serve.
#
#   bash web/build.sh              # then: npm --prefix web run serve
#
# 1. The WebAssembly package wasm/pkg (wasm/build.sh), when it is missing or
#    older than the Rust or JS sources; installs what that needs when missing:
#    the wasm32-unknown-unknown target, wasm-bindgen-cli at the version of
#    Cargo.lock, and wasm/'s npm packages (wasm-opt).
# 2. web/'s npm packages (npm ci, web/package-lock.json) when missing or stale.
# 3. Type-check (tsc --noEmit), then vite build.
set -euo pipefail
WEB="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$WEB/.." && pwd)"
cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
say() { echo "== web/build.sh: $*"; }

wasm="$ROOT/wasm/pkg/deploylint_wasm_bg.wasm"
stale=""
if [[ ! -f "$wasm" || -n "${WEB_REBUILD_WASM:-}" ]]; then
  stale="missing"
elif [[ -n "$(find src wasm/src wasm/js wasm/build.sh Cargo.toml Cargo.lock wasm/Cargo.toml -newer "$wasm" -type f -print -quit)" ]]; then
  stale="older than its sources"
fi
if [[ -n "$stale" ]]; then
  say "wasm/pkg is $stale: building it"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi
  want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [[ "$have" != "$want" ]]; then
    say "cargo install wasm-bindgen-cli $want (found '${have:-none}')"
    cargo install wasm-bindgen-cli --version "$want" --locked --force ||
      cargo install wasm-bindgen-cli --version "$want" --force
  fi
  if [[ ! -x wasm/node_modules/.bin/wasm-opt ]]; then
    (cd wasm && npm ci --no-audit --no-fund --loglevel=error)
  fi
  bash wasm/build.sh
fi

# npm ci when node_modules is missing or older than the lock file.
if [[ ! -f "$WEB/node_modules/.package-lock.json" || "$WEB/package-lock.json" -nt "$WEB/node_modules/.package-lock.json" ]]; then
  say "npm ci"
  (cd "$WEB" && npm ci --no-audit --no-fund --loglevel=error)
fi

cd "$WEB"
say "tsc --noEmit"
node_modules/.bin/tsc --noEmit
say "vite build"
node_modules/.bin/vite build
say "built $WEB/dist"
