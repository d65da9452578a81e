#!/usr/bin/env bash
# The local trace viewer, opt-in (issue 18, ADR 0033): Zipkin's server for a profile. The apps
# send it their spans when started with TRACES_EXPORTER=zipkin (`npm run traces` prints how).
#
#   traces.sh up|down|status [dev|test|bench|drill|cluster]
set -euo pipefail
INFRA=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=infra/lib/common.sh
source "$INFRA/lib/common.sh"
action=${1:-up}
entente_profile "${2:-dev}"
# shellcheck source=infra/zipkin/zipkin.sh
source "$INFRA/zipkin/zipkin.sh"

url="http://$ENTENTE_HOST:$ZIPKIN_PORT"
case $action in
  up)
    ensure_dirs
    zipkin_install
    with_lock "$RUN_DIR/zipkin.lock" zipkin_start
    zipkin_wait
    printf 'zipkin    up    %s (spans: %s/api/v2/spans)\n' "$url" "$url"
    printf 'start the apps with: TRACES_EXPORTER=zipkin ZIPKIN_URL=%s/api/v2/spans\n' "$url" >&2
    ;;
  down) zipkin_stop ;;
  status) if zipkin_health; then echo "zipkin    up    $url"; else echo "zipkin    down  $url"; exit 1; fi ;;
  *) echo "usage: traces.sh up|down|status [dev|test|bench|drill|cluster]" >&2; exit 2 ;;
esac
