#!/usr/bin/env bash
# `npm test`: install what is missing, build, then Jest; the global setup brings up the engines
# of the `test` profile (their own ports and data, beside a running `npm start`).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/bin/install.sh
npm run build --silent
# Jest transpiles tests without their types: check them here, the lint and layering rules, and
# the formatting.
npx tsc -p tsconfig.spec.json
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --list-different .; echo 'formatting differs: npm run format' >&2; exit 1; }
if [ "${CI:-}" = "true" ]; then
  # A CI run leaves nothing behind; locally the engines stay up so the next run starts fast.
  trap 'bash infra/bin/apps.sh down test identity >/dev/null 2>&1; bash infra/bin/traces.sh down test >/dev/null 2>&1; bash infra/bin/engines.sh down test >/dev/null 2>&1 || true' EXIT
fi
args=(--ci)
[ -n "${ENTENTE_JEST_RESULTS:-}" ] && args+=(--json "--outputFile=$ENTENTE_JEST_RESULTS")
npx jest "${args[@]}" "$@"
