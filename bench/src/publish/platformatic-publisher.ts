import type * as Platformatic from '@platformatic/kafka';
import { loadClient, pinnedVersion, PublisherKind } from './event-publisher';

const PACKAGE = '@platformatic/kafka';

/**
 * Pure JavaScript. Its default partitioner takes murmur2 unsigned (`>>> 0`), which puts keys
 * elsewhere than kafkajs and the Java client; its `compatibilityPartitioner` masks the sign bit
 * as they do. 1.35 is its last line that runs on Node 20 (2.x needs Node 22).
 *
 * Its idempotent producer fails a send with OUT_OF_ORDER_SEQUENCE_NUMBER as soon as two sends
 * overlap (seen here with 2 and with 50), so sends go one at a time, as kafkajs's single
 * in-flight request does internally.
 */
export const platformaticPublisher: PublisherKind = {
  name: `${PACKAGE} ${pinnedVersion(PACKAGE)}, sends one at a time`,
  async open(engines) {
    const { Producer, ProduceAcks, compatibilityPartitioner, stringSerializers } = await loadClient<typeof Platformatic>(PACKAGE);
    const producer = new Producer({
      clientId: 'entente-bench-platformatic',
      bootstrapBrokers: [...engines.kafkaBrokers],
      idempotent: true,
      acks: ProduceAcks.ALL,
      partitioner: compatibilityPartitioner,
      serializers: stringSerializers,
    });
    const inTurn = oneAtATime();
    return {
      publish: (topic, batch) =>
        inTurn(async () => {
          const messages = batch.messages.map((m) => ({
            topic,
            key: String(m.key),
            value: String(m.value),
            headers: m.headers as Record<string, string>,
          }));
          await producer.send({ messages });
        }),
      close: () => producer.close(),
    };
  },
};

/** Runs the steps given to it one after the other, in the order given, whatever their callers do. */
function oneAtATime(): (step: () => Promise<void>) => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return (step) => {
    const next = last.then(step, step);
    last = next.catch(() => undefined);
    return next;
  };
}
