import { randomUUID } from 'node:crypto';
import type { Admin, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { EventEnvelope } from '@entente/contracts';
import { messageIdOf, NotifierConfig, startNotifier } from '@entente/notifier';
import { createDataSource, runMigrations } from '@entente/persistence';
import { enginesConfig, eventProducer, jsonLogger, kafkaFor } from '@entente/platform';
import { AppProcess } from '../support/app-process';
import { createTopic, eventually, publish, recordingLogger } from '../projector/projector-harness';
import { inboxOf, type InboxMessage } from './mailpit-inbox';

/*
 * Issue 16: the notifier process is killed (SIGKILL, as a crash would) at each point of its loop,
 * then started again. Every message owed reaches the real mail server, and none twice. The one
 * case SMTP cannot settle (killed once the server took the message, before its row says so) is
 * sent again under the same Message-ID, which a mailbox provider recognises. The test profile's
 * Mailpit keeps every copy it took (no --ignore-duplicate-ids), so each copy sent is counted here:
 * that one message twice, every other once.
 */

const engines = enginesConfig();
const run = randomUUID().slice(0, 8);
const schema = `t_notifier_crash_${run}`;
const SUPERVISOR = { id: `sophie-${run}`, email: `sophie.crash.${run}@mri.example` };
const OFFICER = { id: `marc-${run}`, email: `marc.crash.${run}@mri.example` };
const POINTS = ['before-outbox-write', 'after-outbox-write', 'after-send', 'after-commit'] as const;
let admin: Admin;
let producer: Producer;
let database: DataSource;
const processes: AppProcess[] = [];
const topicOf = (point: string) => `t.notifier-crash.${run}.${point}`;
const UNREACHABLE = 'unreachable-mail-server';
const POISON = 'poison-message';

beforeAll(async () => {
  const kafka = kafkaFor(
    engines,
    '-notifier-crash-test',
    jsonLogger('test', () => undefined),
  );
  admin = kafka.admin();
  producer = eventProducer(kafka);
  await Promise.all([admin.connect(), producer.connect()]);
  await runMigrations(engines.databaseUrl, schema);
  database = await createDataSource({ databaseUrl: engines.databaseUrl, schema }).initialize();
  await directoryIn(schema);
});

/** The team's supervisor and a case officer, in `into`'s staff directory. */
async function directoryIn(into: string): Promise<void> {
  for (const [id, email, role] of [
    [SUPERVISOR.id, SUPERVISOR.email, 'supervisor'],
    [OFFICER.id, OFFICER.email, 'case-officer'],
  ]) {
    await database.query(
      `INSERT INTO "${into}".staff_contact (id, name, email, role, teams, language, delivery) VALUES ($1, $1, $2, $3, $4, 'fr', 'immediate')`,
      [id, email, role, ['information-services']],
    );
  }
}
afterAll(async () => {
  await Promise.all(processes.splice(0).map((notifier) => notifier.stop()));
  await producer?.disconnect();
  // Deleted once the producer is gone: kafkajs would keep asking for their metadata.
  const existing = new Set(await admin?.listTopics());
  await admin?.deleteTopics({ topics: [...POINTS, UNREACHABLE, POISON].map(topicOf).filter((topic) => existing.has(topic)) });
  for (const dropped of [schema, ...POINTS.map((_, index) => `${schema}_${index}`)]) {
    await database?.query(`DROP SCHEMA IF EXISTS "${dropped}" CASCADE`);
  }
  await database?.destroy();
  await admin?.disconnect();
});

/** A case that breached and was then assigned: one message to its team's supervisor, one to the officer. */
function breachedThenAssigned(): EventEnvelope[] {
  const caseId = randomUUID();
  const envelope = (sequence: number, type: string, data: object): EventEnvelope => ({
    eventId: `${caseId}:${sequence}`,
    caseId,
    caseType: 'email-request',
    sequence,
    type,
    schemaVersion: 1,
    occurredAt: new Date().toISOString(),
    actor: { id: 'system', role: 'system' },
    correlationId: randomUUID(),
    data,
    previousHash: null,
    hash: randomUUID(),
  });
  return [
    envelope(4, 'ServiceStandardBreached', { dueAt: '2027-01-15T22:00:00.000Z', escalatedTo: 'supervisor' }),
    envelope(5, 'EmailRequestAssigned', { officerId: OFFICER.id }),
  ];
}

async function notifier(topic: string, failpoint: string, into: string): Promise<AppProcess> {
  const started = await AppProcess.start('notifier', {
    ...process.env,
    DATABASE_SCHEMA: into,
    NOTIFIER_TOPICS: topic,
    NOTIFIER_GROUP_ID: `t-notifier-crash-${topic}`,
    NOTIFIER_POLL_MS: '100',
    NOTIFIER_FAILPOINT: failpoint,
    // The broker's least: the killed member's partitions go to the next one within seconds.
    NOTIFIER_SESSION_TIMEOUT_MS: '6000',
  });
  processes.push(started);
  return started;
}

/** Each expected message's copies in the inbox, by Message-ID (Mailpit shows it without its brackets). */
async function copiesOf(expected: readonly string[]): Promise<Map<string, number>> {
  const inbox: InboxMessage[] = [
    ...(await inboxOf(engines.mailpitUrl, SUPERVISOR.email)),
    ...(await inboxOf(engines.mailpitUrl, OFFICER.email)),
  ];
  const copies = new Map(expected.map((id) => [id, 0]));
  for (const { MessageID } of inbox) {
    const id = `<${MessageID}>`;
    if (copies.has(id)) copies.set(id, copies.get(id)! + 1);
  }
  return copies;
}

/**
 * One point's drill, in a schema and on a topic of its own: the notifier armed at `point` dies
 * there, a new one takes over, and every message owed is in the inbox once.
 */
async function drill(point: (typeof POINTS)[number], index: number): Promise<void> {
  const [own, topic] = [`${schema}_${index}`, topicOf(point)];
  const crashing = await notifier(topic, point, own);
  const events = [...breachedThenAssigned(), ...breachedThenAssigned(), ...breachedThenAssigned()];
  await publish(producer, topic, events);
  expect({ point, died: await crashing.ended() }).toEqual({ point, died: 'SIGKILL' });

  await notifier(topic, 'none', own);
  const expected = events.map(({ eventId, type }) => messageIdOf(eventId, type === 'EmailRequestAssigned' ? OFFICER.id : SUPERVISOR.id));
  const copies = await eventually(`all ${expected.length} messages in the inbox (${point})`, async () => {
    const found = await copiesOf(expected);
    return [...found.values()].every((count) => count > 0) ? found : undefined;
  });
  expect({ point, copies: tally(copies) }).toEqual({ point, copies: owed(point, expected.length) });
  const rows: { sent: boolean }[] = await database.query(`SELECT sent_at IS NOT NULL AS sent FROM "${own}".notification_outbox`);
  expect({ point, rows }).toEqual({ point, rows: expected.map(() => ({ sent: true })) });
  // Settled: a while later, still the same copies.
  await new Promise((settle) => setTimeout(settle, 1000));
  expect({ point, copies: tally(await copiesOf(expected)) }).toEqual({ point, copies: owed(point, expected.length) });
}

/** How many messages the server took once, twice... (`{ 1: 5, 2: 1 }`). */
function tally(copies: Map<string, number>): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const count of copies.values()) counts[count] = (counts[count] ?? 0) + 1;
  return counts;
}

/** Every message once; killed after a send, the message it sent is sent again, under its own Message-ID. */
function owed(point: (typeof POINTS)[number], messages: number): Record<number, number> {
  return point === 'after-send' ? { 1: messages - 1, 2: 1 } : { 1: messages };
}

describe('a notifier killed at each point of its loop', () => {
  // The four drills side by side: each waits seconds for its group to give the dead member's partitions away.
  it('killed before the outbox write, after it, after a send or after a commit, then started again: every message once', async () => {
    // Made one after the other: the migrations grant to the same roles, and kafkajs's admin stumbles on topics made at once.
    for (const [index, point] of POINTS.entries()) {
      await runMigrations(engines.databaseUrl, `${schema}_${index}`);
      await directoryIn(`${schema}_${index}`);
      await createTopic(admin, topicOf(point), 2);
    }
    await Promise.all(POINTS.map(drill));
  });
});

describe('a mail server that cannot be reached', () => {
  it('is tried again with backoff, then the message is reported failed, never dropped silently; health names it', async () => {
    const topic = topicOf(UNREACHABLE);
    await createTopic(admin, topic, 1);
    const { logger, entries } = recordingLogger();
    // Port 1: nothing listens there, so every connection is refused.
    const env = { ...process.env, DATABASE_SCHEMA: schema, NOTIFIER_TOPICS: topic, NOTIFIER_GROUP_ID: `t-unreachable-${run}` };
    const config = new NotifierConfig({ ...env, SMTP_PORT: '1', NOTIFIER_MAX_ATTEMPTS: '2', NOTIFIER_POLL_MS: '100' });
    const notifier = await startNotifier(config, logger);
    try {
      const [breach] = breachedThenAssigned();
      await publish(producer, topic, [breach!]);
      const [row] = await eventually('the message reported failed', async () => {
        const rows: { attempts: number; failed: boolean; sent: boolean; last_error: string }[] = await database.query(
          `SELECT attempts, failed_at IS NOT NULL AS failed, sent_at IS NOT NULL AS sent, last_error FROM "${schema}".notification_outbox WHERE event_id = $1`,
          [breach!.eventId],
        );
        return rows[0]?.failed ? rows : undefined;
      });
      expect(row).toMatchObject({ attempts: 2, failed: true, sent: false, last_error: expect.stringContaining('ECONNREFUSED') });
      const told = entries.filter(({ fields }) => fields.eventId === breach!.eventId).map(({ level, message }) => `${level} ${message}`);
      expect(told).toEqual(['warn message deferred', 'warn message failed']);
      const health = await fetch(`http://127.0.0.1:${notifier.healthPort}/health`);
      expect({ status: health.status, body: await health.json() }).toEqual({
        status: 503,
        body: { status: 'unavailable', message: 'smtp down', checks: { kafka: 'up', smtp: 'down', database: 'up' } },
      });
    } finally {
      await notifier.stop();
    }
  });
});

describe('a message that is no event', () => {
  it('is passed over, named in the log, and holds up none of the messages after it', async () => {
    const topic = topicOf(POISON);
    await createTopic(admin, topic, 1);
    const { logger, entries } = recordingLogger();
    const env = {
      ...process.env,
      DATABASE_SCHEMA: schema,
      NOTIFIER_TOPICS: topic,
      NOTIFIER_GROUP_ID: `t-poison-${run}`,
      NOTIFIER_POLL_MS: '100',
    };
    const notifier = await startNotifier(new NotifierConfig(env), logger);
    try {
      await producer.send({ topic, acks: -1, messages: [{ key: 'x', value: 'not an event {' }] });
      const [breach] = breachedThenAssigned();
      await publish(producer, topic, [breach!]);
      const expected = messageIdOf(breach!.eventId, SUPERVISOR.id);
      await eventually('the breach after the bad message in the inbox', async () =>
        (await copiesOf([expected])).get(expected)! > 0 ? true : undefined,
      );
      expect(entries.filter(({ message }) => message === 'message passed over').map(({ fields }) => fields)).toEqual([
        { topic, partition: 0, offset: '0', reason: 'message value is not JSON' },
      ]);
    } finally {
      await notifier.stop();
    }
  });
});
