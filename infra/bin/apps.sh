#!/usr/bin/env bash
# Starts and stops the apps of a profile in the background, each with a pid file and a log, like
# the engines; `up` waits until each one answers. Without a list of apps, all six: identity (the
# development OpenID provider that signs the staff's tokens), worker, projector, notifier, api, console.
# The cluster profile runs two instances of the worker, projector, notifier and API (<app>-1 and
# <app>-2, each with its own port, pid file, log and supervisor) and HAProxy in front of the two
# APIs, started with the api and stopped before it (docs/adr/0030).
#
#   apps.sh up|down|status [dev|test|bench|drill|cluster] [identity|worker|projector|notifier|api|console]...
#   apps.sh env [dev|test|bench|drill|cluster]   `export VAR=value` lines: where clients reach the apps
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

# The first instance's port; in the cluster profile the second instance's is the next one.
if [ "$ENTENTE_PROFILE" = cluster ]; then
  API_PORT=${API_PORT:-3300} PROJECTOR_PORT=${PROJECTOR_PORT:-3302} WORKER_PORT=${WORKER_PORT:-3304}
  NOTIFIER_PORT=${NOTIFIER_PORT:-3306} CONSOLE_PORT=${CONSOLE_PORT:-3320}
  # The load balancer: where clients (the console, the seed, people) reach the API.
  API_LB_PORT=${API_LB_PORT:-3310} API_LB_STATS_PORT=${API_LB_STATS_PORT:-3311}
  API_URL=${API_URL:-http://$ENTENTE_HOST:$API_LB_PORT}
  # Metrics ports of their own, likewise two: the API's and the Temporal SDK's (the workers').
  API_METRICS_PORT=${API_METRICS_PORT:-3330} TEMPORAL_METRICS_PORT=${TEMPORAL_METRICS_PORT:-3334}
  CONSOLE_METRICS_PORT=${CONSOLE_METRICS_PORT:-3340}
  copies=2
  # shellcheck source=infra/haproxy/haproxy.sh
  source "$ROOT/infra/haproxy/haproxy.sh"
else
  copies=1
fi
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

# An app's instances, `name:port` each: the app itself on its port, or in the cluster profile
# <app>-1 and <app>-2 on its port and the next, for the apps that run twice.
instances() { # app port
  case $copies:$1 in
    2:worker | 2:projector | 2:notifier | 2:api) echo "$1-1:$2 $1-2:$(($2 + 1))" ;;
    *) echo "$1:$2" ;;
  esac
}

start_app() { # app port-variable entry
  local app=$1 variable=$2 entry=$3 instance
  wanted "$app" || return 0
  [ -f "$ROOT/$entry" ] || { echo "$app: $entry is missing; build first (npm run build)" >&2; return 1; }
  for instance in $(instances "$app" "${!variable}"); do
    start_instance "${instance%%:*}" "$variable=${instance#*:} $(metrics_ports "${instance%%:*}")" node "$ROOT/$entry"
  done
}

# The second instance's metrics port is the next one, as its app's port is.
metrics_ports() { # instance
  case $1 in
    api-[12]) echo "API_METRICS_PORT=$((API_METRICS_PORT + ${1#api-} - 1))" ;;
    worker-[12]) echo "TEMPORAL_METRICS_PORT=$((TEMPORAL_METRICS_PORT + ${1#worker-} - 1))" ;;
  esac
}

start_instance() { # name "VARIABLE=port..." command...
  local name=$1 ports=$2
  shift 2
  if alive "$name"; then echo "{\"component\":\"apps\",\"app\":\"$name\",\"message\":\"already running\"}"; return; fi
  # Where this run's lines begin: a readiness check reads only those, never an earlier run's.
  touch "$logs/$name.log"
  wc -c <"$logs/$name.log" >"$run/$name.log-start"
  # In a session of its own, like the engines: it outlives the shell that ran `npm start`; a
  # supervisor starts it again if it dies (the pid file is the supervisor's).
  # shellcheck disable=SC2086  # one VARIABLE=port word each
  spawn "$run/$name.pid" "$logs/$name.log" env $ports bash "$ROOT/infra/lib/supervise.sh" "$name" "$@"
}

# HAProxy in front of the API instances (cluster profile), its configuration made anew each time.
start_balancer() {
  if ! wanted api || [ "$copies" != 2 ]; then return 0; fi
  haproxy_install
  # shellcheck disable=SC2046  # one argument per instance
  haproxy_write_config "$run/haproxy.cfg" "$API_LB_PORT" "$API_LB_STATS_PORT" $(instances api "$API_PORT")
  haproxy -c -q -f "$run/haproxy.cfg" || { echo "haproxy: $run/haproxy.cfg is refused" >&2; return 1; }
  start_instance haproxy "API_LB_PORT=$API_LB_PORT" haproxy -db -f "$run/haproxy.cfg"
}

said_since_start() { # name text: whether this run of the app has logged the text
  tail -c "+$(($(cat "$run/$1.log-start") + 1))" "$logs/$1.log" | grep -qF "$2"
}

# Waits for every instance of an app: the check's "{port}" is each instance's port.
wait_for() { # app port check-command...
  local app=$1 port=$2 instance
  shift 2
  wanted "$app" || return 0
  for instance in $(instances "$app" "$port"); do wait_for_instance "${instance%%:*}" "${@//\{port\}/${instance#*:}}" || return 1; done
}

wait_for_instance() { # name check-command...
  local name=$1; shift
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

stop_app() { # app port
  local instance
  wanted "$1" || return 0
  for instance in $(instances "$1" "$2"); do stop_instance "${instance%%:*}"; done
}

stop_instance() {
  local name=$1
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
    start_app identity IDENTITY_PORT apps/identity/dist/main.js
    # The API reads the provider's discovery document on its first request, so the provider goes first.
    wait_for identity "$IDENTITY_PORT" curl -fsS "$OIDC_ISSUER/.well-known/openid-configuration"
    start_app worker WORKER_PORT apps/worker/dist/main.js
    start_app projector PROJECTOR_PORT apps/projector/dist/main.js
    start_app notifier NOTIFIER_PORT apps/notifier/dist/main.js
    start_app api API_PORT apps/api/dist/main.js
    start_balancer
    start_app console CONSOLE_PORT apps/console/dist/main.js
    wait_for worker "$WORKER_PORT" curl -fsS "http://127.0.0.1:{port}/health"
    wait_for projector "$PROJECTOR_PORT" curl -fsS "http://127.0.0.1:{port}/health"
    wait_for notifier "$NOTIFIER_PORT" curl -fsS "http://127.0.0.1:{port}/health"
    wait_for api "$API_PORT" curl -fsS "http://127.0.0.1:{port}/health"
    [ "$copies" = 1 ] || ! wanted api || wait_for_instance haproxy curl -fsS "$API_URL/health"
    wait_for console "$CONSOLE_PORT" curl -fsS "http://127.0.0.1:{port}/signed-out"
    ;;
  down)
    ! wanted api || stop_instance haproxy
    stop_app console "$CONSOLE_PORT"
    stop_app api "$API_PORT"
    stop_app notifier "$NOTIFIER_PORT"
    stop_app projector "$PROJECTOR_PORT"
    stop_app worker "$WORKER_PORT"
    stop_app identity "$IDENTITY_PORT"
    ;;
  status)
    for name in identity worker projector notifier api console; do
      wanted "$name" || continue
      port=${name^^}_PORT
      for instance in $(instances "$name" "${!port}") $([ "$name:$copies" = api:2 ] && echo haproxy); do
        instance=${instance%%:*}
        if alive "$instance"; then echo "$instance up (pid $(cat "$run/$instance.pid"))"; else echo "$instance down"; fi
      done
    done
    ;;
  env)
    printf 'export API_URL=%q\nexport CONSOLE_PUBLIC_URL=%q\nexport OIDC_ISSUER=%q\n' "$API_URL" "$CONSOLE_PUBLIC_URL" "$OIDC_ISSUER"
    # The first instance's port of each app (in the cluster profile the second's is the next one).
    printf 'export %s\n' "API_PORT=$API_PORT" "WORKER_PORT=$WORKER_PORT" "PROJECTOR_PORT=$PROJECTOR_PORT" "NOTIFIER_PORT=$NOTIFIER_PORT"
    if [ "$copies" = 2 ]; then
      printf 'export API_INSTANCES=%q\nexport API_LB_STATS_URL=%q\n' \
        "$(instances api "$API_PORT" | sed "s/[a-z0-9-]*:/$ENTENTE_HOST:/g")" "http://$ENTENTE_HOST:$API_LB_STATS_PORT/"
    fi
    ;;
  *) echo "usage: apps.sh up|down|status|env [dev|test|bench|drill|cluster] [identity|worker|projector|notifier|api|console]..." >&2; exit 2 ;;
esac
