import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Admin, Kafka, KafkaMessage, Message, Producer, ProducerRecord, RecordMetadata } from 'kafkajs';
import type { EventEnvelope } from '@entente/contracts';
import { createTopicsAndWait } from '@entente/platform';
import { publishingActivities } from '@entente/worker';

/** The project's topics have 6 partitions (libs/contracts topics.ts); bench topics too, so keys spread alike. */
export const PARTITIONS = 6;

export async function withAdmin<T>(kafka: Kafka, use: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.disconnect();
  }
}

export function createTopics(kafka: Kafka, topics: readonly string[]): Promise<string[]> {
  return withAdmin(kafka, (admin) =>
    createTopicsAndWait(
      admin,
      topics.map((topic) => ({ topic, numPartitions: PARTITIONS })),
    ),
  );
}

export function deleteTopics(kafka: Kafka, topics: readonly string[]): Promise<void> {
  return withAdmin(kafka, (admin) => admin.deleteTopics({ topics: [...topics] }));
}

/** The next offset to be written, per partition. */
export function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, string>> {
  return withAdmin(kafka, async (admin) => new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, o.high])));
}

/**
 * A producer that sends whatever it is given to `topic` instead, and hands each send's result to
 * `sent`: the worker's publishing activity then runs unchanged against a topic of the run's own.
 */
export function redirected(
  producer: Producer,
  topic: string,
  sent: (result: RecordMetadata[], record: ProducerRecord) => void = () => undefined,
): Producer {
  const send = async (record: ProducerRecord) => {
    const result = await producer.send({ ...record, topic });
    sent(result, record);
    return result;
  };
  return { ...producer, send };
}

/** The messages (key, value, headers) the publishing activity sends for these events: the same bytes, for bare clients. */
export async function wireMessagesOf(events: readonly EventEnvelope[]): Promise<Message[]> {
  let messages: Message[] = [];
  const recorder = { send: async (record: ProducerRecord) => void (messages = record.messages) } as unknown as Producer;
  await publishingActivities(recorder).publishCaseEvents(events);
  return messages;
}

/**
 * Reads `topic` from the given offsets with a consumer group of its own until `take` says it has
 * seen enough or `withinMs` passes; resolves true when `take` was satisfied.
 */
export async function readFrom(
  kafka: Kafka,
  topic: string,
  from: ReadonlyMap<number, string>,
  take: (message: KafkaMessage) => boolean,
  withinMs: number,
): Promise<boolean> {
  const consumer = kafka.consumer({ groupId: `bench-reader-${randomUUID()}`, maxWaitTimeInMs: 500 });
  let satisfied!: () => void;
  const done = new Promise<void>((resolve) => (satisfied = resolve));
  // Positioned on every join before the first fetch, as the projector does it.
  consumer.on(consumer.events.GROUP_JOIN, () => from.forEach((offset, partition) => consumer.seek({ topic, partition, offset })));
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic] });
    await consumer.run({ eachMessage: async ({ message }) => void (take(message) && satisfied()) });
    return await Promise.race([done.then(() => true), sleep(withinMs, false, { ref: false })]);
  } finally {
    await consumer.disconnect();
  }
}
