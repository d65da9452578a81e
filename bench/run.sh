#!/usr/bin/env bash
# `npm run bench [-- --quick] [-- --only <id>,...] [-- --size <id>=<n>]`: Entente's benchmarks
# against the raw limits of their engines, on the engines of the `bench` profile (brought up by
# the bench itself, and stopped at the end only if it started them). Not part of `npm test`.
# Installs what is missing: the repo's packages and build, then bench/'s own packages from
# bench/package-lock.json. The table goes to stdout, progress (JSON lines) to stderr, results to
# bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
logs=${ENTENTE_DATA_DIR:-.entente/bench}/logs
mkdir -p "$logs"

bash infra/bin/install.sh >&2
npm run build --silent >&2

# The confluent client's install would download a prebuilt binary from GitHub, and its static
# build would download zlib, OpenSSL, zstd and curl sources: both are out of reach here. Built from
# source and linked dynamically, librdkafka's configure takes the system's libraries instead. It
# is an optional dependency: if it does not build, the benchmark reports it unavailable and goes on.
marker=bench/node_modules/.package-lock.json
if [ ! -f "$marker" ] || [ bench/package-lock.json -nt "$marker" ]; then
  echo '{"component":"bench","message":"installing bench/package-lock.json (librdkafka builds from source: about a minute)","log":"'"$logs"'/bench-install.log"}' >&2
  npm_config_build_from_source=true CKJS_LINKING=dynamic \
    npm ci --prefix bench --no-fund --no-audit --foreground-scripts >"$logs/bench-install.log" 2>&1 \
    || { echo "bench: npm ci --prefix bench failed; see $logs/bench-install.log" >&2; exit 1; }
fi

node_modules/.bin/tsc -p bench
exec node bench/dist/main.js "$@"
