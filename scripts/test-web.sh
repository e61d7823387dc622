#!/usr/bin/env bash
# Builds the web form page (web/dist) and runs its tests in headless Chromium:
# messages under inputs as the user types, cross-field rules, the five kinds'
# valid and broken examples pasted into the editor (diagnostics compared with
# the package in Node), quick fixes, UTF-16 spans, English/中文, keyboard-only
# use, axe-core's accessibility rules (no serious or critical violation: as
# loaded, with errors shown, in 中文), and lint latency per keystroke on a
# ten-container body.
#
# Installs what it needs on a fresh Debian machine, without questions:
# Debian's chromium (if /usr/bin/chromium is missing; never a browser
# download of a test tool's own), a Chinese font for the screenshots, and what
# web/build.sh installs (the wasm toolchain when wasm/pkg must be built,
# npm ci in web/).
# Screenshots go to web/test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
step() { echo "== scripts/test-web.sh: $* ($((SECONDS - start))s)"; }

# Debian's chromium, and a small Chinese font so that the 中文 screenshots show
# characters rather than boxes (the tests themselves read text, not pixels).
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo -n); fi
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

step "build web/dist"
bash web/build.sh

step "node --test web/tests"
cd web
node --test --test-concurrency=1 --test-reporter=spec tests/*.test.mjs
step "done"
