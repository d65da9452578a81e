import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';

type Offsets = ReadonlyMap<number, bigint>;

/**
 * What a topic received after `mark()`, every copy included: for tests of what was published,
 * not of what a projector kept.
 */
export class TopicTail {
  private from: Offsets = new Map();

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
  ) {}

  async mark(): Promise<void> {
    this.from = await this.endOffsets();
  }

  /** The messages written since `mark()`, in each partition's order. */
  async read(): Promise<KafkaMessage[]> {
    const to = await this.endOffsets();
    const pending = new Map([...to].filter(([partition, end]) => end > (this.from.get(partition) ?? 0n)));
    const messages: KafkaMessage[] = [];
    if (pending.size === 0) return messages;
    const consumer = this.kafka.consumer({ groupId: `test-tail-${randomUUID()}`, maxWaitTimeInMs: 200 });
    // Positioned on every join before the first fetch, as the projector does it.
    consumer.on(consumer.events.GROUP_JOIN, () =>
      pending.forEach((_, partition) => consumer.seek({ topic: this.topic, partition, offset: String(this.from.get(partition) ?? 0n) })),
    );
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [this.topic] });
      await new Promise<void>((caughtUp) => {
        void consumer.run({
          eachMessage: async ({ partition, message }) => {
            const end = pending.get(partition);
            if (end === undefined || BigInt(message.offset) >= end) return;
            messages.push(message);
            if (BigInt(message.offset) + 1n === end) pending.delete(partition);
            if (pending.size === 0) caughtUp();
          },
        });
      });
      return messages;
    } finally {
      await consumer.disconnect();
    }
  }

  private async endOffsets(): Promise<Offsets> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return new Map((await admin.fetchTopicOffsets(this.topic)).map(({ partition, high }) => [partition, BigInt(high)]));
    } finally {
      await admin.disconnect();
    }
  }
}
