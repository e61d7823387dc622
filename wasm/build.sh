#!/usr/bin/env bash
# Builds the npm package `deploylint` into wasm/pkg/:
#   package.json, index.js (browsers, bundlers), node.js (Node), api.js, core.js,
#   deploylint_wasm.js (wasm-bindgen glue), deploylint_wasm_bg.wasm, index.d.ts, README.md,
#   LICENSE-MIT, LICENSE-APACHE;
# and its second entry `deploylint/policies` (team policies, the same crate
# with the `policies` feature, which links the JSON Schema validator):
#   policies.js, policies-node.js, policies-api.js, policies.d.ts,
#   deploylint_policies.js, deploylint_policies_bg.wasm.
#
# Needs: the wasm32-unknown-unknown target and wasm-bindgen-cli at the version
# of `wasm-bindgen` in Cargo.lock (wasm/test.sh installs both). wasm-opt comes
# from the npm package binaryen in wasm/node_modules (`npm ci` in wasm/); without
# it the module is left unoptimised (bigger) and a warning says so.
set -euo pipefail
WASM_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$WASM_DIR/.." && pwd)"
OUT="$WASM_DIR/pkg"
cd "$ROOT"

want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ "$have" != "$want" ]]; then
  echo "build.sh: wasm-bindgen-cli $want is needed (Cargo.lock), found '${have:-none}'; run wasm/test.sh or: cargo install wasm-bindgen-cli --version $want" >&2
  exit 1
fi

BUILT="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/deploylint_wasm.wasm"
rm -rf "$OUT"
# The default entry, then the policies entry (the same artifact, rebuilt with the feature).
cargo build --locked -p deploylint-wasm --target wasm32-unknown-unknown --profile wasm
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$BUILT"
cargo build --locked -p deploylint-wasm --target wasm32-unknown-unknown --profile wasm --features policies
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name deploylint_policies "$BUILT"

WASM_OPT="$WASM_DIR/node_modules/.bin/wasm-opt"
for module in deploylint_wasm deploylint_policies; do
  if [[ -x "$WASM_OPT" ]]; then
    # -Oz for size; the features are those rustc enables for wasm32 by default
    # (all supported by Node 18+ and current browsers).
    "$WASM_OPT" -Oz --converge --strip-debug --strip-producers \
      --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$OUT/${module}_bg.wasm" -o "$OUT/${module}_bg.opt.wasm"
    mv "$OUT/${module}_bg.opt.wasm" "$OUT/${module}_bg.wasm"
  else
    echo "build.sh: warning: $WASM_OPT not found (npm ci in wasm/); $module is not size-optimised" >&2
  fi
done

for f in api.js core.js index.js node.js index.d.ts policies.js policies-node.js policies-api.js policies.d.ts; do
  cp "$WASM_DIR/js/$f" "$OUT/"
done
cp "$WASM_DIR/README.md" "$OUT/README.md"
cp "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$OUT/"
rm -f "$OUT/.gitignore"

# package.json: wasm/package.json without what only the development project
# needs, at the crate's version.
version=$(awk -F'"' '/^version = / {print $2; exit}' "$WASM_DIR/Cargo.toml")
node --input-type=module - "$WASM_DIR/package.json" "$OUT/package.json" "$version" <<'EOF'
import { readFileSync, writeFileSync } from 'node:fs';
const [src, dst, version] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(src, 'utf8'));
for (const k of ['private', 'scripts', 'devDependencies']) delete pkg[k];
pkg.version = version;
writeFileSync(dst, JSON.stringify(pkg, null, 2) + '\n');
EOF

for module in deploylint_wasm deploylint_policies; do
  size=$(stat -c %s "$OUT/${module}_bg.wasm")
  gz=$(gzip -9c "$OUT/${module}_bg.wasm" | wc -c)
  echo "built $OUT (deploylint $version): ${module}_bg.wasm $size bytes, $gz gzipped"
done
