import { setTimeout as pause } from 'node:timers/promises';
import type { Admin, ITopicConfig } from 'kafkajs';

const POLL_MS = 100;

/**
 * Creates the topics that do not exist yet, then waits until every partition of every topic
 * named is served by its leader. Every place that creates topics goes through here: kafkajs's
 * `waitForLeaders` trusts the metadata, which names a partition's leader a moment before that
 * broker serves it (a produce sent in between is refused: "not the leader for that
 * topic-partition"), and gives up on the first "does not host this topic-partition" while
 * several topics are being made. Returns the names created.
 */
export async function createTopicsAndWait(admin: Admin, topics: readonly ITopicConfig[], timeoutMs = 30_000): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t.topic));
  if (missing.length > 0) {
    await admin.createTopics({ waitForLeaders: false, topics: missing.map((t) => ({ replicationFactor: 1, ...t })) });
  }
  await untilServed(
    admin,
    topics.map((t) => t.topic),
    timeoutMs,
  );
  return missing.map((t) => t.topic);
}

/** Polls until `topics` are served, retrying what Kafka says is retriable; gives up after `timeoutMs`. */
export async function untilServed(admin: Admin, topics: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const problem = await whyNotServed(admin, topics).catch(retriableReason);
    if (problem === undefined) return;
    if (Date.now() >= deadline) throw new Error(`Kafka topics ${topics.join(', ')} not served after ${timeoutMs} ms: ${problem}`);
    await pause(POLL_MS);
  }
}

/** Undefined once every partition has a leader that answers for it; else what is still missing. */
async function whyNotServed(admin: Admin, topics: readonly string[]): Promise<string | undefined> {
  const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
  const leaderless = metadata.flatMap((t) =>
    t.partitions.filter((p) => p.leader < 0 || p.partitionErrorCode !== 0).map((p) => `${t.name}/${p.partitionId}`),
  );
  if (leaderless.length > 0) return `no leader yet for ${leaderless.join(', ')}`;
  // Offsets are listed by the leader alone: they come back only once it serves the partition.
  await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic)));
  return undefined;
}

function retriableReason(error: unknown): string {
  const { retriable, cause, message } = error as { retriable?: boolean; cause?: { retriable?: boolean }; message?: string };
  if (retriable === true || cause?.retriable === true) return String(message);
  throw error;
}
