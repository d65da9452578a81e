import { setTimeout as nextPoll } from 'node:timers/promises';
import type { Admin, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '@entente/persistence';
import { createTopicsAndWait, enginesConfig, eventProducer, jsonLogger, kafkaFor, type Logger } from '@entente/platform';
import { sendCaseEvents } from '../../apps/worker/src/activities/publishing/publish-case-events.activity';

/**
 * Polls `probe` until it returns a value (not undefined), at most `attempts` times: tests wait
 * for a state, never for a duration.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, attempts = 600): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = await probe();
    if (value !== undefined) return value;
    await nextPoll(100);
  }
  throw new Error(`gave up waiting for ${what}`);
}

export interface LogEntry {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

/** A logger that keeps what the projector says, so tests can wait on it and stay quiet. */
export function recordingLogger(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      entries.push({ level, message, fields });
    };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, entries };
}

/** Sends envelopes as the worker's publishing activity does: key = case id, value = JSON. */
export const publish = sendCaseEvents;

export async function createTopic(admin: Admin, topic: string, partitions: number): Promise<void> {
  await createTopicsAndWait(admin, [{ topic, numPartitions: partitions }]);
}

/** A topic and a migrated schema of a test's own, with an admin client and a producer on it. */
export interface TopicAndSchema {
  readonly admin: Admin;
  readonly producer: Producer;
  readonly database: DataSource;
  /** Deletes the topic and drops the schema, and closes what it opened. */
  remove(): Promise<void>;
}

export async function topicAndSchemaOfItsOwn(clientSuffix: string, topic: string, schema: string): Promise<TopicAndSchema> {
  const engines = enginesConfig();
  const kafka = kafkaFor(
    engines,
    clientSuffix,
    jsonLogger('test', () => undefined),
  );
  const admin = kafka.admin();
  const producer = eventProducer(kafka);
  await Promise.all([admin.connect(), producer.connect()]);
  await createTopic(admin, topic, 1);
  await runMigrations(engines.databaseUrl, schema);
  const database = await createDataSource({ databaseUrl: engines.databaseUrl, schema }).initialize();
  return {
    admin,
    producer,
    database,
    async remove() {
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] });
      await admin.disconnect();
      await database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await database.destroy();
    },
  };
}

/** Each partition's end offset (the next offset to be written), for partitions holding messages. */
export async function endOffsets(admin: Admin, topic: string): Promise<Map<number, string>> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return new Map(offsets.filter((o) => o.high !== '0').map((o) => [o.partition, o.high]));
}
