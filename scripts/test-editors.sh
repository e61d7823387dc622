#!/usr/bin/env bash
# Real editors against `deploylint lsp` (issue 13), run the way a user's editor runs it:
#   - Neovim (Debian's neovim, 0.7) headless: its built-in client, configured by
#     editors/neovim/deploylint.lua, opens a bad manifest, receives the diagnostics (lines,
#     codes), applies the offered code action, and the buffer and file are fixed;
#   - Emacs (emacs-nox + elpa-eglot) in batch mode: eglot, configured by
#     editors/emacs/deploylint.el, gets the diagnostics into flymake at the right lines;
#   - VS Code cannot be downloaded here: the extension's wiring and its choice of server
#     (server.js) are tested with node's test runner (VS Code's modules replaced by
#     recorders), and it is packaged for linux-x64 with the server inside
#     (scripts/package-vscode.sh, @vscode/vsce) and the .vsix checked file by file
#     (scripts/publish/check-vsix.sh); Helix is not packaged for Debian: tests/lsp_editors.rs checks its
#     languages.toml;
#   - yaml-language-server (npm, pinned by tests/yamlls/package-lock.json), for users of the
#     Red Hat YAML extension: over stdio with schemas/ief-v3-create.json, through the modeline
#     and through the yaml.schemas setting, it publishes exactly the expected diagnostics for
#     the bad manifest (tests/yamlls/check.mjs).
#
# Installs what is missing with apt-get (neovim emacs-nox elpa-eglot nodejs npm; CI runs as
# root) and is idempotent: installed packages and an up-to-date build are reused.
# Network: Debian's packages and the npm registry, only when something is missing.
#
# Closing line: `editors: N passed, M failed`; exit status 0 only when every check passed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
START=$SECONDS
say() { printf '[test-editors %3ds] %s\n' "$((SECONDS - START))" "$*"; }

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)
compgen -G "/usr/share/emacs/site-lisp/elpa/eglot-*" >/dev/null || missing+=(elpa-eglot)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

say "building deploylint"
cargo build --locked --quiet --bin deploylint
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/deploylint"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/deploylint-editors.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0
run() { # NAME COMMAND...: runs a check, counts it, keeps going.
    local name=$1
    shift
    say "$name"
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        say "FAILED: $name"
    fi
}

manifest() { # a fresh copy of the bad manifest in its own folder
    mkdir -p "$WORK/$1"
    cp editors/testdata/web.yaml "$WORK/$1/web.yaml"
    echo "$WORK/$1/web.yaml"
}

neovim() {
    DEPLOYLINT="$BIN" DEPLOYLINT_FILE=$(manifest neovim) \
        timeout 180 nvim --headless --clean -c "luafile editors/neovim/test.lua" </dev/null
}

emacs_eglot() {
    DEPLOYLINT="$BIN" DEPLOYLINT_FILE=$(manifest emacs) \
        timeout 180 emacs --batch -Q -l editors/emacs/test.el </dev/null
}

vscode_extension() {
    (cd editors/vscode && node --test test/)
}

vscode_vsix() { # the linux-x64 .vsix with the debug build inside, checked file by file
    bash scripts/package-vscode.sh --target linux-x64 --server "$BIN" \
        --out "$WORK/deploylint-linux-x64.vsix" >/dev/null &&
        bash scripts/publish/check-vsix.sh "$WORK/deploylint-linux-x64.vsix"
}

yaml_language_server() {
    npm ci --prefix tests/yamlls --no-audit --no-fund --silent &&
        timeout 120 node tests/yamlls/check.mjs
}

run "neovim $(nvim --version | head -1)" neovim
run "emacs $(emacs --version | head -1 | awk '{print $3}') with eglot" emacs_eglot
run "vscode extension wiring (node --test)" vscode_extension
run "vscode extension packaged for linux-x64 with the server inside" vscode_vsix
run "yaml-language-server with the generated schema" yaml_language_server

echo "editors: $passed passed, $failed failed"
((failed == 0))
