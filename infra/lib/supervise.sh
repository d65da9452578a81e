#!/usr/bin/env bash
# Runs one app and starts it again whenever it dies (a crash, `kill -9`, the OOM killer), as a
# service manager would: after 1, 2, ... up to 5 seconds, back to 1 once it has run a minute.
# SIGTERM or SIGINT stops the app and ends the supervision. Each restart is one JSON line in the
# app's log, which is this script's output.
#
#   supervise.sh name command...
set -uo pipefail
name=$1
shift
child=''
stopping=false
stop() {
  stopping=true
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null
}
trap stop TERM INT

restarts=0
while :; do
  started=$SECONDS
  "$@" &
  child=$!
  # `wait` returns early when a trapped signal arrives: wait again until the app has ended.
  while wait "$child"; status=$?; kill -0 "$child" 2>/dev/null; do :; done
  child=''
  $stopping && exit 0
  ((SECONDS - started >= 60)) && restarts=0
  restarts=$((restarts + 1))
  delay=$((restarts < 5 ? restarts : 5))
  printf '{"level":"warn","component":"supervisor","app":"%s","message":"app exited, restarting","status":%d,"restarts":%d,"inSeconds":%d}\n' \
    "$name" "$status" "$restarts" "$delay"
  sleep "$delay" &
  wait $! || true
  $stopping && exit 0
done
