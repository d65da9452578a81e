import type { Message } from 'kafkajs';
import { benchLogger } from '../log';
import { loadClient, pinnedVersion, PublisherKind } from './event-publisher';

const PACKAGE = '@confluentinc/kafka-javascript';

// The few parts of its KafkaJS-compatible API used here, typed locally: the package is optional
// (a native build), so the bench must compile without it.
interface ConfluentProducer {
  connect(): Promise<void>;
  send(record: { topic: string; messages: Message[] }): Promise<unknown>;
  disconnect(): Promise<void>;
}
interface ConfluentModule {
  KafkaJS: { Kafka: new (config: object) => { producer(config: object): ConfluentProducer } };
}

/**
 * librdkafka behind the KafkaJS-compatible API. Its producer lingers 5 ms by default to fill
 * batches, which every awaited publish would pay; the partitioner is named because librdkafka's
 * own default (consistent_random, CRC32) would put keys elsewhere than kafkajs (murmur2). Acks
 * and idempotence are producer settings here: its send() refuses a per-send `acks`, which the
 * publishing activity passes.
 */
export function confluentPublisher(lingerMs: number): PublisherKind {
  return {
    name: `${PACKAGE} ${pinnedVersion(PACKAGE)}, linger.ms=${lingerMs}`,
    async open(engines) {
      const { KafkaJS } = await loadClient<ConfluentModule>(PACKAGE);
      const kafka = new KafkaJS.Kafka({
        kafkaJS: { brokers: [...engines.kafkaBrokers], clientId: 'entente-bench-confluent', logger: stderrLogger() },
      });
      const producer = kafka.producer({
        kafkaJS: { idempotent: true, acks: -1, allowAutoTopicCreation: false },
        'linger.ms': lingerMs,
        partitioner: 'murmur2_random',
      });
      await producer.connect();
      return {
        // Copies: its send() rewrites the messages it is given (value, headers, partition) in place.
        publish: async (topic, batch) => void (await producer.send({ topic, messages: batch.messages.map((m) => ({ ...m })) })),
        close: () => producer.disconnect(),
      };
    },
  };
}

/** Its default logger writes to stdout, where the table goes. */
function stderrLogger() {
  const log = benchLogger('confluent-kafka');
  const logger = {
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string, extra?: object) => log.warn(message, { ...extra }),
    error: (message: string, extra?: object) => log.error(message, { ...extra }),
    namespace: () => logger,
    setLogLevel: () => undefined,
  };
  return logger;
}
