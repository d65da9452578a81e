import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { settledTopicOffsets } from './topic-offsets';

/** Per partition, an offset: where a reading starts, or the next one to be written. */
export type PartitionOffsets = ReadonlyMap<number, bigint>;

/** The next offset to be written on each of the topic's partitions. */
export async function topicEnds(kafka: Kafka, topic: string): Promise<PartitionOffsets> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return new Map((await settledTopicOffsets(admin, topic)).map(({ partition, high }) => [partition, BigInt(high)]));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every message written between two readings of the ends, every copy included, in each
 * partition's order: what was published, not what a projector kept (tests, the drill's tally).
 *
 * Each offset is kept once, however often it is read. A reading that makes no progress for
 * `stallMs` is ended and another consumer goes on from where it stopped: on three brokers, a
 * kafkajs 2.2.4 consumer that was fetching while partition leaders moved back to a restarted
 * broker fetched nothing more from two partitions for minutes, while a new consumer read them at once.
 */
export async function messagesBetween(
  kafka: Kafka,
  topic: string,
  from: PartitionOffsets,
  to: PartitionOffsets,
  { stallMs = 15_000, readings = 8 } = {},
): Promise<KafkaMessage[]> {
  const next = new Map([...to].map(([partition]) => [partition, from.get(partition) ?? 0n]));
  const pending = () => [...to].filter(([partition, end]) => end > next.get(partition)!).map(([partition]) => partition);
  const read = new Map<number, KafkaMessage[]>();
  for (let reading = 1; pending().length > 0; reading++) {
    if (reading > readings)
      throw new Error(`${topic}: partitions ${pending().join(', ')} not read to their end after ${readings} readings`);
    await readUntilStalled(kafka, topic, { next, to, read, pending: new Set(pending()) }, stallMs);
  }
  return [...read.keys()].sort((a, b) => a - b).flatMap((partition) => read.get(partition)!);
}

interface Reading {
  /** The next offset to read, per partition; moved as messages come. */
  readonly next: Map<number, bigint>;
  readonly to: PartitionOffsets;
  readonly read: Map<number, KafkaMessage[]>;
  /** The partitions still to read to their end. */
  readonly pending: Set<number>;
}

/** One consumer of a group of its own, from `next` on; ends once all is read, or when nothing came for `stallMs`. */
async function readUntilStalled(kafka: Kafka, topic: string, { next, to, read, pending }: Reading, stallMs: number): Promise<void> {
  const consumer = kafka.consumer({ groupId: `reading-${randomUUID()}`, maxWaitTimeInMs: 200 });
  // Positioned on every join before the first fetch, as the projector does it.
  consumer.on(consumer.events.GROUP_JOIN, () =>
    pending.forEach((partition) => consumer.seek({ topic, partition, offset: String(next.get(partition)) })),
  );
  await consumer.connect();
  let stalled: NodeJS.Timeout | undefined;
  try {
    await consumer.subscribe({ topics: [topic] });
    await new Promise<void>((done) => {
      const quiet = () => {
        clearTimeout(stalled);
        stalled = setTimeout(done, stallMs);
      };
      quiet();
      void consumer.run({
        eachMessage: ({ partition, message }) => {
          const offset = BigInt(message.offset);
          // Read again after a rejoin's seek: the copy is the one already kept.
          if (pending.has(partition) && offset >= next.get(partition)! && offset < to.get(partition)!) {
            const kept = read.get(partition) ?? [];
            kept.push(message);
            read.set(partition, kept);
            next.set(partition, offset + 1n);
            quiet();
            if (offset + 1n === to.get(partition)) pending.delete(partition);
            if (pending.size === 0) done();
          }
          return Promise.resolve();
        },
      });
    });
  } finally {
    clearTimeout(stalled);
    await consumer.disconnect();
  }
}
