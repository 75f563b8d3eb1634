#!/usr/bin/env bash
# Installs what the tests need, builds the site and runs every test and gate.
# Ends with one line counting every check that ran.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash scripts/install.sh

chromium="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test: installing Debian's Chromium and a CJK font"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "test: no Chromium at $chromium. Install it with: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROME_PATH)" >&2
    exit 1
  fi
fi

rm -rf reports && mkdir -p reports
step() { printf '\n== %s\n' "$1"; }

step "types (astro check)"
npx astro check --minimumSeverity warning

step "Chinese typography (AutoCorrect)"
node scripts/lint-chinese.ts

step "unit tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json

step "build"
build_started=$(date +%s%N)
npx astro build
echo "build: $(( ($(date +%s%N) - build_started) / 1000000 )) ms"

step "byte budgets"
node scripts/budgets.ts

step "valid HTML (html-validate)"
node scripts/validate-html.ts

step "links and fragments (linkinator)"
node scripts/check-links.ts

step "end-to-end gates (Playwright)"
port="${PREVIEW_PORT:-4321}"
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "test: something already answers on port $port; stop it or set PREVIEW_PORT, so the tests run against this build" >&2
  exit 1
fi
# Its own process group, so that stopping it also stops the node process npx started.
setsid npx astro preview --ignore-lock --host localhost --port "$port" >reports/preview.log 2>&1 &
preview=$!
trap 'kill -- -$preview 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://localhost:$port/en/" >/dev/null && break; sleep 0.5; done
npx playwright test

step "Lighthouse (mobile)"
node scripts/lighthouse.ts

node scripts/summary.ts "$(( $(date +%s) - started ))"
