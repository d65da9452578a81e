import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { caseTopics, DEFAULT_TOPIC_PREFIX } from '@entente/contracts';
import type { EnginesConfig } from '../config';
import { jsonLogger, type Logger } from '../logging/logger';
import { kafkaLogs } from './kafka-logs';
import { assertReplicated, createTopicsAndWait, ONE_COPY, replicationOf, type TopicReplication } from './topics';

/** A client whose own warnings and errors go to `log` (by default a `kafka` component of its own). */
export function kafkaFor(
  config: Pick<EnginesConfig, 'kafkaBrokers' | 'kafkaClientId'>,
  clientSuffix = '',
  log: Logger = jsonLogger('kafka'),
): Kafka {
  return new Kafka({
    clientId: `${config.kafkaClientId}${clientSuffix}`,
    brokers: [...config.kafkaBrokers],
    logLevel: logLevel.WARN,
    logCreator: kafkaLogs(log),
    retry: { retries: 8, initialRetryTime: 200 },
  });
}

/**
 * Idempotent producer, one request in flight: the broker drops the producer's own retries, and
 * events of one case stay in order on their partition. The partitioner is named so that keys land
 * where the Java client puts them (murmur2), whatever kafkajs's default becomes. Retries are not
 * capped (idempotence needs it); the publishing activity's own timeout bounds the wait instead.
 */
export function eventProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5000 },
  });
}

/**
 * Creates a deployment's topics if missing (explicit partitions, kept forever, `replication`'s
 * copies), led and served; refuses topics found with fewer copies than asked. Safe to repeat.
 */
export async function ensureTopics(
  kafka: Kafka,
  prefix = DEFAULT_TOPIC_PREFIX,
  replication: TopicReplication = ONE_COPY,
): Promise<string[]> {
  const { replicationFactor, minInsyncReplicas } = replicationOf(replication);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = caseTopics(prefix);
    const created = await createTopicsAndWait(
      admin,
      topics.map((t) => ({
        topic: t.name,
        numPartitions: t.partitions,
        replicationFactor,
        configEntries: [
          ...Object.entries(t.config).map(([name, value]) => ({ name, value })),
          { name: 'min.insync.replicas', value: String(minInsyncReplicas) },
        ],
      })),
    );
    await assertReplicated(
      admin,
      topics.map((t) => t.name),
      replication,
    );
    return created;
  } finally {
    await admin.disconnect();
  }
}
