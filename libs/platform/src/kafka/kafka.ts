import { Kafka, logCreator, logLevel, Partitioners, Producer } from 'kafkajs';
import { TOPICS } from '@entente/contracts';
import type { EnginesConfig } from '../config';
import type { Logger } from '../logging/logger';

/** kafkajs' own warnings and errors, as structured lines of the app's logger. */
function kafkaLogs(log: Logger): logCreator {
  return () => ({ level, log: { message, ...fields } }) => {
    if (level === logLevel.ERROR) log.error(message, { source: 'kafkajs', ...fields });
    else log.warn(message, { source: 'kafkajs', ...fields });
  };
}

export function kafkaFor(config: Pick<EnginesConfig, 'kafkaBrokers' | 'kafkaClientId'>, clientSuffix = '', log?: Logger): Kafka {
  return new Kafka({
    clientId: `${config.kafkaClientId}${clientSuffix}`,
    brokers: [...config.kafkaBrokers],
    logLevel: logLevel.WARN,
    ...(log ? { logCreator: kafkaLogs(log) } : {}),
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

/** Creates the project's topics if missing (explicit partitions, kept forever). Safe to repeat. */
export async function ensureTopics(kafka: Kafka): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = TOPICS.filter((t) => !existing.has(t.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: 1,
          configEntries: Object.entries(t.config).map(([name, value]) => ({ name, value })),
        })),
      });
    }
    return missing.map((t) => t.name);
  } finally {
    await admin.disconnect();
  }
}
