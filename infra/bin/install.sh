#!/usr/bin/env bash
# Installs the npm dependencies from the lock file when they are missing or older than the lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
marker=node_modules/.package-lock.json
if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ]; then
  echo '{"component":"install","message":"npm ci"}'
  npm ci --no-fund --no-audit
fi
