#!/usr/bin/env bash
# Checks a .vsix of the VS Code extension (scripts/package-vscode.sh): it holds
# exactly what scripts/publish/vsix.txt allows; extension/server/deploylint is
# there, executable (mode 755 in the zip, which VS Code keeps on install) and
# runs; its node_modules are exactly the runtime dependencies (`npm ls
# --omit=dev` in editors/vscode), no development ones. Prints its sizes.
# Usage: scripts/publish/check-vsix.sh FILE.vsix   (needs unzip/zipinfo, node, npm)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VSIX=$1
fail() { echo "check-vsix: $*" >&2 && exit 1; }

zipinfo -1 "$VSIX" | node "$ROOT/scripts/publish/check-list.mjs" "$ROOT/scripts/publish/vsix.txt"

mode=$(zipinfo "$VSIX" extension/server/deploylint | awk '{print $1}')
[[ $mode == -rwxr-xr-x ]] || fail "extension/server/deploylint has mode $mode, not -rwxr-xr-x"
work=$(mktemp -d "${TMPDIR:-/tmp}/deploylint-vsix.XXXXXX")
trap 'rm -rf "$work"' EXIT
unzip -q "$VSIX" extension/server/deploylint -d "$work"
"$work/extension/server/deploylint" --version >/dev/null || fail "the bundled server does not run"

# Packages in the .vsix (a package.json right under node_modules/NAME or
# node_modules/@SCOPE/NAME) against npm's list of the runtime dependencies.
packed=$(zipinfo -1 "$VSIX" | sed -nE 's#^extension/((node_modules/(@[^/]+/)?[^/]+/)+)package\.json$#\1#p' |
    sed 's#/$##' | sort)
runtime=$(cd "$ROOT/editors/vscode" && npm ls --omit=dev --all --parseable |
    sed -n "s#^$PWD/##p" | sort)
[[ $packed == "$runtime" ]] || fail "node_modules in the .vsix differ from the runtime dependencies:
$(diff <(echo "$runtime") <(echo "$packed") || true)"

unpacked=$(zipinfo -t "$VSIX" | awk '{print $3}')
echo "vsix $(basename "$VSIX"): $(stat -c %s "$VSIX") bytes compressed, $unpacked bytes unpacked, $(zipinfo -1 "$VSIX" | wc -l) files"
