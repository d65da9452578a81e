# shellcheck shell=bash
# Temporal dev server (`temporal server start-dev`: frontend, history, matching, worker and the
# Web UI in one process, persisted in SQLite). Sourced by infra/bin/engines.sh after
# infra/lib/common.sh and entente_profile.
# Exposes temporal_install, temporal_start, temporal_wait, temporal_stop, temporal_alive,
# temporal_health, temporal_search_attributes, temporal_client_env (and temporal_cli_install).

# Pinned on purpose: later tags of github.com/temporalio/cli (e.g. v1.9.1) require the
# submodule github.com/temporalio/cli/cliext through `replace ... => ./cliext` in go.mod; `go
# install module@version` ignores replace directives, and the module proxy reachable here does
# not serve that submodule, so they cannot be built. v1.5.1 builds from the proxy alone.
TEMPORAL_CLI_VERSION=v1.5.1
TEMPORAL_CLI_DIR=$ENTENTE_CACHE/temporal-cli/$TEMPORAL_CLI_VERSION
TEMPORAL_DIR=$ENTENTE_DATA/temporal
TEMPORAL_DB=$TEMPORAL_DIR/temporal.db
TEMPORAL_LOG=$LOG_DIR/temporal.log
TEMPORAL_PID=$RUN_DIR/temporal.pid
TEMPORAL_MARKER="--db-filename $TEMPORAL_DB"
TEMPORAL_BIN=

temporal_install() { temporal_cli_install; }

# The CLI alone: the dev server here, and the client of Temporal's own server in the cluster
# profile (infra/temporal-server/temporal-server.sh).
temporal_cli_install() {
  # A `temporal` already on PATH (e.g. from a package manager) is used as it is.
  if have temporal; then TEMPORAL_BIN=$(command -v temporal); return 0; fi
  TEMPORAL_BIN=$TEMPORAL_CLI_DIR/temporal
  [ -x "$TEMPORAL_BIN" ] && return 0
  with_lock "$ENTENTE_CACHE/temporal-cli/.lock" temporal_build
}

# Built once with Go from the module proxy (a few minutes on 2 cores), into a scratch folder
# renamed when done. Under the lock, a second caller finds the result of the first.
temporal_build() {
  [ -x "$TEMPORAL_BIN" ] && return 0
  have go || die "temporal: neither 'temporal' nor 'go' is on PATH; install Go (1.25+, which v1.5.1 requires) to build the Temporal CLI"
  log "temporal: building the Temporal CLI $TEMPORAL_CLI_VERSION with Go into $TEMPORAL_CLI_DIR (once; takes a few minutes)"
  rm -rf "$TEMPORAL_CLI_DIR.tmp"
  mkdir -p "$TEMPORAL_CLI_DIR.tmp"
  GOBIN=$TEMPORAL_CLI_DIR.tmp go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" >&2 \
    || die "temporal: go install github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION failed"
  rm -rf "$TEMPORAL_CLI_DIR"
  mv "$TEMPORAL_CLI_DIR.tmp" "$TEMPORAL_CLI_DIR"
}

temporal_alive() { live_pid "$TEMPORAL_PID" "$TEMPORAL_MARKER" >/dev/null; }

# The frontend answers its health RPC, and the namespace the apps use exists.
temporal_health() {
  local addr=$ENTENTE_HOST:$TEMPORAL_PORT
  timeout 10 "$TEMPORAL_BIN" operator cluster health --address "$addr" >/dev/null 2>&1 \
    && timeout 10 "$TEMPORAL_BIN" operator namespace describe --address "$addr" -n default >/dev/null 2>&1
}

temporal_start() {
  if temporal_alive; then log "temporal: already running"; return 0; fi
  assert_port_free temporal "$TEMPORAL_PORT" ENTENTE_TEMPORAL_PORT
  assert_port_free "temporal ui" "$TEMPORAL_UI_PORT" ENTENTE_TEMPORAL_UI_PORT
  mkdir -p "$TEMPORAL_DIR"
  log "temporal: starting on $ENTENTE_HOST:$TEMPORAL_PORT (ui :$TEMPORAL_UI_PORT)"
  # WAL + synchronous=normal: committed work survives a crash of the server, and SQLite does
  # not fsync on every write (the default journal mode is several times slower here). Eager
  # activities: a case's publication, a queued activity on the workflow's own task queue, comes
  # back with the workflow task's answer instead of through matching (about half a command's time).
  spawn "$TEMPORAL_PID" "$TEMPORAL_LOG" "$TEMPORAL_BIN" server start-dev \
    --ip "$ENTENTE_HOST" --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT" \
    --db-filename "$TEMPORAL_DB" --namespace default --log-format json \
    --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal \
    --dynamic-config-value system.enableActivityEagerExecution=true
}

# shellcheck source=infra/temporal/search-attributes.sh
source "$ENTENTE_INFRA/temporal/search-attributes.sh"

# Registered on every `up`, not only at start-dev: developers' servers stay up between runs.
temporal_search_attributes() {
  temporal_register_search_attributes "$TEMPORAL_BIN" --address "$ENTENTE_HOST:$TEMPORAL_PORT"
}

# What the apps need beyond TEMPORAL_ADDRESS to reach this server, as NAME=value lines: nothing.
temporal_client_env() { :; }

temporal_wait() {
  wait_healthy temporal "${ENTENTE_UP_TIMEOUT:-120}" temporal_alive temporal_health "$TEMPORAL_LOG"
}

temporal_stop() {
  local pid
  if pid=$(live_pid "$TEMPORAL_PID" "$TEMPORAL_MARKER"); then
    log "temporal: stopping (pid $pid)"
    stop_pid temporal "$pid" 30
  fi
  rm -f "$TEMPORAL_PID"
}
