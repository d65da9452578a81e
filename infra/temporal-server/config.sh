# shellcheck shell=bash
# The one configuration file of the cluster profile's Temporal services, and the UI server's, both
# rewritten at each start from the profile's ports. Sourced by temporal-server.sh.
# Exposes ts_write_config, ts_write_ui_config, ts_metrics_port.

ts_write_config() {
  mkdir -p "$TS_CONFIG_DIR"
  cat >"$TS_CONFIG_DIR/entente.yaml.tmp" <<EOF
# Written by infra/temporal-server/config.sh at each start; edits are lost.
log:
  stdout: true
  level: ${ENTENTE_TEMPORAL_LOG_LEVEL:-info}
  format: json

persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: $TS_HISTORY_SHARDS
  datastores:
    postgres-default:
      sql:
        pluginName: postgres12
        databaseName: $TS_DB
        connectAddr: "$ENTENTE_HOST:$PG_PORT"
        connectProtocol: tcp
        user: $TS_DB_USER
        password: "$TS_DB_PASSWORD"
        maxConns: 10
        maxIdleConns: 10
        maxConnLifetime: 1h
    postgres-visibility:
      sql:
        pluginName: postgres12
        databaseName: $TS_VISIBILITY_DB
        connectAddr: "$ENTENTE_HOST:$PG_PORT"
        connectProtocol: tcp
        user: $TS_DB_USER
        password: "$TS_DB_PASSWORD"
        maxConns: 4
        maxIdleConns: 4
        maxConnLifetime: 1h

global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "$ENTENTE_HOST"
  pprof:
    port: 0
  tls:
    # Between the services (history, matching, the internal frontend): mutual TLS too, since the
    # internal frontend grants whoever reaches it every right (it has no claim mapper).
    internode:
      server:
        certFile: $TS_TLS_SERVER_CERT
        keyFile: $TS_TLS_SERVER_KEY
        requireClientAuth: true
        clientCaFiles: [$TS_TLS_CA]
      client:
        serverName: $ENTENTE_HOST
        rootCaFiles: [$TS_TLS_CA]
    # The public frontend: clients present a certificate of the profile's CA, then a token.
    frontend:
      server:
        certFile: $TS_TLS_SERVER_CERT
        keyFile: $TS_TLS_SERVER_KEY
        requireClientAuth: true
        clientCaFiles: [$TS_TLS_CA]
      client:
        serverName: $ENTENTE_HOST
        rootCaFiles: [$TS_TLS_CA]
  authorization:
    jwtKeyProvider:
      keySourceURIs: ["$TS_JWKS_URL"]
      refreshInterval: 1m
    permissionsClaimName: permissions
    authorizer: default
    claimMapper: default

services:
$(ts_service_yaml frontend "$TS_FRONTEND_PORT" "$TS_FRONTEND_MEMBERSHIP_PORT")
$(ts_service_yaml internal-frontend "$TS_INTERNAL_FRONTEND_PORT" "$TS_INTERNAL_FRONTEND_MEMBERSHIP_PORT")
$(ts_service_yaml history "$TS_HISTORY_PORT" "$TS_HISTORY_MEMBERSHIP_PORT")
$(ts_service_yaml matching "$TS_MATCHING_PORT" "$TS_MATCHING_MEMBERSHIP_PORT")
$(ts_service_yaml worker "$TS_WORKER_PORT" "$TS_WORKER_MEMBERSHIP_PORT")

clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: "$ENTENTE_HOST:$TS_FRONTEND_PORT"

dcRedirectionPolicy:
  policy: noop

dynamicConfigClient:
  filepath: $TS_CONFIG_DIR/dynamic.yaml
  pollInterval: 60s
EOF
  # The dev server's own raise of the visibility rate (the work queue's Temporal UI lists cases),
  # and eager activities, as infra/temporal/temporal.sh gives the dev server.
  cat >"$TS_CONFIG_DIR/dynamic.yaml" <<'EOF'
frontend.namespaceRPS.visibility:
  - value: 100
system.enableActivityEagerExecution:
  - value: true
EOF
  mv "$TS_CONFIG_DIR/entente.yaml.tmp" "$TS_CONFIG_DIR/entente.yaml"
  ts_write_metrics_configs
}

# Temporal reads entente.yaml, then entente_<zone>.yaml over it: each service is started in a zone
# named after it, whose file gives it its own metrics port (Prometheus' text format at /metrics).
ts_write_metrics_configs() {
  local name
  for name in "${TS_SERVICES[@]}"; do
    printf '%s\n' "# Written by infra/temporal-server/config.sh at each start; edits are lost." \
      "global:" "  metrics:" "    prometheus:" "      framework: tally" "      timerType: histogram" \
      "      listenAddress: \"$ENTENTE_HOST:$(ts_metrics_port "$name")\"" >"$TS_CONFIG_DIR/entente_$name.yaml"
  done
}

ts_metrics_port() { # service
  local i
  for i in "${!TS_SERVICES[@]}"; do
    if [ "${TS_SERVICES[$i]}" = "$1" ]; then echo $((TS_METRICS_PORT_BASE + i)); return; fi
  done
}

# gRPC and membership (ringpop) on loopback only; no HTTP API (nothing here uses it).
ts_service_yaml() { # name grpc-port membership-port
  printf '  %s:\n    rpc:\n      grpcPort: %s\n      membershipPort: %s\n      bindOnIP: "%s"\n' "$1" "$2" "$3" "$ENTENTE_HOST"
}

# The UI server talks to the internal frontend with the servers' certificate: the public frontend
# wants a bearer token on every call, which ui-server v2.42.1 only forwards from a person signed in
# through OpenID Connect (docs/adr/0029). Loopback only, like the dev server's UI.
ts_write_ui_config() {
  mkdir -p "$TS_UI_CONFIG_DIR"
  cat >"$TS_UI_CONFIG_DIR/entente.yaml" <<EOF
# Written by infra/temporal-server/config.sh at each start; edits are lost.
temporalGrpcAddress: "$ENTENTE_HOST:$TS_INTERNAL_FRONTEND_PORT"
host: "$ENTENTE_HOST"
port: $TEMPORAL_UI_PORT
enableUi: true
defaultNamespace: default
notifyOnNewVersion: false
hideLogs: false
refreshInterval: 1m
cors:
  allowOrigins: ["http://$ENTENTE_HOST:$TEMPORAL_UI_PORT"]
  cookieInsecure: true
auth:
  enabled: false
tls:
  caFile: $TS_TLS_CA
  certFile: $TS_TLS_SERVER_CERT
  keyFile: $TS_TLS_SERVER_KEY
  enableHostVerification: true
  serverName: $ENTENTE_HOST
EOF
}
