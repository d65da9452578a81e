#!/usr/bin/env bash
# Records a case workflow's event history for the replay test, before its workflow code changes:
#   bash infra/bin/record-history.sh <workflow-id> <name> [dev|test]
# writes test/workflows/histories/<case-type>/<name>.json (case type: the id's part before '/'),
# and beside it <name>.events.json, the case's events as sealed, in clear: a history
# whose publishing ran as a local activity records what it published only there. Record once the
# read model has caught up with the case.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "$0")/../lib/common.sh"
[ $# -ge 2 ] || { echo "usage: bash infra/bin/record-history.sh <workflow-id> <name> [dev|test]" >&2; exit 2; }
workflow_id=$1 name=$2 profile=${3:-dev}
entente_profile "$profile"
# shellcheck source=../temporal/temporal.sh
source "$ENTENTE_INFRA/temporal/temporal.sh"
temporal_install
out="$ENTENTE_INFRA/../test/workflows/histories/${workflow_id%%/*}/$name.json"
mkdir -p "$(dirname "$out")"
"$TEMPORAL_BIN" workflow show --address "$ENTENTE_HOST:$TEMPORAL_PORT" --workflow-id "$workflow_id" --output json >"$out"
eval "$(bash "$ENTENTE_INFRA/bin/engines.sh" env "$profile")"
# Its payloads are sealed with the case's key (docs/adr/0015); the replay test has no key.
node "$ENTENTE_INFRA/temporal/decode-history.js" "$out"
node "$ENTENTE_INFRA/../apps/api/dist/cli/export-sealed-case.js" "${workflow_id#*/}" >"${out%.json}.events.json"
log "recorded $workflow_id into ${out#"$ENTENTE_INFRA/../"} and its events beside it"
