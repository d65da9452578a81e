import type { Producer } from 'kafkajs';
import { DEFAULT_TOPIC_PREFIX, EventEnvelope, topicFor } from '@entente/contracts';

/** Where a deployment's events go: its producer, and its topics' prefix (KAFKA_TOPIC_PREFIX). */
export interface EventTopics {
  readonly producer: Producer;
  readonly topicPrefix: string;
}

/**
 * Sends a case's events to its topic, keyed by case id so that they share a partition and keep
 * their order. Awaited with acks from all in-sync replicas: the activity only succeeds once the
 * events are durable, and a retry that sends them again is deduplicated by the consumers.
 */
export function publishingActivities(producer: Producer, topicPrefix = DEFAULT_TOPIC_PREFIX) {
  return {
    async publishCaseEvents(events: readonly EventEnvelope[]): Promise<void> {
      const first = events[0];
      if (!first) return;
      await producer.send({
        topic: topicFor(first.caseType, topicPrefix),
        acks: -1,
        messages: events.map((event) => ({
          key: event.caseId,
          value: JSON.stringify(event),
          headers: { eventId: event.eventId, type: event.type, schemaVersion: String(event.schemaVersion) },
        })),
      });
    },
  };
}
