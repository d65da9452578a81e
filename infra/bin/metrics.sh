#!/usr/bin/env bash
# Prometheus (Debian's package) scraping a profile's apps, opt-in: `npm run metrics` (dev), or
#
#   metrics.sh up|down|status [dev|cluster|drill]    start (and wait until ready), stop, say
#   metrics.sh config [dev|cluster|drill] <dir>      write the profile's prometheus.yml, alerts.yml and targets into <dir>
#
# Its web page (graph, targets, alerts, the Entente console) is on 127.0.0.1:9090 for dev, 39090
# for cluster (ENTENTE_PROMETHEUS_PORT); its data in the profile's folder, .entente/<profile>/prometheus.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=infra/lib/common.sh
source "$ROOT/infra/lib/common.sh"
action=${1:-up}
entente_profile "${2:-dev}"
SOURCE=$ROOT/infra/prometheus
HOME_DIR=$ENTENTE_DATA/prometheus
PID_FILE=$RUN_DIR/prometheus.pid
LOG_FILE=$LOG_DIR/prometheus.log
case $ENTENTE_PROFILE in
  dev) default_port=9090 ;;
  cluster) default_port=39090 ;;
  drill) default_port=49090 ;;
  *) die "metrics: no Prometheus for profile $ENTENTE_PROFILE (dev, cluster or drill)" ;;
esac
PROMETHEUS_PORT=${ENTENTE_PROMETHEUS_PORT:-$default_port}
MARKER="--web.listen-address=$ENTENTE_HOST:$PROMETHEUS_PORT"

# Each app's metrics ports, one word per instance, as infra/bin/apps.sh gives them. dev: one of
# each; drill: drill/src/stage/drill-profile.ts's; cluster: two of each (the second on the next
# port) but one console.
ports_of() { # app
  case $ENTENTE_PROFILE in
    dev)
      case $1 in
        api) echo "${API_METRICS_PORT:-3001}" ;; projector) echo "${PROJECTOR_PORT:-3002}" ;;
        worker) echo "${WORKER_PORT:-3003}" ;; notifier) echo "${NOTIFIER_PORT:-3004}" ;;
        temporal-worker) echo "${TEMPORAL_METRICS_PORT:-3005}" ;; console) echo "${CONSOLE_METRICS_PORT:-3101}" ;;
      esac ;;
    drill)
      case $1 in
        api) echo 3201 ;; projector) echo 3202 ;; worker) echo 3203 ;; notifier) echo 3204 ;; temporal-worker) echo 3205 ;;
        console) echo 3301 ;;
      esac ;;
    cluster)
      case $1 in
        api) pair "${API_METRICS_PORT:-3330}" ;; projector) pair "${PROJECTOR_PORT:-3302}" ;;
        worker) pair "${WORKER_PORT:-3304}" ;; notifier) pair "${NOTIFIER_PORT:-3306}" ;;
        temporal-worker) pair "${TEMPORAL_METRICS_PORT:-3334}" ;; console) echo "${CONSOLE_METRICS_PORT:-3340}" ;;
        # Temporal's own server, one process per service (infra/temporal-server): five ports from here.
        temporal-server) seq "$((TEMPORAL_PORT + 20))" "$((TEMPORAL_PORT + 24))" ;;
      esac ;;
  esac
}
pair() { echo "$1 $(($1 + 1))"; }

targets_json() { # app ports...
  local app=$1 port sep=''
  shift
  printf '[{"labels":{"profile":"%s","app":"%s"},"targets":[' "$ENTENTE_PROFILE" "$app"
  for port in "$@"; do printf '%s"%s:%s"' "$sep" "$ENTENTE_HOST" "$port"; sep=,; done
  printf ']}]\n'
}

write_config() { # dir
  local dir=$1 app
  mkdir -p "$dir/targets"
  cp "$SOURCE/prometheus.yml" "$SOURCE/alerts.yml" "$dir/"
  for app in api worker projector notifier console temporal-worker temporal-server; do
    # shellcheck disable=SC2046  # one word per instance
    targets_json "$app" $(ports_of "$app") >"$dir/targets/$app.json.tmp"
    mv "$dir/targets/$app.json.tmp" "$dir/targets/$app.json" # file_sd reads whole files only
  done
  targets_json prometheus "$PROMETHEUS_PORT" >"$dir/targets/prometheus.json"
}

ensure_prometheus() {
  have prometheus && have promtool && return 0
  log "prometheus missing: running infra/bin/install.sh"
  bash "$ROOT/infra/bin/install.sh" >&2
}

alive() { live_pid "$PID_FILE" "$MARKER" >/dev/null; }
ready() { curl -fsS "http://$ENTENTE_HOST:$PROMETHEUS_PORT/-/ready"; }

up() {
  ensure_dirs
  write_config "$HOME_DIR"
  if alive; then
    # The targets and rules are read again on a reload: an `up` after a change applies it.
    kill -HUP "$(live_pid "$PID_FILE" "$MARKER")"
    log "prometheus (profile $ENTENTE_PROFILE) already running: configuration reloaded"
  else
    ensure_prometheus
    promtool check config "$HOME_DIR/prometheus.yml" >/dev/null || die "metrics: $HOME_DIR/prometheus.yml does not check"
    assert_port_free prometheus "$PROMETHEUS_PORT" ENTENTE_PROMETHEUS_PORT
    spawn "$PID_FILE" "$LOG_FILE" prometheus --config.file="$HOME_DIR/prometheus.yml" \
      --storage.tsdb.path="$HOME_DIR/data" --storage.tsdb.retention.time=15d "$MARKER" \
      --web.console.templates="$SOURCE/consoles" \
      --web.console.libraries=/usr/share/doc/prometheus/examples/console_libraries
    wait_healthy prometheus "${ENTENTE_UP_TIMEOUT:-120}" alive ready "$LOG_FILE"
  fi
  echo "Prometheus   http://$ENTENTE_HOST:$PROMETHEUS_PORT/graph   (targets: /targets, alerts: /alerts, console: /consoles/entente.html)"
}

case $action in
  up) up ;;
  down)
    if pid=$(live_pid "$PID_FILE" "$MARKER"); then stop_pid prometheus "$pid" 30; fi
    rm -f "$PID_FILE" ;;
  status)
    if alive; then echo "prometheus up http://$ENTENTE_HOST:$PROMETHEUS_PORT"; else echo "prometheus down"; exit 1; fi ;;
  config)
    [ -n "${3:-}" ] || die "usage: metrics.sh config [dev|cluster|drill] <dir>"
    write_config "$3" ;;
  *) echo "usage: metrics.sh up|down|status|config [dev|cluster|drill] [dir]" >&2; exit 2 ;;
esac
