#!/usr/bin/env bash
# Packs the VS Code extension (editors/vscode) for one platform with the server
# inside, the rust-analyzer way: the deploylint binary for that platform is
# copied to editors/vscode/server/deploylint (deploylint.exe for win32-*) and
# `vsce package --target TARGET` writes a .vsix that the Marketplace serves to
# that platform only. The extension runs the bundled server unless
# `deploylint.path` is set (editors/vscode/server.js).
#
# Usage: scripts/package-vscode.sh [--target T] [--server FILE] [--out FILE]
#   --target  a vsce target: linux-x64 (default), linux-arm64, alpine-x64,
#             alpine-arm64, darwin-x64, darwin-arm64, win32-x64, win32-arm64
#   --server  an already-built deploylint for that target (tests pass the debug
#             build); default: cargo build --release --locked for the target's
#             Rust triple (a cross target needs its linker installed)
#   --out     the .vsix written (default editors/vscode/deploylint-T-VERSION.vsix)
# Needs node and npm (installs editors/vscode/node_modules with npm ci).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXT="$ROOT/editors/vscode"
target=linux-x64
server=
out=
while (($#)); do
    case $1 in
    --target) target=$2 && shift 2 ;;
    --server) server=$2 && shift 2 ;;
    --out) out=$2 && shift 2 ;;
    *) echo "package-vscode.sh: unknown argument $1 (see the header of $0)" >&2 && exit 2 ;;
    esac
done

case $target in
linux-x64) triple=x86_64-unknown-linux-gnu ;;
linux-arm64) triple=aarch64-unknown-linux-gnu ;;
alpine-x64) triple=x86_64-unknown-linux-musl ;;
alpine-arm64) triple=aarch64-unknown-linux-musl ;;
darwin-x64) triple=x86_64-apple-darwin ;;
darwin-arm64) triple=aarch64-apple-darwin ;;
win32-x64) triple=x86_64-pc-windows-msvc ;;
win32-arm64) triple=aarch64-pc-windows-msvc ;;
*) echo "package-vscode.sh: no Rust target for vsce target '$target'" >&2 && exit 2 ;;
esac
exe=deploylint
[[ $target == win32-* ]] && exe=deploylint.exe
version=$(node -p "require('$EXT/package.json').version")
out=${out:-$EXT/deploylint-$target-$version.vsix}

if [[ -z $server ]]; then
    cargo build --manifest-path "$ROOT/Cargo.toml" --locked --release -p deploylint-cli --bin deploylint --target "$triple"
    server="${CARGO_TARGET_DIR:-$ROOT/target}/$triple/release/$exe"
fi
[[ -f $server ]] || { echo "package-vscode.sh: no server binary at $server" >&2 && exit 1; }

# The server goes in for the packing only: an extension run from the checkout
# uses deploylint on PATH, as before.
rm -rf "$EXT/server"
trap 'rm -rf "$EXT/server"' EXIT
mkdir "$EXT/server"
install -m 0755 "$server" "$EXT/server/$exe"

# npm ci (which reinstalls from scratch) only when package-lock.json changed since.
if [[ ! -f $EXT/node_modules/.package-lock.json || $EXT/package-lock.json -nt $EXT/node_modules/.package-lock.json ]]; then
    npm ci --prefix "$EXT" --no-audit --no-fund --silent
fi
# No repository URL and no LICENSE file name vsce knows (the licence is
# "MIT OR Apache-2.0", both texts are packed): both checks are waived.
(cd "$EXT" && npx --no-install vsce package --target "$target" --allow-missing-repository \
    --skip-license --out "$out" >/dev/null)
echo "$out"
