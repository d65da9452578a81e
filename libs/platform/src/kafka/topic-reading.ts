import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';

/** Per partition, an offset: where a reading starts, or the next one to be written. */
export type PartitionOffsets = ReadonlyMap<number, bigint>;

/** The next offset to be written on each of the topic's partitions. */
export async function topicEnds(kafka: Kafka, topic: string): Promise<PartitionOffsets> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return new Map((await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => [partition, BigInt(high)]));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every message written between two readings of the ends, every copy included, in each
 * partition's order: what was published, not what a projector kept (tests, the drill's tally).
 */
export async function messagesBetween(kafka: Kafka, topic: string, from: PartitionOffsets, to: PartitionOffsets): Promise<KafkaMessage[]> {
  const pending = new Map([...to].filter(([partition, end]) => end > (from.get(partition) ?? 0n)));
  const messages: KafkaMessage[] = [];
  if (pending.size === 0) return messages;
  const consumer = kafka.consumer({ groupId: `reading-${randomUUID()}`, maxWaitTimeInMs: 200 });
  // Positioned on every join before the first fetch, as the projector does it.
  consumer.on(consumer.events.GROUP_JOIN, () =>
    pending.forEach((_, partition) => consumer.seek({ topic, partition, offset: String(from.get(partition) ?? 0n) })),
  );
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic] });
    await new Promise<void>((caughtUp) => {
      void consumer.run({
        eachMessage: ({ partition, message }) => {
          const end = pending.get(partition);
          if (end !== undefined && BigInt(message.offset) < end) {
            messages.push(message);
            if (BigInt(message.offset) + 1n === end) pending.delete(partition);
            if (pending.size === 0) caughtUp();
          }
          return Promise.resolve();
        },
      });
    });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}
