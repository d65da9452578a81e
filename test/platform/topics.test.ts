import { randomUUID } from 'node:crypto';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { caseTopics } from '@entente/contracts';
import { createTopicsAndWait, enginesConfig, ensureTopics, jsonLogger, kafkaFor } from '@entente/platform';

// Several topics made at once and produced to at once, by a producer that does not retry: before
// the wait for leaders that serve, such a send was refused ("not the leader for that
// topic-partition"), as on the first benchmark run on fresh engines.

const PARTITIONS = 6;

describe('topics created, then produced to at once', () => {
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  const created: string[] = [];

  beforeAll(async () => {
    kafka = kafkaFor(
      enginesConfig(),
      '-topics-test',
      jsonLogger('test', () => undefined),
    );
    admin = kafka.admin();
    producer = kafka.producer({ retry: { retries: 0 } });
    await Promise.all([admin.connect(), producer.connect()]);
  });

  afterAll(async () => {
    if (created.length > 0) await admin.deleteTopics({ topics: created });
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  });

  it('accepts a message on every partition of every new topic right away', async () => {
    const run = randomUUID().slice(0, 8);
    const topics = Array.from({ length: 8 }, (_, i) => `t.topics.${run}.${i}`);
    created.push(
      ...(await createTopicsAndWait(
        admin,
        topics.map((topic) => ({ topic, numPartitions: PARTITIONS })),
      )),
    );
    expect(created).toEqual(topics);

    const sent = await producer.sendBatch({
      acks: -1,
      topicMessages: topics.map((topic) => ({
        topic,
        messages: Array.from({ length: PARTITIONS }, (_, partition) => ({ partition, value: 'x' })),
      })),
    });

    expect(sent.filter((r) => r.errorCode === 0)).toHaveLength(topics.length * PARTITIONS);
  });

  it('creates nothing the second time and finds the same topics served', async () => {
    expect(
      await createTopicsAndWait(
        admin,
        created.map((topic) => ({ topic, numPartitions: PARTITIONS })),
      ),
    ).toEqual([]);
  });
});

describe('a deployment’s topics and the copies it asks for', () => {
  const prefix = `t-copies-${randomUUID().slice(0, 8)}`;
  const kafka = kafkaFor(
    enginesConfig(),
    '-copies-test',
    jsonLogger('test', () => undefined),
  );

  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: caseTopics(prefix).map((topic) => topic.name) });
    await admin.disconnect();
  });

  it('keeps one copy on the test profile’s one broker, and refuses those topics to a deployment that asks for three', async () => {
    await ensureTopics(kafka, prefix);
    const refusal = ensureTopics(kafka, prefix, { kafkaReplicationFactor: 3, kafkaMinInsyncReplicas: 2 });
    await expect(refusal).rejects.toThrow('Kafka topics kept with less than KAFKA_REPLICATION_FACTOR=3 and KAFKA_MIN_INSYNC_REPLICAS=2: ');
    await expect(refusal).rejects.toThrow(`${prefix}.email-request.events has 1 copy, min.insync.replicas 1`);
  });
});
