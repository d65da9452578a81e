#!/usr/bin/env bash
# The four engines the apps need (PostgreSQL, Kafka, Temporal, and Mailpit for e-mail), real
# processes on 127.0.0.1, one set per profile so that `npm start` (dev), `npm test` (test) and
# `npm run bench` (bench) can run side by side.
#
#   engines.sh up     [dev|test|bench|drill|cluster]  install what is missing, start what is not running, wait
#                                       until healthy, print one line per engine with its address
#   engines.sh down   [dev|test|bench|drill|cluster]  stop all four (reverse order) and wait for them to exit
#   engines.sh status [dev|test|bench|drill|cluster]  one line per engine; exit 0 only if all are up
#   engines.sh env    [dev|test|bench|drill|cluster]  `export VAR=value` lines: eval "$(bash infra/bin/engines.sh env test)"
#
# Progress goes to stderr; stdout carries only the result lines (or the exports).
set -euo pipefail

INFRA=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=infra/lib/common.sh
source "$INFRA/lib/common.sh"

usage() { echo "usage: bash infra/bin/engines.sh up|down|status|env [dev|test|bench|drill|cluster]" >&2; exit 2; }

action=${1:-}
[ $# -le 2 ] || usage
entente_profile "${2:-dev}"

# shellcheck source=infra/postgres/postgres.sh
source "$INFRA/postgres/postgres.sh"
# shellcheck source=infra/kafka/kafka.sh
source "$INFRA/kafka/kafka.sh"
# shellcheck source=infra/temporal/temporal.sh
source "$INFRA/temporal/temporal.sh"
# The cluster profile runs Temporal's own server, a process per service, instead of the CLI's dev
# server: its script replaces temporal.sh's functions (docs/adr/0029).
if [ "$ENTENTE_PROFILE" = cluster ]; then
  # shellcheck source=infra/temporal-server/temporal-server.sh
  source "$INFRA/temporal-server/temporal-server.sh"
fi
# shellcheck source=infra/mailpit/mailpit.sh
source "$INFRA/mailpit/mailpit.sh"

line() { printf '%-9s %-5s %s\n' "$1" "$2" "$3"; }

pg_line() { line postgres "$1" "$(pg_url)"; }
kafka_line() { line kafka "$1" "$KAFKA_BROKERS"; }
temporal_line() { line temporal "$1" "$ENTENTE_HOST:$TEMPORAL_PORT (ui http://$ENTENTE_HOST:$TEMPORAL_UI_PORT)"; }
mailpit_line() { line mailpit "$1" "smtp://$ENTENTE_HOST:$MAILPIT_SMTP_PORT (inbox http://$ENTENTE_HOST:$MAILPIT_UI_PORT)"; }

# Finds the Temporal CLI without building it (for status): on PATH or in the cache.
temporal_locate() {
  if have temporal; then TEMPORAL_BIN=$(command -v temporal); else TEMPORAL_BIN=$TEMPORAL_CLI_DIR/temporal; fi
  [ -x "$TEMPORAL_BIN" ]
}

# Our own processes are running (not merely something answering on the ports) and healthy.
all_healthy() {
  pg_locate
  temporal_locate && pg_running && kafka_alive && temporal_alive && mailpit_alive \
    && pg_health >/dev/null 2>&1 && kafka_health >/dev/null 2>&1 && temporal_health >/dev/null 2>&1 \
    && mailpit_health
}

cmd_up() {
  ensure_dirs
  # Fast path: a second `up` finds everything healthy and changes nothing but the process roles
  # and search attributes that engines started before them lack.
  if all_healthy; then
    pg_ensure_roles
    temporal_search_attributes
    pg_line up; kafka_line up; temporal_line up; mailpit_line up
    return 0
  fi
  ensure_node_modules
  pg_install
  kafka_install
  temporal_install
  mailpit_install
  # Kafka, Temporal and Mailpit start in the background while PostgreSQL starts (pg_ctl -w
  # waits), then each is waited for: a cold start costs the slowest engine, not the sum.
  kafka_start
  temporal_start
  mailpit_start
  pg_start
  wait_healthy postgres "${ENTENTE_UP_TIMEOUT:-120}" pg_running pg_health "$PG_LOG"
  pg_ensure_roles
  pg_line up
  kafka_wait
  kafka_line up
  temporal_wait
  temporal_search_attributes
  temporal_line up
  mailpit_wait
  mailpit_line up
}

cmd_down() {
  ensure_dirs
  mailpit_stop
  temporal_stop
  kafka_stop
  pg_locate
  pg_stop
  log "profile $ENTENTE_PROFILE: all engines stopped"
}

cmd_status() {
  local ok=0
  if pg_health >/dev/null 2>&1; then pg_line up; else pg_line down; ok=1; fi
  if kafka_health >/dev/null 2>&1; then kafka_line up; else kafka_line down; ok=1; fi
  if temporal_locate && temporal_health; then temporal_line up; else temporal_line down; ok=1; fi
  if mailpit_health; then mailpit_line up; else mailpit_line down; ok=1; fi
  return "$ok"
}

cmd_env() {
  local k v
  # A blank line (a Temporal server that needs no client setting) exports nothing.
  while IFS='=' read -r k v; do [ -z "$k" ] || printf 'export %s=%q\n' "$k" "$v"; done <<EOF
ENTENTE_PROFILE=$ENTENTE_PROFILE
ENTENTE_DATA_DIR=$ENTENTE_DATA
DATABASE_URL=$(pg_url)
KAFKA_BROKERS=$KAFKA_BROKERS
KAFKA_REPLICATION_FACTOR=$KAFKA_REPLICATION_FACTOR
KAFKA_MIN_INSYNC_REPLICAS=$KAFKA_MIN_INSYNC_REPLICAS
TEMPORAL_ADDRESS=$ENTENTE_HOST:$TEMPORAL_PORT
TEMPORAL_NAMESPACE=default
TEMPORAL_UI_URL=http://$ENTENTE_HOST:$TEMPORAL_UI_PORT
OIDC_ISSUER=http://$ENTENTE_HOST:$IDENTITY_PORT
SMTP_HOST=$ENTENTE_HOST
SMTP_PORT=$MAILPIT_SMTP_PORT
MAILPIT_URL=http://$ENTENTE_HOST:$MAILPIT_UI_PORT
MAILPIT_POP3_URL=$MAILPIT_POP3_URL
$(temporal_client_env)
EOF
}

case $action in
  # up and down hold the profile's lock: two callers at once (two terminals, Jest workers) are
  # served one after the other, and the second finds the engines up.
  up) with_lock "$RUN_DIR/engines.lock" cmd_up ;;
  down) with_lock "$RUN_DIR/engines.lock" cmd_down ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *) usage ;;
esac
