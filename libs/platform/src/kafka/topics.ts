import { setTimeout as pause } from 'node:timers/promises';
import { ConfigResourceTypes, type Admin, type ITopicConfig } from 'kafkajs';
import { ConfigError } from '../config/env';
import type { EnginesConfig } from '../config/engines.config';

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
  const unknown = await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic).then(() => [], notKnownYet(topic))));
  return unknown.flat().length > 0 ? `${unknown.flat().join(', ')} not yet known to every broker` : undefined;
}

/**
 * With several brokers, the one kafkajs asks for metadata may not know a topic made a moment ago;
 * kafkajs 2.2.4's fetchTopicOffsets then fails with a TypeError (it finds no partition to ask
 * for) rather than a retriable error. That topic is not served yet; any other error is thrown.
 */
function notKnownYet(topic: string) {
  return (error: unknown): string[] => {
    if (error instanceof TypeError) return [topic];
    throw error;
  };
}

function retriableReason(error: unknown): string {
  const { retriable, cause, message } = error as { retriable?: boolean; cause?: { retriable?: boolean }; message?: string };
  if (retriable === true || cause?.retriable === true) return String(message);
  throw error;
}

/** How many copies of a topic the deployment keeps, and how many must hold a write (KAFKA_REPLICATION_FACTOR, KAFKA_MIN_INSYNC_REPLICAS). */
export type TopicReplication = Pick<EnginesConfig, 'kafkaReplicationFactor' | 'kafkaMinInsyncReplicas'>;

/** One broker: one copy, which alone holds a write. */
export const ONE_COPY: TopicReplication = { kafkaReplicationFactor: 1, kafkaMinInsyncReplicas: 1 };

/** The two numbers, checked together: a write cannot wait for more copies than there are. */
export function replicationOf({ kafkaReplicationFactor, kafkaMinInsyncReplicas }: TopicReplication) {
  if (kafkaMinInsyncReplicas > kafkaReplicationFactor) {
    throw new ConfigError(
      'KAFKA_MIN_INSYNC_REPLICAS',
      `must be at most KAFKA_REPLICATION_FACTOR (${kafkaReplicationFactor}), got ${kafkaMinInsyncReplicas}`,
    );
  }
  return { replicationFactor: kafkaReplicationFactor, minInsyncReplicas: kafkaMinInsyncReplicas };
}

/**
 * Refuses topics that keep fewer copies, or hold a write with fewer, than `replication` asks: a
 * topic made before the deployment asked for more keeps what it was made with, and a cluster that
 * believes itself safe from a broker's loss must not run on it. Kafka does not change a topic's
 * copies by itself: reassign its partitions (kafka-reassign-partitions), or drop and recreate it.
 */
export async function assertReplicated(admin: Admin, topics: readonly string[], replication: TopicReplication): Promise<void> {
  const { replicationFactor, minInsyncReplicas } = replicationOf(replication);
  const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['min.insync.replicas'] })),
  });
  const shortfalls = metadata.flatMap((topic) => {
    const copies = Math.min(...topic.partitions.map((partition) => partition.replicas.length));
    const entry = resources.find((resource) => resource.resourceName === topic.name)?.configEntries[0];
    const needed = Number(entry?.configValue ?? 1);
    return copies < replicationFactor || needed < minInsyncReplicas
      ? [`${topic.name} has ${copies} cop${copies === 1 ? 'y' : 'ies'}, min.insync.replicas ${needed}`]
      : [];
  });
  if (shortfalls.length > 0) {
    throw new Error(
      `Kafka topics kept with less than KAFKA_REPLICATION_FACTOR=${replicationFactor} and ` +
        `KAFKA_MIN_INSYNC_REPLICAS=${minInsyncReplicas}: ${shortfalls.join('; ')}`,
    );
  }
}
