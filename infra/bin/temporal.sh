#!/usr/bin/env bash
# Runs the Temporal CLI the engines use (on PATH, else the cached build, built if missing) against
# a profile's dev server: `bash infra/bin/temporal.sh [dev|test|bench|drill|cluster] workflow list`.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "$0")/../lib/common.sh"
profile=dev
case ${1:-} in dev|test|bench|drill|cluster) profile=$1; shift ;; esac
entente_profile "$profile"
# shellcheck source=../temporal/temporal.sh
source "$ENTENTE_INFRA/temporal/temporal.sh"
temporal_install
# The CLI reads its server and namespace from these when no flag is given.
TEMPORAL_ADDRESS=$ENTENTE_HOST:$TEMPORAL_PORT TEMPORAL_NAMESPACE=default exec "$TEMPORAL_BIN" "$@"
