#!/usr/bin/env bash
# End-to-end test of the pre-commit hook definition (.pre-commit-hooks.yaml), run the way a user
# runs it: pre-commit from PyPI in a throwaway venv, a temporary git repository whose
# .pre-commit-config.yaml points `repo:` at a committed snapshot of this working tree, pre-commit
# building the hook with `cargo install --locked` (scripts/pre-commit-hook.sh), then `pre-commit run --files` and real
# `git commit`s through the installed git hook.
#
# Needs python3, git and a working cargo (pre-commit uses the system toolchain when `cargo
# --version` works; otherwise it would try to download rustup). Network: PyPI and crates.io.
# Installs python3-venv / git with apt-get when they are missing and it runs as root.
#
# The cargo build goes to $DEPLOYLINT_PRE_COMMIT_TARGET (default: target/pre-commit in this
# repository), so reruns only rebuild the deploylint crate itself.
#
# Closing line: `pre-commit: N passed, M failed`; exit status 0 only when every check passed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1 || { echo "test-pre-commit: $ROOT is not a git checkout" >&2; exit 2; }
PRE_COMMIT_SPEC=${PRE_COMMIT_SPEC:-pre-commit}
export CARGO_TARGET_DIR=${DEPLOYLINT_PRE_COMMIT_TARGET:-$ROOT/target/pre-commit}

START=$SECONDS
say() { printf '[test-pre-commit %3ds] %s\n' "$((SECONDS - START))" "$*"; }
die() { printf 'test-pre-commit: %s\n' "$*" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/deploylint-pre-commit.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Git without the user's or the machine's configuration (a global core.hooksPath would make
# `pre-commit install` refuse), with an identity for the commits made here.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$WORK/gitconfig"
: >"$GIT_CONFIG_GLOBAL"
export GIT_AUTHOR_NAME=deploylint-test GIT_AUTHOR_EMAIL=test@example.invalid
export GIT_COMMITTER_NAME=deploylint-test GIT_COMMITTER_EMAIL=test@example.invalid
# pre-commit's own cache (cloned hook repos, built environments): throwaway.
export PRE_COMMIT_HOME="$WORK/pre-commit-home"
export PIP_DISABLE_PIP_VERSION_CHECK=1 NO_COLOR=1

apt_install() {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
    say "installing $* with apt-get"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- prerequisites -------------------------------------------------------------------------
command -v git >/dev/null || apt_install git || die "git is required"
command -v cargo >/dev/null && (cd / && cargo --version >/dev/null) ||
    die "a working cargo is required (pre-commit's language: rust uses the system toolchain)"

say "pre-commit: installing $PRE_COMMIT_SPEC from PyPI into a throwaway venv"
if ! python3 -m venv "$WORK/venv" 2>/dev/null; then
    rm -rf "$WORK/venv"
    apt_install python3-venv || die "python3 -m venv failed (install python3-venv)"
    python3 -m venv "$WORK/venv"
fi
"$WORK/venv/bin/pip" install -q "$PRE_COMMIT_SPEC"
PRE_COMMIT="$WORK/venv/bin/pre-commit"
say "$("$PRE_COMMIT" --version), $(cargo --version)"

# --- a committed snapshot of this working tree (uncommitted and new files included) ---------
# Tracked and untracked-but-not-ignored files, so target/, wasm/pkg/, node_modules/ stay out.
SNAP="$WORK/deploylint"
mkdir "$SNAP"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) |
    (cd "$ROOT" && while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done) |
    tar -C "$ROOT" --null -T - -cf - | tar -C "$SNAP" -xf -
[ -f "$SNAP/.pre-commit-hooks.yaml" ] || die "no .pre-commit-hooks.yaml in $ROOT"
git -C "$SNAP" init -q
git -C "$SNAP" add -A
git -C "$SNAP" commit -q -m "deploylint snapshot for the pre-commit test"
REV=$(git -C "$SNAP" rev-parse HEAD)
say "snapshot of $ROOT committed as $REV"

# --- the user's repository -----------------------------------------------------------------
REPO="$WORK/repo"
mkdir -p "$REPO/deploy" "$REPO/other"
cp "$ROOT/examples/valid/ief-v3-create.json" "$REPO/deploy/valid.json"
cp "$ROOT/examples/valid/ief-v3-update.yaml" "$REPO/deploy/valid.yaml"
cp "$ROOT/examples/broken/ief-v3-update.json" "$REPO/deploy/broken.json"
# A valid body plus one unknown key: its only finding is unknown-field.
sed '1s/^{$/{\n  "colour": "blue",/' "$ROOT/examples/valid/ief-v3-update.json" >"$REPO/deploy/typo.json"
printf '# not a manifest: the hook must not be given this file\n' >"$REPO/deploy/NOTES.md"
printf '{"name": "web", "version": "1.0.0"}\n' >"$REPO/other/package.json"
# The three lines of docs/ci.md, `repo:` pointing at the snapshot.
cat >"$REPO/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $SNAP
    rev: $REV
    hooks: [{id: deploylint, files: ^deploy/}]
EOF
git -C "$REPO" init -q
git -C "$REPO" add .pre-commit-config.yaml
git -C "$REPO" commit -q -m "pre-commit config"
cd "$REPO"

say "pre-commit install-hooks, then the first run builds the hook (target dir $CARGO_TARGET_DIR)"
BUILD_START=$SECONDS
if ! "$PRE_COMMIT" install-hooks >"$WORK/install.log" 2>&1 ||
    ! "$PRE_COMMIT" run deploylint --files deploy/valid.json >>"$WORK/install.log" 2>&1; then
    cat "$WORK/install.log" >&2
    cat "$PRE_COMMIT_HOME/pre-commit.log" >&2 2>/dev/null || true
    die "pre-commit could not build the deploylint hook"
fi
say "hook built in $((SECONDS - BUILD_START))s"

# --- checks --------------------------------------------------------------------------------
PASSED=0
FAILED=0
# check NAME EXPECT(pass|fail) [GREP]... -- COMMAND...
check() {
    local name=$1 expect=$2 needles=() out rc ok=1
    shift 2
    while [ "$1" != -- ]; do needles+=("$1"); shift; done
    shift
    out="$WORK/out.$((PASSED + FAILED))"
    set +e
    "$@" >"$out" 2>&1
    rc=$?
    set -e
    case $expect in
        pass) [ "$rc" = 0 ] || ok=0 ;;
        fail) [ "$rc" != 0 ] || ok=0 ;;
    esac
    for n in "${needles[@]}"; do grep -qF -- "$n" "$out" || ok=0; done
    if [ "$ok" = 1 ]; then
        PASSED=$((PASSED + 1))
        say "ok   $name (exit $rc)"
    else
        FAILED=$((FAILED + 1))
        say "FAIL $name (exit $rc; expected $expect${needles:+, output containing: ${needles[*]}})"
        sed 's/^/    | /' "$out"
    fi
}

check "the hook definition is a valid pre-commit manifest" pass -- \
    "$PRE_COMMIT" validate-manifest "$SNAP/.pre-commit-hooks.yaml"
check "the hook is built with the tested Cargo.lock (--locked)" pass "--locked" -- \
    grep -e "cargo install --locked" "$SNAP/scripts/pre-commit-hook.sh"
check "the hook binary is in pre-commit's cache, built once for the revision" pass "deploylint-$REV" -- \
    sh -c "ls -d \"$PRE_COMMIT_HOME\"/deploylint-*/bin/deploylint"
check "valid JSON manifest passes" pass "Passed" -- \
    "$PRE_COMMIT" run deploylint --files deploy/valid.json
check "valid YAML manifest passes" pass "Passed" -- \
    "$PRE_COMMIT" run deploylint --files deploy/valid.yaml
check "broken manifest fails with its rule codes" fail "Failed" "unknown-field" "deploy/broken.json" -- \
    "$PRE_COMMIT" run deploylint --files deploy/broken.json
check "types_or: a Markdown file is not passed to the hook" pass "Skipped" -- \
    "$PRE_COMMIT" run deploylint --files deploy/NOTES.md
check "files: JSON outside ^deploy/ is not passed to the hook" pass "Skipped" -- \
    "$PRE_COMMIT" run deploylint --files other/package.json

# A real commit through the installed git hook: only the staged files are linted.
"$PRE_COMMIT" install >/dev/null
git add deploy/broken.json
check "git commit of the broken manifest is rejected" fail "unknown-field" -- \
    git commit -q -m "broken manifest"
git reset -q
git add deploy/valid.json deploy/valid.yaml deploy/NOTES.md other/package.json
check "git commit of valid manifests goes through" pass -- \
    git commit -q -m "valid manifests"
check "the valid commit was made" pass "valid manifests" -- git log -1 --format=%s

# deploylint.toml at the repository root applies to the hook (it runs from the root).
check "an unknown key fails without a config file" fail "unknown-field" -- \
    "$PRE_COMMIT" run deploylint --files deploy/typo.json
printf '[rules]\nunknown-field = "warning"\n' >deploylint.toml
check "deploylint.toml making unknown-field a warning lets it pass" pass "Passed" -- \
    "$PRE_COMMIT" run deploylint --files deploy/typo.json
rm deploylint.toml

say "done in $((SECONDS - START))s"
echo "pre-commit: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
