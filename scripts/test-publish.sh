#!/usr/bin/env bash
# Ready to publish (issue 21): every package deploylint ships is built as its
# registry would receive it, its contents checked against the lists kept in
# scripts/publish/ (a file no glob allows, or a glob no file matches, fails),
# and its sizes printed (docs/ci.md, "Packages"). Nothing is uploaded.
#   - the crates `deploylint`, `deploylint-cli` and `deploylint-wasm`: cargo package --list, then
#     cargo publish --workspace --dry-run (packs both, builds them from the
#     packed sources against crates.io, deploylint-wasm against the packed
#     deploylint; only the crates.io index is fetched);
#   - the npm package `deploylint` (wasm/pkg, which wasm/test.sh builds: run it
#     first): npm pack --dry-run --json, then npm publish --dry-run;
#   - the VS Code extension for linux-x64 with the server inside
#     (scripts/package-vscode.sh, the debug build unless DEPLOYLINT_SERVER names
#     another; vsce has no dry run, and `vsce package` is the packing and every
#     check `vsce publish` does before it uploads), checked by
#     scripts/publish/check-vsix.sh.
# fuzz/ is not published (publish = false). Needs cargo, node, npm, unzip.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
START=$SECONDS
say() { printf '[test-publish %3ds] %s\n' "$((SECONDS - START))" "$*"; }
LISTS=scripts/publish
sizes=()

if ! command -v unzip >/dev/null 2>&1; then
    say "installing unzip"
    if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo -n); fi
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends unzip >/dev/null
fi

# --allow-dirty: CI leaves untracked build output (node_modules, reports) in the
# checkout; the lists below are what decides what may be packed.
say "crates: contents"
for crate in deploylint deploylint-cli deploylint-wasm; do
    cargo package --list --locked --allow-dirty -p "$crate" 2>/dev/null |
        node "$LISTS/check-list.mjs" "$LISTS/$crate.crate.txt"
done
say "crates: cargo publish --workspace --dry-run"
cargo publish --workspace --dry-run --locked --allow-dirty --quiet
# The .crate files themselves, for their sizes (already verified above).
cargo package --workspace --no-verify --locked --allow-dirty --quiet
for crate in deploylint deploylint-cli deploylint-wasm; do
    file="$TARGET_DIR/package/$crate-$(cargo pkgid -p "$crate" | sed 's/.*[#@]//').crate"
    unpacked=$(tar -tvzf "$file" | awk '{s += $3} END {print s}')
    sizes+=("crate $crate: $(stat -c %s "$file") bytes compressed, $unpacked bytes unpacked, $(tar -tzf "$file" | wc -l) files")
done

say "npm package deploylint (wasm/pkg): contents"
[[ -f wasm/pkg/package.json ]] || {
    echo "test-publish: wasm/pkg is not built; run wasm/test.sh (or wasm/build.sh) first" >&2
    exit 1
}
pack=$(cd wasm/pkg && npm pack --dry-run --json --loglevel=error)
node -e 'for (const f of JSON.parse(process.argv[1])[0].files) console.log(f.path)' "$pack" |
    node "$LISTS/check-list.mjs" "$LISTS/npm-deploylint.txt"
sizes+=("$(node -e 'const p = JSON.parse(process.argv[1])[0];
console.log(`npm ${p.name}: ${p.size} bytes compressed, ${p.unpackedSize} bytes unpacked, ${p.entryCount} files`)' "$pack")")
say "npm package deploylint: npm publish --dry-run"
(cd wasm/pkg && npm publish --dry-run --loglevel=error >/dev/null)

say "VS Code extension: vsce package --target linux-x64"
server=${DEPLOYLINT_SERVER:-}
if [[ -z $server ]]; then
    cargo build --locked --quiet -p deploylint-cli --bin deploylint
    server="$TARGET_DIR/debug/deploylint"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/deploylint-publish.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
vsix="$WORK/deploylint-linux-x64.vsix"
bash scripts/package-vscode.sh --target linux-x64 --server "$server" --out "$vsix" >/dev/null
checked=$(bash "$LISTS/check-vsix.sh" "$vsix")
echo "$checked" | head -n -1
sizes+=("$(echo "$checked" | tail -n 1) (server: $server)")

say "sizes"
printf '  %s\n' "${sizes[@]}"
echo "publish: every package checked, nothing uploaded"
