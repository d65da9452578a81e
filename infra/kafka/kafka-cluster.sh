# shellcheck shell=bash
# The cluster profile's Kafka (issue 18, docs/adr/0030): three KRaft nodes on 127.0.0.1, each
# both broker and controller, one cluster id, a controller quorum of the three, and every topic
# kept in three copies of which two must hold a write. Sourced by infra/kafka/kafka.sh in the
# cluster profile, after it: each node runs through kafka.sh's kafka_broker_* functions with its
# own KAFKA_* variables (kafka_node), in a subshell so that the next node starts from the profile's.
# Redefines kafka_start, kafka_wait, kafka_stop, kafka_alive and kafka_health for the three.
# shellcheck disable=SC2153  # KAFKA_PORT and KAFKA_DIR are set by entente_profile and kafka.sh
# shellcheck disable=SC2034  # the KAFKA_* variables set here are read by kafka.sh and engines.sh

KAFKA_NODES=(1 2 3)
# Node n listens on base + 10(n-1) and its controller on the port after: 59092/59093,
# 59102/59103, 59112/59113 by default (ENTENTE_KAFKA_PORT moves them all).
KAFKA_BASE_PORT=$KAFKA_PORT
kafka_node_port() { echo $((KAFKA_BASE_PORT + ($1 - 1) * 10)); }

KAFKA_CLUSTER_ID_FILE=$KAFKA_DIR/cluster.id
KAFKA_VOTERS=$(for n in "${KAFKA_NODES[@]}"; do printf '%s@%s:%s,' "$n" "$ENTENTE_HOST" $(($(kafka_node_port "$n") + 1)); done)
KAFKA_VOTERS=${KAFKA_VOTERS%,}
KAFKA_BROKERS=$(for n in "${KAFKA_NODES[@]}"; do printf '%s:%s,' "$ENTENTE_HOST" "$(kafka_node_port "$n")"; done)
KAFKA_BROKERS=${KAFKA_BROKERS%,}
KAFKA_REPLICATION_FACTOR=3
KAFKA_MIN_INSYNC_REPLICAS=2

# Sets the variables kafka.sh's kafka_broker_* functions read, for node $1.
kafka_node() {
  KAFKA_NODE_ID=$1
  KAFKA_PORT=$(kafka_node_port "$1")
  KAFKA_CONTROLLER_PORT=$((KAFKA_PORT + 1))
  KAFKA_DIR=$ENTENTE_DATA/kafka/node-$1
  KAFKA_PROPS=$KAFKA_DIR/server.properties
  KAFKA_LOG=$LOG_DIR/kafka-$1.log
  KAFKA_PID=$RUN_DIR/kafka-$1.pid
  KAFKA_MARKER="kafka.Kafka $KAFKA_PROPS"
}

# Runs "$@" for each node, in a subshell per node; fails if it fails for any.
kafka_each_node() {
  local n
  for n in "${KAFKA_NODES[@]}"; do (kafka_node "$n" && "$@") || return 1; done
}

kafka_alive() { kafka_each_node kafka_broker_alive; }

kafka_broker_health() { timeout 15 node "$ENTENTE_INFRA/kafka/health.js" "$ENTENTE_HOST:$KAFKA_PORT"; }

# Healthy: each node answers and names all three brokers (the active controller has unfenced
# them), and the controller quorum has a leader followed by both other voters.
# shellcheck disable=SC2086  # the list of addresses is split on purpose
kafka_health() { timeout 15 node "$ENTENTE_INFRA/kafka/health.js" ${KAFKA_BROKERS//,/ } && kafka_quorum_formed; }

# The quorum as the controllers see it (Kafka's own kafka-metadata-quorum tool), one line per voter:
#   NodeId DirectoryId LogEndOffset Lag LastFetchTimestamp LastCaughtUpTimestamp Status
kafka_quorum() {
  local controllers=${KAFKA_VOTERS//[0-9]@/}
  timeout 30 "$(java_bin)" -Xmx128m -XX:TieredStopAtLevel=1 -cp "$KAFKA_LIB/*" \
    -Dlog4j.configuration="file:$ENTENTE_INFRA/kafka/tools-log4j.properties" \
    org.apache.kafka.tools.MetadataQuorumCommand --bootstrap-controller "$controllers" describe --replication
}

# One leader and every other voter a follower that fetched within the last 5 s.
kafka_quorum_formed() {
  local now
  now=$(date +%s%3N)
  kafka_quorum 2>/dev/null | awk -v now="$now" -v voters="${#KAFKA_NODES[@]}" '
    $NF == "Leader" { leaders++ }
    $NF == "Follower" && now - $5 <= 5000 { followers++ }
    END { exit !(leaders == 1 && leaders + followers == voters) }'
}

kafka_start() { kafka_each_node kafka_broker_start; }

kafka_wait() {
  local timeout=${ENTENTE_UP_TIMEOUT:-120}
  kafka_each_node wait_healthy_node "$timeout"
  wait_healthy "kafka quorum" "$timeout" kafka_alive kafka_health "$LOG_DIR/kafka-1.log"
}
wait_healthy_node() { wait_healthy "kafka node $KAFKA_NODE_ID" "$1" kafka_broker_alive kafka_broker_health "$KAFKA_LOG"; }

# All three are asked to stop at once: a node stopped after the other two would find no quorum
# to confirm its controlled shutdown, and wait for it.
kafka_stop() {
  local n pids=() pid
  for n in "${KAFKA_NODES[@]}"; do
    kafka_node "$n"
    if pid=$(live_pid "$KAFKA_PID" "$KAFKA_MARKER"); then
      log "kafka: stopping node $n (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$n:$pid")
    fi
    rm -f "$KAFKA_PID"
  done
  for pid in "${pids[@]}"; do stop_pid "kafka node ${pid%%:*}" "${pid#*:}" 60; done
}
