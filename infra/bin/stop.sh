#!/usr/bin/env bash
# `npm stop`: the apps first (they drain), then the engines.
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=${1:-dev}
bash infra/bin/apps.sh down "$profile"
bash infra/bin/engines.sh down "$profile"
