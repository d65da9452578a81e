# shellcheck shell=bash
# Zipkin's server, the local trace viewer (issue 18, ADR 0033): its `exec` jar from Maven Central,
# cached per version outside the repo, run with in-memory storage on the profile's loopback port.
# Sourced by infra/bin/traces.sh after infra/lib/common.sh and entente_profile.
# Exposes zipkin_install, zipkin_start, zipkin_wait, zipkin_stop, zipkin_alive, zipkin_health.

ZIPKIN_VERSION=3.6.1
ZIPKIN_HOME=$ENTENTE_CACHE/zipkin/$ZIPKIN_VERSION
ZIPKIN_JAR=$ZIPKIN_HOME/zipkin-server-$ZIPKIN_VERSION-exec.jar
ZIPKIN_LOG=$LOG_DIR/zipkin.log
ZIPKIN_PID=$RUN_DIR/zipkin.pid
ZIPKIN_MARKER="$ZIPKIN_JAR --server.port=$ZIPKIN_PORT"

zipkin_install() { with_lock "$ENTENTE_CACHE/zipkin/.lock" zipkin_resolve; }

# Copied into a scratch folder and renamed: an interrupted download is simply done again.
zipkin_resolve() {
  [ -f "$ZIPKIN_JAR" ] && return 0
  have mvn || die "maven is needed: apt-get install -y maven"
  log "zipkin: fetching io.zipkin:zipkin-server:$ZIPKIN_VERSION:exec from Maven Central into $ZIPKIN_HOME"
  rm -rf "$ZIPKIN_HOME.tmp"
  mvn -q -B dependency:copy -Dartifact="io.zipkin:zipkin-server:$ZIPKIN_VERSION:jar:exec" -DoutputDirectory="$ZIPKIN_HOME.tmp" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >&2 \
    || die "zipkin: maven could not fetch zipkin-server $ZIPKIN_VERSION"
  rm -rf "$ZIPKIN_HOME"
  mv "$ZIPKIN_HOME.tmp" "$ZIPKIN_HOME"
}

zipkin_alive() { live_pid "$ZIPKIN_PID" "$ZIPKIN_MARKER" >/dev/null; }

zipkin_health() { curl -fsS --max-time 2 "http://$ENTENTE_HOST:$ZIPKIN_PORT/health" >/dev/null; }

zipkin_start() {
  if zipkin_alive; then log "zipkin: already running"; return 0; fi
  assert_port_free zipkin "$ZIPKIN_PORT" ENTENTE_ZIPKIN_PORT
  log "zipkin: starting on $ENTENTE_HOST:$ZIPKIN_PORT"
  # In memory, the last 100,000 spans: a viewer for a developer's session, not a store.
  spawn "$ZIPKIN_PID" "$ZIPKIN_LOG" "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx512m -jar "$ZIPKIN_JAR" \
    --server.port="$ZIPKIN_PORT" --armeria.ports[0].ip="$ENTENTE_HOST" --armeria.ports[0].port="$ZIPKIN_PORT" \
    --zipkin.storage.mem.max-spans=100000
}

zipkin_wait() { wait_healthy zipkin "${ENTENTE_UP_TIMEOUT:-120}" zipkin_alive zipkin_health "$ZIPKIN_LOG"; }

zipkin_stop() {
  local pid
  if pid=$(live_pid "$ZIPKIN_PID" "$ZIPKIN_MARKER"); then
    log "zipkin: stopping (pid $pid)"
    stop_pid zipkin "$pid" 15
  fi
  rm -f "$ZIPKIN_PID"
}
