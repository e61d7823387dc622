#!/usr/bin/env bash
# Side-by-side benchmark (issue 11, item 3): lints one generated corpus with
# deploylint (one thread and all threads), ajv-cli and check-jsonschema with
# deploylint's generated schemas (schemas/*.json), and a parse-only pass,
# in one run, timed with hyperfine; prints wall time, files/s, MB/s, peak RSS
# (/usr/bin/time -v) and the ratios. Not run in CI (minutes); see
# docs/performance.md.
#
#   scripts/bench-compare.sh [N]      # N files (default 10000)
#
# Installs what it needs: hyperfine and GNU time (apt-get), ajv-cli (npm ci in
# scripts/bench/, pinned by its package-lock.json), check-jsonschema (pip, in
# a virtualenv under target/bench/). Environment: RUNS (hyperfine runs per
# command, default 3), CHECK_JSONSCHEMA_VERSION (default 0.39.0).
set -euo pipefail

N=${1:-10000}
RUNS=${RUNS:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
WORK=$TARGET/bench
CORPUS=$WORK/corpus-$N
KINDS=(ief-v2-create ief-v2-update ief-v3-create ief-v3-update cce-release-update)
mkdir -p "$WORK"

# ---------------------------------------------------------------- tools
need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} (apt-get)" >&2
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
(cd "$ROOT/scripts/bench" && npm ci --no-audit --no-fund --silent)
AJV=$ROOT/scripts/bench/node_modules/.bin/ajv
VENV=$WORK/venv
if [ ! -x "$VENV/bin/check-jsonschema" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "check-jsonschema==${CHECK_JSONSCHEMA_VERSION:-0.39.0}"
fi
CJS=$VENV/bin/check-jsonschema

# ---------------------------------------------------------------- builds and corpus
(cd "$ROOT" && cargo build -q --release --bin deploylint --example gen-corpus --example parse-only)
BIN=$TARGET/release/deploylint
rm -rf "$CORPUS"
"$TARGET/release/examples/gen-corpus" "$N" "$CORPUS"
FILES=$(find "$CORPUS" -type f | wc -l)
BYTES=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s += $1} END {print s}')

# ---------------------------------------------------------------- commands
# Every command reads the whole corpus and writes its verdicts to /dev/null;
# all of them exit non-zero on the invalid bodies (hyperfine -i).
ajv_all=""
cjs_all=""
for k in "${KINDS[@]}"; do
  ajv_all+="$AJV validate --spec=draft2020 --errors=no -c $ROOT/scripts/bench/ajv-vocabulary.cjs -s $ROOT/schemas/$k.json -d '$CORPUS/$k/*.{json,yaml}' >/dev/null 2>&1; "
  cjs_all+="$CJS --schemafile $ROOT/schemas/$k.json $CORPUS/$k/* >/dev/null 2>&1; "
done
names=("deploylint (all threads)" "deploylint (1 thread)" "parse only (all threads)" "ajv-cli" "check-jsonschema")
cmds=(
  "$BIN check --format json $CORPUS"
  "env RAYON_NUM_THREADS=1 $BIN check --format json $CORPUS"
  "$TARGET/release/examples/parse-only $CORPUS"
  "bash -c \"$ajv_all true\""
  "bash -c \"$cjs_all true\""
)

# Sanity: ajv-cli compiles the schemas in strict mode (with the vocabulary).
$AJV compile --spec=draft2020 -c "$ROOT/scripts/bench/ajv-vocabulary.cjs" -s "$ROOT/schemas/ief-v3-create.json" >/dev/null

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
echo "corpus: $FILES files, $BYTES bytes ($CORPUS); $(nproc) cores; $RUNS runs each; load average $LOAD" >&2
args=()
for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
hyperfine -i --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" "${args[@]}" >&2

# Peak RSS: one more run of each under GNU time.
: >"$WORK/rss.txt"
for i in "${!cmds[@]}"; do
  rss=$( (/usr/bin/time -v bash -c "${cmds[$i]} >/dev/null 2>&1" 2>&1 >/dev/null || true) |
    awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}')
  echo "${rss:-0}" >>"$WORK/rss.txt"
done

# ---------------------------------------------------------------- table
python3 - "$WORK/hyperfine.json" "$WORK/rss.txt" "$FILES" "$BYTES" "$LOAD" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
rss = [int(x) for x in open(sys.argv[2]).read().split()]
files, size, load = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
best = {r["command"]: r for r in runs}
ours = runs[0]["mean"]
print(f"\n{files} files, {size / 1e6:.1f} MB; load average before the runs: {load}\n")
print(f"| {'tool':<26} | {'wall (mean ± σ)':>16} | {'CPU s':>6} | {'files/s':>9} | {'MB/s':>7} | {'peak RSS':>9} | {'× wall':>7} | {'× CPU':>6} |")
print(f"|{'-' * 28}|{'-' * 18}:|{'-' * 7}:|{'-' * 10}:|{'-' * 8}:|{'-' * 10}:|{'-' * 8}:|{'-' * 7}:|")
cpu = lambda r: r["user"] + r["system"]
# CPU time against deploylint on one thread: steadier than wall time on a shared machine.
ours_cpu = cpu(runs[1])
for r, kb in zip(runs, rss):
    m, s = r["mean"], r["stddev"] or 0.0
    print(f"| {r['command']:<26} | {m:>7.3f} ± {s:5.3f} s | {cpu(r):>6.2f} | {files / m:>9.0f} | {size / 1e6 / m:>7.1f} | {kb / 1024:>6.0f} MB | {m / ours:>6.2f}× | {cpu(r) / ours_cpu:>5.2f}× |")
one = runs[1]["mean"]
print(f"\n(× wall: against deploylint on all threads; × CPU: user + system time against deploylint on one thread)")
print(f"all threads vs 1 thread: {one / ours:.2f}× (target ≥ 1.7× on 2 cores)")
print(f"ajv-cli / deploylint: {runs[3]['mean'] / ours:.1f}× wall, {cpu(runs[3]) / ours_cpu:.1f}× CPU (target ≥ 10×)")
print(f"check-jsonschema / deploylint: {runs[4]['mean'] / ours:.1f}× wall, {cpu(runs[4]) / ours_cpu:.1f}× CPU (target ≥ 30×)")
print(f"deploylint / parse only: {ours / runs[2]['mean']:.2f}× wall, {ours_cpu / cpu(runs[2]):.2f}× CPU")
PY
