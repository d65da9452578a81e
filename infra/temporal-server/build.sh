# shellcheck shell=bash
# Builds, once per version, Temporal's server and schema tool and the UI server from the Go module
# proxy into the cache (~/.cache/entente/temporal-server/<version>, temporal-ui-server/<version>),
# like the CLI (infra/temporal/temporal.sh) and Mailpit. Sourced by temporal-server.sh.
# Exposes ts_server_install, ts_ui_install.

ts_server_install() {
  [ -x "$TS_SERVER_BIN" ] && [ -x "$TS_SQL_TOOL" ] && [ -d "$TS_SCHEMA_DIR/temporal/versioned" ] && return 0
  with_lock "$ENTENTE_CACHE/temporal-server/.lock" ts_server_build
}

ts_ui_install() {
  [ -x "$TS_UI_BIN" ] && return 0
  with_lock "$ENTENTE_CACHE/temporal-ui-server/.lock" ts_ui_build
}

# `go install pkg@version` builds a module as its go.mod and go.sum pin it, outside any module of
# ours; -mod=mod lets it resolve what the module's go.sum lacks, in the module cache. Both
# packages in one call share one build (and the CLI's build cache, which has most of the module).
ts_server_build() {
  [ -x "$TS_SERVER_BIN" ] && [ -x "$TS_SQL_TOOL" ] && [ -d "$TS_SCHEMA_DIR/temporal/versioned" ] && return 0
  have go || die "temporal-server: 'go' is not on PATH; install Go (1.25+, which $TS_MODULE $TS_VERSION requires) to build Temporal's server"
  local tmp=$TS_CACHE_DIR.tmp json dir
  log "temporal-server: building $TS_MODULE $TS_VERSION (server and schema tool) into $TS_CACHE_DIR (once; takes several minutes)"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  (cd "$tmp" && GOBIN=$tmp GOFLAGS=-mod=mod GOWORK=off go install "$TS_MODULE/cmd/server@$TS_VERSION" "$TS_MODULE/cmd/tools/sql@$TS_VERSION") >&2 \
    || die "temporal-server: go install $TS_MODULE/cmd/server and cmd/tools/sql @$TS_VERSION failed"
  mv "$tmp/server" "$tmp/temporal-server"
  mv "$tmp/sql" "$tmp/temporal-sql-tool"
  # The PostgreSQL schemas the schema tool applies, as the module ships them: copied out of the
  # module cache, so that a `go clean -modcache` later does not take them away.
  json=$(cd "$tmp" && GOWORK=off go mod download -json "$TS_MODULE@$TS_VERSION") \
    || die "temporal-server: go mod download $TS_MODULE@$TS_VERSION failed: $json"
  dir=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).Dir)' <<<"$json")
  [ -d "$dir/schema/postgresql/v12/temporal/versioned" ] || die "temporal-server: no schema/postgresql/v12 in '$dir'"
  mkdir -p "$tmp/schema/postgresql"
  cp -R "$dir/schema/postgresql/v12" "$tmp/schema/postgresql/"
  chmod -R u+w "$tmp/schema"
  rm -rf "$TS_CACHE_DIR"
  mv "$tmp" "$TS_CACHE_DIR"
}

# The module carries the UI's built assets (ui/assets), which the binary embeds.
ts_ui_build() {
  [ -x "$TS_UI_BIN" ] && return 0
  have go || die "temporal-server: 'go' is not on PATH; install Go to build the Temporal UI server"
  local tmp=$TS_UI_CACHE_DIR.tmp
  log "temporal-server: building $TS_UI_MODULE $TS_UI_VERSION into $TS_UI_CACHE_DIR (once; takes a few minutes)"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  (cd "$tmp" && GOBIN=$tmp GOFLAGS=-mod=mod GOWORK=off go install "$TS_UI_MODULE/cmd/server@$TS_UI_VERSION") >&2 \
    || die "temporal-server: go install $TS_UI_MODULE/cmd/server@$TS_UI_VERSION failed"
  mv "$tmp/server" "$tmp/ui-server"
  rm -rf "$TS_UI_CACHE_DIR"
  mv "$tmp" "$TS_UI_CACHE_DIR"
}
