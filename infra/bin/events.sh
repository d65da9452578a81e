#!/usr/bin/env bash
# Prints the events of a case type's topic from offset 0 with Kafka's own console consumer, run
# from the same cached broker jars (no kcat needed): `bash infra/bin/events.sh [dev|test] [case-type]`.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "$0")/../lib/common.sh"
entente_profile "${1:-dev}"
# shellcheck source=../kafka/kafka.sh
source "$ENTENTE_INFRA/kafka/kafka.sh"
topic="entente.${2:-email-request}.events"
kafka_install
exec java -cp "$KAFKA_LIB/*" -Dlog4j.configuration="file:$ENTENTE_INFRA/kafka/tools-log4j.properties" \
  org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$KAFKA_BROKERS" --topic "$topic" \
  --from-beginning --timeout-ms 5000 --property print.key=true --property key.separator=' | '
