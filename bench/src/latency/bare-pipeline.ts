import type { Consumer, Kafka, Message, Producer } from 'kafkajs';
import type { Pool } from 'pg';
import { eventProducer } from '@entente/platform';

/**
 * The raw limit of "published, then visible in PostgreSQL": the project's producer, a bare
 * kafkajs consumer with the projector's fetch wait, and one upsert per batch in a transaction. No
 * envelope parsing, no summary read, no checkpoint; the key and sequence come from the headers.
 */
export class BarePipeline {
  private constructor(
    private readonly producer: Producer,
    private readonly consumer: Consumer,
  ) {}

  static async start(kafka: Kafka, pool: Pool, topic: string, table: string): Promise<BarePipeline> {
    await pool.query(`CREATE TABLE ${table} (key text PRIMARY KEY, sequence integer NOT NULL)`);
    const producer = eventProducer(kafka);
    const consumer = kafka.consumer({ groupId: `${topic}-bare`, maxWaitTimeInMs: 1000 });
    const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachBatch: async ({ batch }) => upsert(pool, table, batch.messages) });
    await joined;
    return new BarePipeline(producer, consumer);
  }

  async send(topic: string, messages: Message[]): Promise<void> {
    await this.producer.send({ topic, acks: -1, messages });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }
}

async function upsert(
  pool: Pool,
  table: string,
  messages: readonly { key: Buffer | null; headers?: Record<string, unknown> }[],
): Promise<void> {
  // One row per key: an upsert may not touch the same row twice.
  const latest = new Map<string, number>();
  for (const m of messages)
    latest.set(String(m.key), Math.max(latest.get(String(m.key)) ?? 0, Number(String(m.headers?.eventId).split(':').pop())));
  const [keys, sequences] = [[...latest.keys()], [...latest.values()]];
  await pool.query(
    `INSERT INTO ${table} (key, sequence) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (key) DO UPDATE SET sequence = GREATEST(${table}.sequence, EXCLUDED.sequence)`,
    [keys, sequences],
  );
}
