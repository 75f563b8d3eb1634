#!/usr/bin/env bash
# Installs the project's packages (when needed) and serves the site for reading and writing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec npx astro dev --host "${HOST:-localhost}" --port "${PORT:-4321}"
