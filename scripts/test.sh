#!/usr/bin/env bash
# Installs what the tests need, builds the site and runs every test and gate.
# Prints how long each step took, then one line counting every check that ran.
# Nothing here is timed against a limit: speed is for `npm run bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s%N)
rm -rf reports && mkdir -p reports

# step NAME: ends the step before (recording its duration) and announces the next.
step_name=""
step_started=0
end_step() {
  if [ -n "$step_name" ]; then
    printf '%s\t%s\n' "$(( ($(date +%s%N) - step_started) / 1000000 ))" "$step_name" >>reports/durations.tsv
  fi
}
step() {
  end_step
  step_name="$1"
  step_started=$(date +%s%N)
  printf '\n== %s\n' "$1"
}

# beside NAME COMMAND...: starts a step in the background, beside the steps that follow it (on two cores a step
# that waits on a browser or on one core leaves room for another); `join NAME` waits for it, prints its output and
# records its own duration. Returns the step's exit status.
declare -A beside_pid=()
beside() {
  local name="$1"
  shift
  printf '\n== %s (started; runs beside the steps that follow)\n' "$name"
  (
    begun=$(date +%s%N)
    status=0
    "$@" >"reports/beside-${name%% *}.log" 2>&1 || status=$?
    printf '%s\t%s (beside the others)\n' "$(( ($(date +%s%N) - begun) / 1000000 ))" "$name" >>reports/durations.tsv
    exit "$status"
  ) &
  beside_pid[$name]=$!
}
join() {
  local status=0
  wait "${beside_pid[$1]}" || status=$?
  printf '\n== %s (output)\n' "$1"
  cat "reports/beside-${1%% *}.log"
  return "$status"
}

step "install (npm ci when the lock file changed)"
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

# Type checking reads the sources while the linter and the unit tests run; both finish before the build,
# which rewrites the generated types astro check reads.
beside "types (astro check)" npx astro check --minimumSeverity warning

step "Chinese typography (AutoCorrect)"
node scripts/lint-chinese.ts

step "unit tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json

end_step
step_name=""
join "types (astro check)"

step "build"
npx astro build

# From here on every gate runs even when one before it fails (each records its checks in reports/),
# so one run reports every failure; the summary's exit code says whether all passed.
step "byte budgets"
node scripts/budgets.ts || true

step "valid HTML (html-validate)"
node scripts/validate-html.ts || true

step "links and fragments (linkinator)"
node scripts/check-links.ts || true

step "start the static server (dist/ as a host serves it, with its _headers)"
port="${PREVIEW_PORT:-4321}"
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "test: something already answers on port $port; stop it or set PREVIEW_PORT, so the tests run against this build" >&2
  exit 1
fi
# Its own process group, so that stopping it stops everything it started.
setsid node scripts/serve.ts --host localhost --port "$port" >reports/serve.log 2>&1 &
preview=$!
trap 'kill -- -$preview 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/en/" >/dev/null && break; sleep 0.5; done

# Lighthouse spends most of its time waiting on its browser: it runs beside Playwright's two workers. Its audits
# (accessibility, best practices, SEO, layout shift) do not depend on how busy the machine is.
beside "Lighthouse: accessibility, best practices, SEO, layout shift (one page of each kind, the languages in turn)" node scripts/lighthouse.ts

step "end-to-end gates (Playwright)"
npx playwright test || true
end_step
step_name=""

join "Lighthouse: accessibility, best practices, SEO, layout shift (one page of each kind, the languages in turn)" || true

node scripts/summary.ts "$(( ($(date +%s%N) - started) / 1000000 ))"
