#!/usr/bin/env bash
# Team policies' cost (issue 20, "Speed"): lints the 10,000-file corpus of
# scripts/bench-compare.sh (gen-corpus N) with the five documented policies of
# examples/policies/deploylint.toml and without them, one thread
# (RAYON_NUM_THREADS=1) and all threads, and prints CPU time (user + system),
# wall time and the ratios (target: at most 1.3×). Not run in CI; see
# docs/performance.md, "Team policies (issue 20)".
#
#   scripts/bench-policies.sh [N]     # N files (default 10000)
#
# The shipped policies name folders in `files` (prod/**, releases/magento/**)
# that the corpus does not have, so the script writes a copy of the config
# without `files` (every policy then applies to every file of its kinds),
# next to a copy of its schema files, under $CARGO_TARGET_DIR/bench/policies/;
# the run without policies uses the same config with no [[policies]].
# Uses hyperfine when installed (RUNS runs, default 5), else GNU time.
# CALLGRIND=1: also counts instructions (valgrind --tool=callgrind, one
# thread) over a 400-file sample: the first 100 files of ief-v3-create,
# ief-v2-create, cce-release-update and ief-v3-update.
set -euo pipefail

N=${1:-10000}
RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
WORK=$TARGET/bench/policies
CORPUS=$TARGET/bench/corpus-$N
mkdir -p "$WORK"

(cd "$ROOT" && cargo build -q --release --bin deploylint --example gen-corpus)
BIN=$TARGET/release/deploylint
if [ ! -d "$CORPUS" ]; then
  "$TARGET/release/examples/gen-corpus" "$N" "$CORPUS"
fi
FILES=$(find "$CORPUS" -type f | wc -l)

# The five policies without `files`, and the same config without policies.
rm -rf "$WORK/policies" "$WORK/charts"
cp -r "$ROOT/examples/policies/policies" "$ROOT/examples/policies/charts" "$WORK/"
grep -v '^files = ' "$ROOT/examples/policies/deploylint.toml" >"$WORK/with.toml"
sed -n '/^\[\[policies\]\]/q;p' "$ROOT/examples/policies/deploylint.toml" >"$WORK/without.toml"
POLICIES=$(grep -c '^\[\[policies\]\]' "$WORK/with.toml")
WITH="$BIN check --format json --config $WORK/with.toml $CORPUS"
WITHOUT="$BIN check --format json --config $WORK/without.toml $CORPUS"
# Sanity: the policies run (findings with their codes).
$WITH >"$WORK/with.json" 2>/dev/null || true
FOUND=$(grep -o '"code":"\(acme-registry\|mandatory-tags\|memory-ceiling\|no-latest-outside-dev\|magento-values\)"' "$WORK/with.json" | wc -l)
[ "$FOUND" -gt 0 ] || { echo "the policies did not run" >&2; exit 1; }

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
echo "corpus: $FILES files ($CORPUS); $POLICIES policies ($FOUND policy findings); $(nproc) cores; load average $LOAD" >&2

if command -v hyperfine >/dev/null; then
  hyperfine -i --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
    -n "without (1 thread)" "env RAYON_NUM_THREADS=1 $WITHOUT" \
    -n "with (1 thread)" "env RAYON_NUM_THREADS=1 $WITH" \
    -n "without (all threads)" "$WITHOUT" \
    -n "with (all threads)" "$WITH" >&2
  python3 - "$WORK/hyperfine.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
cpu = lambda x: x["user"] + x["system"]
print(f"| {'run':<22} | {'wall (mean ± σ)':>16} | {'CPU s':>6} |")
print(f"|{'-' * 24}|{'-' * 18}:|{'-' * 7}:|")
for x in r:
    print(f"| {x['command']:<22} | {x['mean']:>7.3f} ± {x['stddev'] or 0:5.3f} s | {cpu(x):>6.2f} |")
print(f"\nwith / without, 1 thread: {cpu(r[1]) / cpu(r[0]):.2f}× CPU, {r[1]['mean'] / r[0]['mean']:.2f}× wall (target ≤ 1.3×)")
print(f"with / without, all threads: {cpu(r[3]) / cpu(r[2]):.2f}× CPU, {r[3]['mean'] / r[2]['mean']:.2f}× wall")
PY
else
  # Mean CPU (user + system) and wall seconds of RUNS runs, from GNU time.
  measure() {
    : >"$WORK/time.txt"
    for _ in $(seq "$RUNS"); do
      /usr/bin/time -a -o "$WORK/time.txt" -f '%U %S %e' "$@" >/dev/null 2>&1 || true
    done
    awk '{ c += $1 + $2; w += $3 } END { printf "%.3f %.3f\n", c / NR, w / NR }' "$WORK/time.txt"
  }
  export RAYON_NUM_THREADS=1
  read -r c0 w0 < <(measure $WITHOUT)
  read -r c1 w1 < <(measure $WITH)
  unset RAYON_NUM_THREADS
  read -r c2 w2 < <(measure $WITHOUT)
  read -r c3 w3 < <(measure $WITH)
  printf '| %-22s | %7s | %6s |\n' run "wall s" "CPU s"
  printf '| %-22s | %7.3f | %6.2f |\n' "without (1 thread)" "$w0" "$c0" "with (1 thread)" "$w1" "$c1" \
    "without (all threads)" "$w2" "$c2" "with (all threads)" "$w3" "$c3"
  echo
  awk -v c0="$c0" -v c1="$c1" -v w0="$w0" -v w1="$w1" 'BEGIN { printf "with / without, 1 thread: %.2f× CPU, %.2f× wall (target ≤ 1.3×)\n", c1 / c0, w1 / w0 }'
  awk -v c0="$c2" -v c1="$c3" -v w0="$w2" -v w1="$w3" 'BEGIN { printf "with / without, all threads: %.2f× CPU, %.2f× wall\n", c1 / c0, w1 / w0 }'
fi

if [ "${CALLGRIND:-0}" = 1 ]; then
  sub=$WORK/callgrind-corpus
  rm -rf "$sub" && mkdir -p "$sub"
  for k in ief-v3-create ief-v2-create cce-release-update ief-v3-update; do
    # sed, not head: head would end the pipe early, and pipefail would stop the script.
    find "$CORPUS/$k" -type f | sort | sed -n 1,100p | xargs cp -t "$sub"
  done
  for which in without with; do
    out=$(RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.$which" \
      "$BIN" check --format json --config "$WORK/$which.toml" "$sub" 2>&1 >/dev/null | grep 'refs:' || true)
    echo "callgrind, $(find "$sub" -type f | wc -l) files, $which policies: $out"
  done
fi
