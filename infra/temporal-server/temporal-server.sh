# shellcheck shell=bash
# Temporal's own server for the cluster profile (issue 18, docs/adr/0029): frontend, internal
# frontend, history, matching and the internal worker service, each its own process from one
# configuration file, persisted in the profile's PostgreSQL (persistence and visibility), mutual
# TLS and the JWT authorizer on the frontend, and the Temporal UI server beside them.
# Sourced by infra/bin/engines.sh after infra/temporal/temporal.sh, whose functions it replaces
# (temporal_install, temporal_start, temporal_wait, temporal_stop, temporal_alive,
# temporal_health, temporal_search_attributes, temporal_client_env); TEMPORAL_BIN stays the CLI,
# the client these scripts use.

# Both modules build from the Go module proxy alone (no `replace` directive).
TS_VERSION=v1.29.1
TS_MODULE=go.temporal.io/server
TS_UI_VERSION=v2.42.1
TS_UI_MODULE=github.com/temporalio/ui-server/v2
TS_CACHE_DIR=$ENTENTE_CACHE/temporal-server/$TS_VERSION
TS_UI_CACHE_DIR=$ENTENTE_CACHE/temporal-ui-server/$TS_UI_VERSION
TS_SERVER_BIN=$TS_CACHE_DIR/temporal-server
TS_SQL_TOOL=$TS_CACHE_DIR/temporal-sql-tool
TS_SCHEMA_DIR=$TS_CACHE_DIR/schema/postgresql/v12
TS_UI_BIN=$TS_UI_CACHE_DIR/ui-server

TS_DATA=$ENTENTE_DATA/temporal-server
TS_CONFIG_DIR=$TS_DATA/config
TS_UI_CONFIG_DIR=$TS_DATA/ui-config
TS_AUTH_DIR=$TS_DATA/auth
# Fixed for the life of the databases: Temporal refuses to start on another count.
TS_HISTORY_SHARDS=4
TS_DB=temporal
TS_VISIBILITY_DB=temporal_visibility
TS_DB_USER=temporal
TS_DB_PASSWORD=temporal
TS_RETENTION=72h

# The frontend on the profile's Temporal port and the other services' gRPC beside it (47233-47239
# for the cluster profile), so that ENTENTE_TEMPORAL_PORT moves them all, loopback only.
TS_FRONTEND_PORT=$TEMPORAL_PORT
TS_HISTORY_PORT=$((TEMPORAL_PORT + 1))
TS_MATCHING_PORT=$((TEMPORAL_PORT + 2))
TS_INTERNAL_FRONTEND_PORT=$((TEMPORAL_PORT + 3))
TS_WORKER_PORT=$((TEMPORAL_PORT + 6))
# Membership (ringpop) ports 20000 lower (27213-27219): Temporal records each member's in
# PostgreSQL as a SMALLINT (cluster_membership.rpc_port), so they must stay below 32768.
TS_FRONTEND_MEMBERSHIP_PORT=$((TEMPORAL_PORT - 20020))
TS_HISTORY_MEMBERSHIP_PORT=$((TEMPORAL_PORT - 20019))
TS_MATCHING_MEMBERSHIP_PORT=$((TEMPORAL_PORT - 20018))
TS_INTERNAL_FRONTEND_MEMBERSHIP_PORT=$((TEMPORAL_PORT - 20017))
TS_WORKER_MEMBERSHIP_PORT=$((TEMPORAL_PORT - 20014))
((TS_WORKER_MEMBERSHIP_PORT < 32768 && TS_FRONTEND_MEMBERSHIP_PORT > 1024)) \
  || die "temporal-server: ENTENTE_TEMPORAL_PORT=$TEMPORAL_PORT puts the membership ports ($TS_FRONTEND_MEMBERSHIP_PORT...) outside 1025-32767"
# Each service's Prometheus metrics on a port of its own (47253-47257 for the cluster profile),
# in the order of TS_SERVICES: one configuration file, so each service reads its port from its
# own zone's file (config.sh).
TS_METRICS_PORT_BASE=$((TEMPORAL_PORT + 20))
TS_JWKS_PORT=$((TEMPORAL_PORT + 47))
TS_JWKS_URL=http://$ENTENTE_HOST:$TS_JWKS_PORT/jwks.json

# Started in this order, stopped in the reverse one. The internal frontend serves the internal
# worker service (and the UI): the public frontend's authorizer would refuse them.
TS_SERVICES=(history matching internal-frontend frontend worker)

# shellcheck source=infra/temporal-server/pki.sh
source "$ENTENTE_INFRA/temporal-server/pki.sh"
# shellcheck source=infra/temporal-server/config.sh
source "$ENTENTE_INFRA/temporal-server/config.sh"
# shellcheck source=infra/temporal-server/build.sh
source "$ENTENTE_INFRA/temporal-server/build.sh"
# shellcheck source=infra/temporal-server/databases.sh
source "$ENTENTE_INFRA/temporal-server/databases.sh"
# shellcheck source=infra/temporal/search-attributes.sh
source "$ENTENTE_INFRA/temporal/search-attributes.sh"

ts_pid() { echo "$RUN_DIR/temporal-$1.pid"; }
ts_log() { echo "$LOG_DIR/temporal-$1.log"; }
# What identifies each process in /proc (the profile's own config folder, then its role).
ts_marker() {
  case $1 in
    ui) echo "--config $TS_UI_CONFIG_DIR" ;;
    jwks) echo "serve $TS_AUTH_DIR" ;;
    *) echo "--config $TS_CONFIG_DIR --env entente --zone $1 start --service $1" ;;
  esac
}
ts_alive() { live_pid "$(ts_pid "$1")" "$(ts_marker "$1")" >/dev/null; }

# Whether something listens on 127.0.0.1:$1, read from the kernel's table rather than by
# connecting (a bare TCP probe makes the TLS servers log a failed handshake each time).
ts_listening() {
  local hex
  hex=$(printf '%04X' "$1")
  grep -q "^ *[0-9]*: 0100007F:$hex 00000000:0000 0A " /proc/net/tcp
}

# The CLI's connection to the public frontend as the engines' own operator (system admin token).
ts_cli() { # cli-arguments...
  TEMPORAL_API_KEY=$(cat "$TS_AUTH_DIR/operator.token") timeout 30 "$TEMPORAL_BIN" "$@" \
    --address "$ENTENTE_HOST:$TS_FRONTEND_PORT" --tls-ca-path "$TS_TLS_CA" \
    --tls-cert-path "$TS_TLS_CLIENT_CERT" --tls-key-path "$TS_TLS_CLIENT_KEY"
}

temporal_install() {
  temporal_cli_install
  ts_server_install
  ts_ui_install
}

temporal_alive() {
  local name
  for name in jwks "${TS_SERVICES[@]}" ui; do ts_alive "$name" || return 1; done
}

# Every service listens, the frontend answers its health RPC, the namespace exists and is known to
# the frontend's namespace cache (a namespace just registered takes some seconds: until then its
# search attributes cannot be listed or added), the UI listens.
temporal_health() {
  local port
  for port in "$TS_HISTORY_PORT" "$TS_MATCHING_PORT" "$TS_INTERNAL_FRONTEND_PORT" "$TS_FRONTEND_PORT" "$TEMPORAL_UI_PORT"; do
    ts_listening "$port" || return 1
  done
  ts_cli operator cluster health >/dev/null 2>&1 && ts_cli operator search-attribute list -n default >/dev/null 2>&1
}

# What needs no database: certificates, the token issuer and its tokens, the JWKS server. The
# services start in temporal_wait, which engines.sh calls once PostgreSQL answers.
temporal_start() {
  mkdir -p "$TS_AUTH_DIR"
  chmod 700 "$TS_DATA" "$TS_AUTH_DIR"
  ts_pki_ensure
  node "$ENTENTE_INFRA/temporal-server/jwt.js" init "$TS_AUTH_DIR" || die "temporal-server: could not make the token signing key"
  # The scripts' operator (namespace, search attributes) and the apps (start, update, query,
  # list and schedule workflows in `default`: nothing there needs `admin`).
  node "$ENTENTE_INFRA/temporal-server/jwt.js" token "$TS_AUTH_DIR" operator.token entente-engines 365 temporal-system:admin \
    || die "temporal-server: could not mint the operator's token"
  node "$ENTENTE_INFRA/temporal-server/jwt.js" token "$TS_AUTH_DIR" apps.token entente-apps 365 default:write \
    || die "temporal-server: could not mint the apps' token"
  if ! ts_alive jwks; then
    assert_port_free "temporal jwks" "$TS_JWKS_PORT" ENTENTE_TEMPORAL_PORT
    spawn "$(ts_pid jwks)" "$(ts_log jwks)" node "$ENTENTE_INFRA/temporal-server/jwt.js" serve "$TS_AUTH_DIR" "$TS_JWKS_PORT"
  fi
}

temporal_wait() {
  local name secs=${ENTENTE_UP_TIMEOUT:-120}
  ts_databases_ensure
  ts_write_config
  ts_write_ui_config
  # On a fresh database the first service to start writes the cluster's metadata; two at once
  # race on its row and the loser exits ("duplicate key ... cluster_metadata_info_pkey", met on a
  # fresh clone). The first service listens only once the metadata is written: the others wait.
  ts_start_service "${TS_SERVICES[0]}"
  wait_healthy "temporal ${TS_SERVICES[0]}" "$secs" ts_first_alive ts_first_listening "$(ts_log "${TS_SERVICES[0]}")"
  for name in "${TS_SERVICES[@]:1}"; do ts_start_service "$name"; done
  ts_start_service ui
  # The frontend first answers before any namespace exists: register `default`, then wait for all.
  wait_healthy "temporal frontend" "$secs" temporal_alive ts_frontend_health "$(ts_log frontend)"
  ts_namespace_ensure
  wait_healthy temporal "$secs" temporal_alive temporal_health "$(ts_log frontend)"
}

ts_frontend_health() { ts_cli operator cluster health >/dev/null 2>&1; }

ts_first_alive() { ts_alive "${TS_SERVICES[0]}"; }
ts_first_listening() { ts_listening "$(ts_port "${TS_SERVICES[0]}")"; }

ts_port() { # name
  case $1 in
    ui) echo "$TEMPORAL_UI_PORT" ;;
    frontend) echo "$TS_FRONTEND_PORT" ;;
    internal-frontend) echo "$TS_INTERNAL_FRONTEND_PORT" ;;
    history) echo "$TS_HISTORY_PORT" ;;
    matching) echo "$TS_MATCHING_PORT" ;;
    worker) echo "$TS_WORKER_PORT" ;;
  esac
}

ts_start_service() { # name
  local name=$1 port
  ts_alive "$name" && return 0
  port=$(ts_port "$name")
  assert_port_free "temporal $name" "$port" ENTENTE_TEMPORAL_PORT
  log "temporal-server: starting $name on $ENTENTE_HOST:$port"
  if [ "$name" = ui ]; then
    spawn "$(ts_pid ui)" "$(ts_log ui)" "$TS_UI_BIN" --root / --config "$TS_UI_CONFIG_DIR" --env entente start
  else
    spawn "$(ts_pid "$name")" "$(ts_log "$name")" "$TS_SERVER_BIN" --root / --config "$TS_CONFIG_DIR" --env entente --zone "$name" \
      start --service "$name"
  fi
}

ts_namespace_ensure() {
  ts_cli operator namespace describe -n default >/dev/null 2>&1 && return 0
  log "temporal-server: registering namespace default (retention $TS_RETENTION)"
  ts_cli operator namespace create -n default --retention "$TS_RETENTION" >/dev/null \
    || die "temporal-server: could not register namespace default"
}

temporal_search_attributes() {
  TEMPORAL_API_KEY=$(cat "$TS_AUTH_DIR/operator.token") temporal_register_search_attributes "$TEMPORAL_BIN" \
    --address "$ENTENTE_HOST:$TS_FRONTEND_PORT" --tls-ca-path "$TS_TLS_CA" \
    --tls-cert-path "$TS_TLS_CLIENT_CERT" --tls-key-path "$TS_TLS_CLIENT_KEY"
}

# The apps' side of mutual TLS and their token (libs/platform/src/config/engines.config.ts). The
# server's name as its certificate says it: an IP address is no TLS server name (RFC 6066), which
# Node warns of at every connection.
temporal_client_env() {
  cat <<EOF
TEMPORAL_TLS_SERVER_NAME=localhost
TEMPORAL_TLS_CA_FILE=$TS_TLS_CA
TEMPORAL_TLS_CERT_FILE=$TS_TLS_CLIENT_CERT
TEMPORAL_TLS_KEY_FILE=$TS_TLS_CLIENT_KEY
TEMPORAL_API_KEY_FILE=$TS_AUTH_DIR/apps.token
EOF
}

# The UI first, then the services in the reverse of their start order, then the token issuer.
temporal_stop() {
  local i
  ts_stop_one ui
  for ((i = ${#TS_SERVICES[@]} - 1; i >= 0; i--)); do ts_stop_one "${TS_SERVICES[i]}"; done
  ts_stop_one jwks
}

ts_stop_one() { # name
  local pid
  if pid=$(live_pid "$(ts_pid "$1")" "$(ts_marker "$1")"); then
    log "temporal-server: stopping $1 (pid $pid)"
    stop_pid "temporal $1" "$pid" 30
  fi
  rm -f "$(ts_pid "$1")"
}
