#!/usr/bin/env bash
# A Kafka broker of its own, for a test that freezes or kills it while the shared test broker
# serves every other file: the same cached jars and KRaft setup as the profiles', in the folder
# and on the port given (its controller on the next port). `up` prints the broker's pid.
#
#   private-broker.sh up|down <folder> <port>
set -euo pipefail
INFRA=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -eq 3 ] || { echo "usage: bash infra/kafka/private-broker.sh up|down <folder> <port>" >&2; exit 2; }
action=$1
export ENTENTE_DATA_DIR=$2 ENTENTE_KAFKA_PORT=$3
# shellcheck source=infra/lib/common.sh
source "$INFRA/lib/common.sh"
entente_profile test
ensure_dirs
# shellcheck source=infra/kafka/kafka.sh
source "$INFRA/kafka/kafka.sh"

case $action in
  up)
    kafka_install
    kafka_start
    kafka_wait
    cat "$KAFKA_PID"
    ;;
  down) kafka_stop ;;
  *) echo "usage: bash infra/kafka/private-broker.sh up|down <folder> <port>" >&2; exit 2 ;;
esac
