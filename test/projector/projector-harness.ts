import { setTimeout as nextPoll } from 'node:timers/promises';
import type { Admin, Producer } from 'kafkajs';
import type { EventEnvelope } from '@entente/contracts';
import { createTopicsAndWait, type Logger } from '@entente/platform';

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
export async function publish(producer: Producer, topic: string, envelopes: readonly EventEnvelope[]): Promise<void> {
  await producer.send({
    topic,
    acks: -1,
    messages: envelopes.map((event) => ({
      key: event.caseId,
      value: JSON.stringify(event),
      headers: { eventId: event.eventId, type: event.type, schemaVersion: String(event.schemaVersion) },
    })),
  });
}

export async function createTopic(admin: Admin, topic: string, partitions: number): Promise<void> {
  await createTopicsAndWait(admin, [{ topic, numPartitions: partitions }]);
}

/** Each partition's end offset (the next offset to be written), for partitions holding messages. */
export async function endOffsets(admin: Admin, topic: string): Promise<Map<number, string>> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return new Map(offsets.filter((o) => o.high !== '0').map((o) => [o.partition, o.high]));
}
