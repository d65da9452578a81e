#!/usr/bin/env bash
# `npm stop`: the apps first (they drain), then the engines and the trace viewer if it runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=${1:-dev}
bash infra/bin/metrics.sh down "$profile" 2>/dev/null || true # if `npm run metrics` started it
bash infra/bin/apps.sh down "$profile"
bash infra/bin/traces.sh down "$profile"
bash infra/bin/engines.sh down "$profile"
