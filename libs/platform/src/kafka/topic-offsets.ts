import { setTimeout as pause } from 'node:timers/promises';
import type { Admin } from 'kafkajs';

type TopicOffsets = Awaited<ReturnType<Admin['fetchTopicOffsets']>>;

/**
 * The topic's offsets, asked again while the broker asked does not know its partitions: on
 * several brokers, just after one restarted, kafkajs 2.2.4's fetchTopicOffsets fails with a
 * TypeError (it finds no partition to ask for) rather than a retriable error. Any other error,
 * or the same one past `attempts`, is thrown.
 */
export async function settledTopicOffsets(
  admin: Pick<Admin, 'fetchTopicOffsets'>,
  topic: string,
  attempts = 20,
  pauseMs = 500,
): Promise<TopicOffsets> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (error) {
      if (!(error instanceof TypeError) || attempt >= attempts) throw error;
    }
    await pause(pauseMs);
  }
}
