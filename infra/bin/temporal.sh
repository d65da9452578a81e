#!/usr/bin/env bash
# Runs the Temporal CLI the engines use (on PATH, else the cached build, built if missing) against
# a profile's server: `bash infra/bin/temporal.sh [dev|test|bench|drill|cluster] workflow list`.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "$0")/../lib/common.sh"
profile=dev
case ${1:-} in dev|test|bench|drill|cluster) profile=$1; shift ;; esac
entente_profile "$profile"
# shellcheck source=../temporal/temporal.sh
source "$ENTENTE_INFRA/temporal/temporal.sh"
temporal_cli_install
# The cluster profile's frontend wants its client certificate and a token: the engines' operator's,
# given through the variables the CLI reads (Temporal's environment configuration).
if [ "$profile" = cluster ]; then
  # shellcheck source=../temporal-server/temporal-server.sh
  source "$ENTENTE_INFRA/temporal-server/temporal-server.sh"
  [ -s "$TS_AUTH_DIR/operator.token" ] || die "temporal: no $TS_AUTH_DIR/operator.token yet; run: bash infra/bin/engines.sh up cluster"
  export TEMPORAL_TLS_SERVER_CA_CERT_PATH=$TS_TLS_CA TEMPORAL_TLS_CLIENT_CERT_PATH=$TS_TLS_CLIENT_CERT \
    TEMPORAL_TLS_CLIENT_KEY_PATH=$TS_TLS_CLIENT_KEY
  TEMPORAL_API_KEY=$(cat "$TS_AUTH_DIR/operator.token")
  export TEMPORAL_API_KEY
fi
# The CLI reads its server and namespace from these when no flag is given.
TEMPORAL_ADDRESS=$ENTENTE_HOST:$TEMPORAL_PORT TEMPORAL_NAMESPACE=default exec "$TEMPORAL_BIN" "$@"
