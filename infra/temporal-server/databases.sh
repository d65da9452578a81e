# shellcheck shell=bash
# Temporal's two databases in the profile's PostgreSQL: persistence (`temporal`) and visibility
# (`temporal_visibility`), created and brought to the newest schema by Temporal's own schema tool
# with the schema files its module ships. Idempotent, and quick when nothing is to do: the current
# versions are read first. Sourced by temporal-server.sh after infra/postgres/postgres.sh.
# Exposes ts_databases_ensure.

ts_databases_ensure() {
  local kind db state newest
  # One line per database: `missing <db>` or `version <db> <version|none>`.
  state=$(cd "$ENTENTE_ROOT" && node infra/temporal-server/databases.js "$(pg_socket_dir)" "$PG_PORT" \
    "$TS_DB_USER" "$TS_DB_PASSWORD" "$TS_DB" "$TS_VISIBILITY_DB") \
    || fail_with_log "temporal-server: preparing the databases failed" "$PG_LOG"
  for kind in temporal visibility; do
    db=$TS_DB
    [ "$kind" = temporal ] || db=$TS_VISIBILITY_DB
    newest=$(ts_newest_schema "$kind")
    if grep -qx "version $db $newest" <<<"$state"; then continue; fi
    if grep -qx "missing $db" <<<"$state"; then
      log "temporal-server: creating database $db"
      ts_sql_tool "$db" create-database --defaultdb postgres
    fi
    log "temporal-server: bringing $db to schema $newest (temporal-sql-tool)"
    # setup-schema makes the version tables and records 0.0 only when no version is recorded;
    # update-schema then applies every versioned folder above the recorded version.
    ts_sql_tool "$db" setup-schema -v 0.0
    ts_sql_tool "$db" update-schema -d "$TS_SCHEMA_DIR/$kind/versioned"
  done
}

# The highest versioned folder the module ships (v1.18 -> 1.18), as the tool records it.
ts_newest_schema() { # temporal|visibility
  find "$TS_SCHEMA_DIR/$1/versioned" -mindepth 1 -maxdepth 1 -type d -name 'v*' -printf '%f\n' | sed 's/^v//' | sort -V | tail -n1
}

ts_sql_tool() { # database tool-arguments...
  local db=$1 out
  shift
  out=$(SQL_PASSWORD=$TS_DB_PASSWORD "$TS_SQL_TOOL" --plugin postgres12 --ep "$ENTENTE_HOST" -p "$PG_PORT" \
    -u "$TS_DB_USER" --db "$db" "$@" 2>&1) || {
    printf '%s\n' "$out" >&2
    die "temporal-server: temporal-sql-tool $* on $db failed"
  }
  printf '%s\n' "$out" >>"$LOG_DIR/temporal-schema.log"
}
