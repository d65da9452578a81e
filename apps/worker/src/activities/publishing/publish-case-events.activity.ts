import type { Producer } from 'kafkajs';
import { DEFAULT_TOPIC_PREFIX, EventEnvelope, topicFor } from '@entente/contracts';
import { traceHeaders } from '@entente/platform';
import { timedPublish } from '../../metrics/publish-metrics';
import { SendsInFlight } from './sends-in-flight';

/** Where a deployment's events go: its producer, and its topics' prefix (KAFKA_TOPIC_PREFIX). */
export interface EventTopics {
  readonly producer: Producer;
  readonly topicPrefix: string;
}

/**
 * Sends a case's events to its topic, keyed by case id so that they share a partition and keep
 * their order. Awaited with acks from all in-sync replicas: the activity only succeeds once the
 * events are durable. An attempt that timed out while its send goes on is waited for, never sent
 * beside it, and one after it finds the batch published; only a worker killed mid-send publishes a
 * batch twice, and the consumers keep one.
 */
export function publishingActivities(producer: Producer, topicPrefix = DEFAULT_TOPIC_PREFIX) {
  const inFlight = new SendsInFlight();
  return {
    async publishCaseEvents(events: readonly EventEnvelope[]): Promise<void> {
      const first = events[0];
      if (!first) return;
      const topic = topicFor(first.caseType, topicPrefix);
      await inFlight.once(`${first.eventId}+${events.length}`, () =>
        timedPublish(topic, events, () => sendCaseEvents(producer, topic, events)),
      );
    },
  };
}

/** One send of a case's events to `topic`, as the activity publishes them (tests publish to topics of their own with it). */
export async function sendCaseEvents(producer: Producer, topic: string, events: readonly EventEnvelope[]): Promise<void> {
  // The activity's trace goes with each message (W3C `traceparent`): the consumers' spans join it.
  const trace = traceHeaders();
  await producer.send({
    topic,
    acks: -1,
    messages: events.map((event) => ({
      key: event.caseId,
      value: JSON.stringify(event),
      headers: { eventId: event.eventId, type: event.type, schemaVersion: String(event.schemaVersion), ...trace },
    })),
  });
}
