#!/usr/bin/env bash
# Starts and stops the apps of a profile in the background, each with a pid file and a log, like
# the engines; `up` waits until each one answers. Without a list of apps, all six: identity (the
# development OpenID provider that signs the staff's tokens), worker, projector, notifier, api, console.
#
#   apps.sh up|down|status [dev|test|bench|drill|cluster] [identity|worker|projector|notifier|api|console]...
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=infra/lib/common.sh
source "$ROOT/infra/lib/common.sh"
action=${1:-up}
profile=${2:-dev}
entente_profile "$profile"
shift $(($# < 2 ? $# : 2))
apps=("$@")
[ ${#apps[@]} -gt 0 ] || apps=(identity worker projector notifier api console)
# The apps' defaults are the dev profile's engines. The cluster profile's are taken from engines.sh,
# with Temporal's client certificate and token (docs/adr/0029).
if [ "$profile" = cluster ]; then eval "$(bash "$ROOT/infra/bin/engines.sh" env cluster)"; fi
data=$ENTENTE_DATA
# The apps keep the profile's development command-signing key there (docs/adr/0012).
export ENTENTE_DATA_DIR=$data
run=$data/run
logs=$data/logs
mkdir -p "$run" "$logs"

API_PORT=${API_PORT:-3000}
PROJECTOR_PORT=${PROJECTOR_PORT:-3002}
WORKER_PORT=${WORKER_PORT:-3003}
NOTIFIER_PORT=${NOTIFIER_PORT:-3004}
# Metrics (Prometheus text format): the API's and the console's on ports of their own, the Temporal SDK's worker
# metrics on another (0: off); the worker, projector and notifier answer /metrics beside /health.
API_METRICS_PORT=${API_METRICS_PORT:-3001}
TEMPORAL_METRICS_PORT=${TEMPORAL_METRICS_PORT:-3005}
CONSOLE_METRICS_PORT=${CONSOLE_METRICS_PORT:-3101}
# The API trusts the profile's own provider; the provider keeps its keys in the profile's data dir
# and, for development only, hands out tokens for a named person (`npm run token`).
OIDC_ISSUER=${OIDC_ISSUER:-http://$ENTENTE_HOST:$IDENTITY_PORT}
CONSOLE_PORT=${CONSOLE_PORT:-3100}
API_URL=${API_URL:-http://127.0.0.1:$API_PORT}
export API_PORT API_METRICS_PORT PROJECTOR_PORT WORKER_PORT NOTIFIER_PORT TEMPORAL_METRICS_PORT CONSOLE_METRICS_PORT OIDC_ISSUER IDENTITY_PORT CONSOLE_PORT API_URL
export IDENTITY_ISSUER=$OIDC_ISSUER IDENTITY_DATA_DIR=$data IDENTITY_DEVELOPMENT_GRANT=true
# The console signs people in at the provider, which returns them only to the console it knows.
CONSOLE_PUBLIC_URL=${CONSOLE_PUBLIC_URL:-http://$ENTENTE_HOST:$CONSOLE_PORT}
export CONSOLE_PUBLIC_URL IDENTITY_CONSOLE_REDIRECT_URIS=${IDENTITY_CONSOLE_REDIRECT_URIS:-$CONSOLE_PUBLIC_URL/callback}
# The notifier's messages link to the cases in the console.
export CONSOLE_URL=${CONSOLE_URL:-$CONSOLE_PUBLIC_URL}
# and it reads the bounces in the local mail server's mailbox (set BOUNCE_MAILBOX_URL empty: none).
export BOUNCE_MAILBOX_URL=${BOUNCE_MAILBOX_URL-$MAILPIT_POP3_URL}

alive() { [ -f "$run/$1.pid" ] && kill -0 "$(cat "$run/$1.pid")" 2>/dev/null; }
wanted() { [[ " ${apps[*]} " == *" $1 "* ]]; }

start_app() { # name entry
  local name=$1 entry=$2
  wanted "$name" || return 0
  if alive "$name"; then echo "{\"component\":\"apps\",\"app\":\"$name\",\"message\":\"already running\"}"; return; fi
  [ -f "$ROOT/$entry" ] || { echo "$name: $entry is missing; build first (npm run build)" >&2; return 1; }
  # Where this run's lines begin: a readiness check reads only those, never an earlier run's.
  touch "$logs/$name.log"
  wc -c <"$logs/$name.log" >"$run/$name.log-start"
  # In a session of its own, like the engines: it outlives the shell that ran `npm start`; a
  # supervisor starts it again if it dies (the pid file is the supervisor's).
  spawn "$run/$name.pid" "$logs/$name.log" bash "$ROOT/infra/lib/supervise.sh" "$name" node "$ROOT/$entry"
}

said_since_start() { # name text: whether this run of the app has logged the text
  tail -c "+$(($(cat "$run/$1.log-start") + 1))" "$logs/$1.log" | grep -qF "$2"
}

wait_for() { # name check-command...
  local name=$1; shift
  wanted "$name" || return 0
  for _ in $(seq 1 120); do
    if "$@" >/dev/null 2>&1; then echo "{\"component\":\"apps\",\"app\":\"$name\",\"message\":\"up\"}"; return 0; fi
    # An app that dies before it is up is not going to come up on its own: say why now.
    alive "$name" && ! said_since_start "$name" '"app exited, restarting"' || break
    sleep 1
  done
  echo "$name did not come up; last lines of $logs/$name.log:" >&2
  tail -n 30 "$logs/$name.log" >&2
  return 1
}

stop_app() {
  local name=$1
  wanted "$name" || return 0
  alive "$name" || { rm -f "$run/$name.pid"; return 0; }
  local pid; pid=$(cat "$run/$name.pid")
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$run/$name.pid" "$run/$name.log-start"
  echo "{\"component\":\"apps\",\"app\":\"$name\",\"message\":\"stopped\"}"
}

case $action in
  up)
    start_app identity apps/identity/dist/main.js
    # The API reads the provider's discovery document on its first request, so the provider goes first.
    wait_for identity curl -fsS "$OIDC_ISSUER/.well-known/openid-configuration"
    start_app worker apps/worker/dist/main.js
    start_app projector apps/projector/dist/main.js
    start_app notifier apps/notifier/dist/main.js
    start_app api apps/api/dist/main.js
    start_app console apps/console/dist/main.js
    wait_for worker curl -fsS "http://127.0.0.1:$WORKER_PORT/health"
    wait_for projector curl -fsS "http://127.0.0.1:$PROJECTOR_PORT/health"
    wait_for notifier curl -fsS "http://127.0.0.1:$NOTIFIER_PORT/health"
    wait_for api curl -fsS "http://127.0.0.1:$API_PORT/health"
    wait_for console curl -fsS "http://127.0.0.1:$CONSOLE_PORT/signed-out"
    ;;
  down)
    for name in console api notifier projector worker identity; do stop_app "$name"; done
    ;;
  status)
    for name in identity worker projector notifier api console; do
      wanted "$name" || continue
      if alive "$name"; then echo "$name up (pid $(cat "$run/$name.pid"))"; else echo "$name down"; fi
    done
    ;;
  *) echo "usage: apps.sh up|down|status [dev|test|bench|drill|cluster] [identity|worker|projector|notifier|api|console]..." >&2; exit 2 ;;
esac
