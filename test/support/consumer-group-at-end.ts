import type { Kafka } from 'kafkajs';

/**
 * Points a new consumer group at the end of `topics`, before its first member joins. A test's
 * projector has a fresh schema and only this run's cases to show: read from the beginning (as a
 * new projector rightly does), it would first project every earlier file's events, whose number
 * grows through the run, and show their cases in this run's queues and lists.
 */
export async function consumerGroupAtEnd(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: ends.map(({ partition, high }) => ({ partition, offset: high })) });
    }
  } finally {
    await admin.disconnect();
  }
}
