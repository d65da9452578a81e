#!/usr/bin/env bash
# Installs the npm dependencies from the lock file when they are missing or older than the lock.
#
# `npm install`, not `npm ci`: the registry this machine reaches serves only the Linux builds of
# platform packages (@swc/core-*, @unrs/resolver-binding-*), so the lock cannot list the others and
# `npm ci` refuses it as out of sync. `npm install` installs the locked versions and leaves the lock
# as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
marker=node_modules/.package-lock.json
if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ]; then
  echo '{"component":"install","message":"npm install from package-lock.json"}'
  npm install --no-fund --no-audit
fi
