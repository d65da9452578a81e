import type { Producer } from 'kafkajs';
import type { EventEnvelope } from '@entente/contracts';
import { eventProducer, kafkaFor } from '@entente/platform';
import { publishingActivities } from '@entente/worker';
import { redirected } from '../support/kafka';
import { EventPublisher, pinnedVersion, PublisherKind } from './event-publisher';

const KAFKAJS_VERSION = pinnedVersion('kafkajs');

/** The worker's own path: the publishing activity on the project's producer (libs/platform eventProducer). */
export const activityPublisher: PublisherKind = {
  name: `publishing activity (kafkajs ${KAFKAJS_VERSION})`,
  async open(engines) {
    const producer = eventProducer(kafkaFor(engines, '-bench-activity'));
    await producer.connect();
    const activityFor = activityPerTopic(producer);
    return { publish: (topic, batch) => activityFor(topic)(batch.envelopes), close: () => producer.disconnect() };
  },
};

/** The activity chooses its topic from the case type; here it publishes to the run's topic instead. */
function activityPerTopic(producer: Producer): (topic: string) => (events: readonly EventEnvelope[]) => Promise<void> {
  const activities = new Map<string, (events: readonly EventEnvelope[]) => Promise<void>>();
  return (topic) => {
    if (!activities.has(topic)) activities.set(topic, publishingActivities(redirected(producer, topic)).publishCaseEvents);
    return activities.get(topic)!;
  };
}

/** The same producer settings, sent the activity's bytes directly: the raw limit of the activity's path. */
export const bareKafkajs: PublisherKind = {
  name: `kafkajs ${KAFKAJS_VERSION}, bare`,
  async open(engines): Promise<EventPublisher> {
    const producer = eventProducer(kafkaFor(engines, '-bench-bare'));
    await producer.connect();
    return {
      publish: async (topic, batch) => void (await producer.send({ topic, acks: -1, messages: [...batch.messages] })),
      close: () => producer.disconnect(),
    };
  },
};
