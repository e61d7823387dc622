#!/usr/bin/env bash
# Hostile inputs with bounded time and memory (issue 10, item 5).
#
# Builds the release binary, generates the inputs of
# scripts/adversarial/generate.py into a temporary directory (nothing large is
# committed), runs `deploylint check` on each in the json and the human
# format, and prints a table of wall time, peak RSS and exit code. Fails if
# any run crashes or exits other than 0/1, takes longer than
# ADVERSARIAL_MAX_SECONDS of CPU (default 1) or peaks above ADVERSARIAL_MAX_MB
# (default 400: the 100 MB file linted whole, with the input size limit
# raised, peaks near 3 times its size). The printed numbers are always the
# measured ones. A case with an input size in cases.tsv's third column runs
# with `--max-input-size` set to it (marked `+` in the table); one with a
# number in the fourth has that CPU budget instead of the default.
#
# Then the WebAssembly part (scripts/adversarial/wasm.mjs) if wasm/pkg is
# built: the same inputs never throw, and 1,000 lints of a large manifest
# leave the module's memory where it started. It skips with a message when
# wasm/pkg is missing (build it with wasm/test.sh or wasm/build.sh).
#
# Usage: scripts/adversarial.sh [--keep DIR]   (--keep: write the inputs to DIR and keep them)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MAX_SECONDS=${ADVERSARIAL_MAX_SECONDS:-1}
MAX_MB=${ADVERSARIAL_MAX_MB:-400}
MAX_WALL=${ADVERSARIAL_MAX_WALL:-10}

if [[ "${1:-}" == "--keep" && -n "${2:-}" ]]; then
  DIR=$2
  mkdir -p "$DIR"
else
  DIR=$(mktemp -d "${TMPDIR:-/tmp}/deploylint-adversarial.XXXXXX")
  trap 'rm -rf "$DIR"' EXIT
fi

if [[ ! -x /usr/bin/time ]]; then
  echo "adversarial.sh: installing GNU time (/usr/bin/time)"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo -n); fi
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
fi

echo "adversarial.sh: cargo build --release"
cargo build --release --locked --bin deploylint
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/deploylint

echo "adversarial.sh: generating inputs into $DIR"
python3 scripts/adversarial/generate.py "$DIR" examples

failed=0
printf '\n%-26s %8s  %-6s %7s %7s %8s %5s  %s\n' "input" "size" "format" "cpu s" "wall s" "peak MB" "exit" "verdict"
printf '%s\n' "----------------------------------------------------------------------------------------------"
while IFS= read -r line; do
  # Tabs are whitespace to `read`, which would merge empty columns: split on a unit separator.
  IFS=$'\x1f' read -r name what input_size cpu_budget <<<"${line//$'\t'/$'\x1f'}"
  budget=${cpu_budget:-$MAX_SECONDS}
  file=$DIR/$name
  size=$(stat -c %s "$file")
  shown=$(awk -v n="$size" 'BEGIN {
    if (n >= 1e6) printf "%.1f MB", n / 1e6; else if (n >= 1e3) printf "%.1f KB", n / 1e3; else printf "%d B", n }')
  flags=()
  shown_name=$name
  if [[ -n $input_size ]]; then
    flags=(--max-input-size "$input_size")
    shown_name="$name +"
  fi
  for format in json human; do
    stats=$DIR/.time
    set +e
    /usr/bin/time -f '%e %U %S %M' -o "$stats" "$BIN" check --no-config "${flags[@]}" --format "$format" "$file" >"$DIR/.out" 2>"$DIR/.err"
    code=$?
    set -e
    # With a signal, GNU time writes "Command terminated by signal N" first.
    read -r wall user sys kb < <(tail -n 1 "$stats")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    mb=$(awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }')
    verdict=ok
    if ((code != 0 && code != 1)); then
      verdict="FAIL: exit $code"
      sed -n '1,5p' "$DIR/.err" | sed 's/^/    stderr: /'
    elif awk -v s="$cpu" -v m="$budget" 'BEGIN { exit !(s > m) }'; then
      verdict="FAIL: over ${budget}s of CPU"
    elif awk -v s="$wall" -v m="$MAX_WALL" 'BEGIN { exit !(s > m) }'; then
      verdict="FAIL: over ${MAX_WALL}s wall"
    elif awk -v mb="$mb" -v m="$MAX_MB" 'BEGIN { exit !(mb > m) }'; then
      verdict="FAIL: over ${MAX_MB} MB"
    fi
    [[ $verdict == ok ]] || failed=$((failed + 1))
    printf '%-26s %8s  %-6s %7s %7s %8s %5s  %s\n' "$shown_name" "$shown" "$format" "$cpu" "$wall" "$mb" "$code" "$verdict"
  done
done <"$DIR/cases.tsv"
echo
awk -F'\t' '{ printf "  %s%s: %s\n", $1, ($3 == "" ? "" : " +"), $2 }' "$DIR/cases.tsv"
echo

echo "adversarial.sh: WebAssembly"
node scripts/adversarial/wasm.mjs "$DIR" || failed=$((failed + 1))

if ((failed > 0)); then
  echo "adversarial.sh: $failed failure(s)"
  exit 1
fi
echo "adversarial.sh: every input within its CPU budget (${MAX_SECONDS}s unless cases.tsv says), ${MAX_WALL}s wall and ${MAX_MB} MB, no crash"
