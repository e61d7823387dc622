#!/usr/bin/env bash
# A short fuzz run of every cargo-fuzz target in fuzz/ (CI's smoke fuzz;
# docs/robustness.md describes the full campaign).
#
# Installs cargo-fuzz if missing and builds on the stable toolchain with
# RUSTC_BOOTSTRAP=1 (cargo-fuzz needs -Zsanitizer). Each target starts from
# its committed corpus (fuzz/corpus/TARGET, read only) and the manifests of
# examples/ and tests/fixtures/; new inputs go to a temporary directory, so
# the tree is left as it was. A crash fails the script and leaves its input
# in fuzz/artifacts/TARGET/.
#
# Usage: scripts/fuzz-smoke.sh [SECONDS_PER_TARGET]   (default 15: about a minute for the four)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-15}
export RUSTC_BOOTSTRAP=1
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz-smoke.sh: cargo install cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

echo "fuzz-smoke.sh: cargo fuzz build -O"
cargo fuzz build -O

WORK=$(mktemp -d "${TMPDIR:-/tmp}/deploylint-fuzz-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
STARTING=(examples tests/fixtures)

for target in $(cargo fuzz list); do
  mkdir -p "$WORK/$target" "fuzz/corpus/$target"
  dirs=("fuzz/corpus/$target")
  # The structure-aware target reads bytes as a mutation plan, not a manifest.
  [[ $target == mutate ]] || dirs+=("${STARTING[@]}")
  echo "fuzz-smoke.sh: $target for ${SECONDS_PER_TARGET}s"
  if ! cargo fuzz run -O "$target" "$WORK/$target" "${dirs[@]}" -- \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    >"$WORK/$target.log" 2>&1; then
    tail -n 60 "$WORK/$target.log"
    echo "fuzz-smoke.sh: $target FAILED (the input is in fuzz/artifacts/$target/)"
    exit 1
  fi
  execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$WORK/$target.log")
  cov=$(grep -E '^#[0-9]+' "$WORK/$target.log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
  echo "fuzz-smoke.sh: $target ok: ${execs:-?} executions, $cov"
done
echo "fuzz-smoke.sh: every target ran ${SECONDS_PER_TARGET}s without a crash"
