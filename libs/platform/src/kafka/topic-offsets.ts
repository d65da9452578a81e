import { setTimeout as pause } from 'node:timers/promises';
import type { Admin } from 'kafkajs';

type TopicOffsets = Awaited<ReturnType<Admin['fetchTopicOffsets']>>;

/**
 * Just after a broker restarted, while leadership moves: kafkajs 2.2.4's fetchTopicOffsets fails
 * with a TypeError (the broker asked knows no partition to ask for), or with a retriable protocol
 * error it does not retry itself (NOT_LEADER_FOR_PARTITION, met on a fresh clone's cluster drill).
 */
const passing = (error: unknown) => error instanceof TypeError || (error as { retriable?: unknown } | null)?.retriable === true;

/** The topic's offsets, asked again while leadership settles; any other error, or past `attempts`, is thrown. */
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
      if (!passing(error) || attempt >= attempts) throw error;
    }
    await pause(pauseMs);
  }
}
