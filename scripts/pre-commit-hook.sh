#!/usr/bin/env bash
# The pre-commit hook's entry (.pre-commit-hooks.yaml, `language: script`).
#
# pre-commit's `language: rust` runs `cargo install` without `--locked`, so a hook install could
# build with dependency versions other than the tested ones in Cargo.lock, and pre-commit offers
# no way to add the flag (pre-commit/pre-commit#3162). This script builds the hook once per
# revision with `cargo install --locked` into pre-commit's cache, then runs it on the files
# pre-commit passes. Concurrent hook processes wait for one build (flock).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$here" rev-parse HEAD 2>/dev/null || echo unversioned)
cache=${PRE_COMMIT_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/pre-commit}
root="$cache/deploylint-$rev"
bin="$root/bin/deploylint"
if [ ! -x "$bin" ]; then
    mkdir -p "$cache"
    (
        flock 9
        [ -x "$bin" ] || cargo install --locked --quiet --bins --root "$root" --path "$here/cli" >&2
    ) 9>"$cache/deploylint-$rev.lock"
fi
exec "$bin" check --force-exclude "$@"
