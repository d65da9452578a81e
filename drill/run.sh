#!/usr/bin/env bash
# `npm run drill [-- --quick] [-- --only <fault>,...] [-- --repeat <n>] [-- --seed <n>]`: the fault
# drill (docs/adr/0027) on the engines and apps of the `drill` profile, brought up fresh by the
# drill itself and stopped at the end. Not part of `npm test`, which runs its short version
# (test/drill/short-drill.test.ts). The table goes to stdout, progress (JSON lines) to stderr,
# results to drill/results/latest.json and the README.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/bin/install.sh >&2
npm run build --silent >&2
node_modules/.bin/tsc -p drill
exec node drill/dist/main.js "$@"
