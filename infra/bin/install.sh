#!/usr/bin/env bash
# Installs the npm dependencies exactly as package-lock.json lists them, when node_modules is
# missing or older than the lock.
#
# `npm ci`, not `npm install`: it never writes the lock, so `npm start` and `npm test` leave the
# working tree as they found it. The lock lists the builds of platform packages (@swc/core-*,
# @unrs/resolver-binding-*) for every platform, as `npm install` writes it; npm fetches only this
# machine's. A lock that lacks some of them is refused as out of sync: `npm install` on any machine
# writes the complete one to commit.
set -euo pipefail
cd "$(dirname "$0")/../.."
marker=node_modules/.package-lock.json
if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ]; then
  echo '{"component":"install","message":"npm ci from package-lock.json"}'
  npm ci --no-fund --no-audit
fi
# The console's end-to-end tests drive Debian's Chromium (Playwright cannot download its own here);
# CHROMIUM_PATH points them at another build.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo '{"component":"install","message":"apt-get install chromium (console tests)"}'
  sudo=$([ "$(id -u)" = 0 ] && echo '' || echo sudo)
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium
fi
# Prometheus and promtool (Debian's `prometheus`): `npm test` checks the alert rules with promtool,
# `npm run metrics` runs the server, on the profile's data. The package's own service would hold
# port 9090 with a configuration of its own: on a machine that runs systemd it is stopped and
# disabled (where no init system runs, as here and in CI, the package starts nothing).
if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus >/dev/null 2>&1; then
  echo '{"component":"install","message":"apt-get install prometheus (alert rules, npm run metrics)"}'
  sudo=$([ "$(id -u)" = 0 ] && echo '' || echo sudo)
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends prometheus
  if [ -d /run/systemd/system ]; then $sudo systemctl disable --now prometheus >/dev/null 2>&1 || true; fi
fi
