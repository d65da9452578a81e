# shellcheck shell=bash
# Mailpit: a real SMTP server that keeps every message it accepts, with a web inbox and an HTTP
# API to read them back (issue 16). Sourced by infra/bin/engines.sh after infra/lib/common.sh and
# entente_profile.
# Exposes mailpit_install, mailpit_start, mailpit_wait, mailpit_stop, mailpit_alive,
# mailpit_health.

# Built from its Go module: github.com/axllent/mailpit v1.33.1 has no `replace` directive, so the
# module proxy serves all of it. The module ships its web inbox as sources (Vue, Sass): they are
# built with npm from the module's own package.json and package-lock.json (two packages aside,
# below) into server/ui/dist/, which `go build` then embeds. Its go.mod asks for Go 1.26.
MAILPIT_VERSION=v1.33.1
MAILPIT_MODULE=github.com/axllent/mailpit
# Its package.json asks rapidoc ^12, which the npm registry reachable here does not serve (below).
MAILPIT_RAPIDOC_VERSION=9.3.8
MAILPIT_CACHE_DIR=$ENTENTE_CACHE/mailpit/$MAILPIT_VERSION
MAILPIT_BIN=$MAILPIT_CACHE_DIR/mailpit
MAILPIT_DIR=$ENTENTE_DATA/mailpit
MAILPIT_DB=$MAILPIT_DIR/mailpit.db
MAILPIT_LOG=$LOG_DIR/mailpit.log
MAILPIT_PID=$RUN_DIR/mailpit.pid
MAILPIT_MARKER="--database $MAILPIT_DB"

mailpit_install() {
  [ -x "$MAILPIT_BIN" ] && return 0
  with_lock "$ENTENTE_CACHE/mailpit/.lock" mailpit_build
}

# Built once (a few minutes on 2 cores) in a scratch folder renamed when done; under the lock, a
# second caller finds the result of the first. The sources and their node_modules are dropped
# afterwards: the cache keeps the binary alone.
mailpit_build() {
  [ -x "$MAILPIT_BIN" ] && return 0
  have go || die "mailpit: 'go' is not on PATH; install Go (1.26+, which $MAILPIT_MODULE $MAILPIT_VERSION requires) to build Mailpit"
  have npm || die "mailpit: 'npm' is not on PATH; it builds Mailpit's web inbox"
  local tmp=$MAILPIT_CACHE_DIR.tmp json dir
  log "mailpit: building Mailpit $MAILPIT_VERSION (web inbox with npm, server with Go) into $MAILPIT_CACHE_DIR (once; takes a few minutes)"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # The module's source folder in the module cache (read-only there: copied to build in).
  json=$(cd "$tmp" && GOWORK=off go mod download -json "$MAILPIT_MODULE@$MAILPIT_VERSION") \
    || die "mailpit: go mod download $MAILPIT_MODULE@$MAILPIT_VERSION failed: $json"
  dir=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).Dir)' <<<"$json")
  [ -f "$dir/go.mod" ] || die "mailpit: no module source in '$dir'"
  cp -R "$dir" "$tmp/src"
  chmod -R u+w "$tmp/src"
  # Every package at the version the module's package-lock.json names, but two the registry
  # reachable here does not serve:
  # - rapidoc (the API documentation page's viewer, `import "rapidoc"` in docs.js): the module
  #   asks ^12, the registry has 9.3.8 at most, which npm resolves with its dependencies;
  # - sass-embedded 1.108.1, a peer-only package like the ESLint parser, both left out
  #   (--omit=peer): the build compiles Sass with the pure JavaScript `sass`
  #   (esbuild-sass-plugin loads sass-embedded only with `embedded: true`).
  # --ignore-scripts: the only install scripts in the lock are esbuild's check of the platform
  # binary npm has just installed (@esbuild/linux-x64) and @parcel/watcher's, for watch mode.
  # The npm_* variables of an `npm test` or `npm start` that runs this would point npm at our
  # repo (npm_config_local_prefix...): this npm sees none of them.
  log "mailpit: npm install and npm run build (the web inbox)"
  (cd "$tmp/src" && unset "${!npm_@}" \
    && npm pkg set "dependencies.rapidoc=$MAILPIT_RAPIDOC_VERSION" \
    && npm install --ignore-scripts --omit=peer --no-audit --no-fund --loglevel=error \
    && npm run build) >&2 \
    || die "mailpit: building the web inbox (npm install, npm run build in $tmp/src) failed"
  [ -f "$tmp/src/server/ui/dist/app.js" ] || die "mailpit: npm run build wrote no server/ui/dist/app.js"
  log "mailpit: go build"
  (cd "$tmp/src" && CGO_ENABLED=0 GOWORK=off go build -trimpath \
    -ldflags "-s -w -X $MAILPIT_MODULE/config.Version=$MAILPIT_VERSION" -o "$tmp/mailpit" .) >&2 \
    || die "mailpit: go build of $MAILPIT_MODULE@$MAILPIT_VERSION failed"
  rm -rf "$tmp/src"
  rm -rf "$MAILPIT_CACHE_DIR"
  mv "$tmp" "$MAILPIT_CACHE_DIR"
}

mailpit_alive() { live_pid "$MAILPIT_PID" "$MAILPIT_MARKER" >/dev/null; }

# True when the inbox answers 200 to `GET $1` (plain HTTP over bash's /dev/tcp: no curl needed).
mailpit_http_ok() { # path
  # shellcheck disable=SC2016  # expanded by the child shell
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: %s:%s\r\n\r\n" "$2" "$0" "$1" >&3
    IFS= read -r status <&3
    [[ $status == "HTTP/1."[01]" 200"* ]]' "$ENTENTE_HOST" "$MAILPIT_UI_PORT" "$1" 2>/dev/null
}

# Ready (its database answers, the web server has its routes) and the SMTP and POP3 ports accept.
mailpit_health() { mailpit_http_ok /readyz && port_open "$MAILPIT_SMTP_PORT" && port_open "$MAILPIT_POP3_PORT"; }

mailpit_start() {
  if mailpit_alive && port_open "$MAILPIT_POP3_PORT"; then log "mailpit: already running"; return 0; fi
  # Started by an older checkout, without the bounce mailbox: started again with it.
  if mailpit_alive; then mailpit_stop; fi
  assert_port_free mailpit "$MAILPIT_SMTP_PORT" ENTENTE_MAILPIT_SMTP_PORT
  assert_port_free "mailpit inbox" "$MAILPIT_UI_PORT" ENTENTE_MAILPIT_UI_PORT
  assert_port_free "mailpit pop3" "$MAILPIT_POP3_PORT" ENTENTE_MAILPIT_POP3_PORT
  mkdir -p "$MAILPIT_DIR"
  local login=${MAILPIT_POP3_URL#pop3://}
  printf '%s\n' "${login%@*}" >"$MAILPIT_DIR/pop3-passwords"
  log "mailpit: starting smtp on $ENTENTE_HOST:$MAILPIT_SMTP_PORT (inbox :$MAILPIT_UI_PORT)"
  # Any SMTP login or none is accepted, without TLS. Version check (GitHub) and reverse DNS off:
  # no traffic leaves the machine. POP3 serves every message caught, as the bounce mailbox.
  # A message sent again under its Message-ID (the notifier died before recording the server's
  # reply) is recognised and kept once, as a mailbox provider would; but the tests keep every copy
  # the server took, so that "none twice" counts what was sent, not what was kept.
  local duplicates=(--ignore-duplicate-ids)
  [ "$ENTENTE_PROFILE" = test ] && duplicates=()
  spawn "$MAILPIT_PID" "$MAILPIT_LOG" "$MAILPIT_BIN" \
    --database "$MAILPIT_DB" \
    --smtp "$ENTENTE_HOST:$MAILPIT_SMTP_PORT" --listen "$ENTENTE_HOST:$MAILPIT_UI_PORT" \
    --smtp-auth-accept-any --smtp-auth-allow-insecure \
    --pop3 "$ENTENTE_HOST:$MAILPIT_POP3_PORT" --pop3-auth-file "$MAILPIT_DIR/pop3-passwords" \
    --smtp-disable-rdns --disable-version-check \
    "${duplicates[@]}" --max 20000
}

mailpit_wait() {
  wait_healthy mailpit "${ENTENTE_UP_TIMEOUT:-120}" mailpit_alive mailpit_health "$MAILPIT_LOG"
}

mailpit_stop() {
  local pid
  if pid=$(live_pid "$MAILPIT_PID" "$MAILPIT_MARKER"); then
    log "mailpit: stopping (pid $pid)"
    stop_pid mailpit "$pid" 15
  fi
  rm -f "$MAILPIT_PID"
}
