import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import type { Producer } from 'kafkajs';
import { topicFor, type EventEnvelope } from '@entente/contracts';
import { ensureTopics, eventProducer, jsonLogger, kafkaFor } from '@entente/platform';
import { publishingActivities } from '@entente/worker';
import { sealCase, steps } from '../../apps/projector/src/testing/email-request.fixtures';
import { TopicTail } from '../support/topic-tail';

/*
 * Issue 17, item 3, on a broker of this file's own (the shared one serves the other files): the
 * broker frozen (SIGSTOP) while a batch is being published, two attempts abandoned as Temporal
 * abandons an activity past its timeout, and a third once the broker is back. A new attempt sent
 * beside the one still in flight would land a second copy; each event is on the topic once.
 */

const BROKER_SCRIPT = resolve(__dirname, '../../infra/kafka/private-broker.sh');
const PORT = '49092';
const folder = mkdtempSync(join(tmpdir(), 'entente-broker-'));
const broker = (action: 'up' | 'down') => execFileSync('bash', [BROKER_SCRIPT, action, folder, PORT], { encoding: 'utf8' });
const kafka = kafkaFor(
  { kafkaBrokers: [`127.0.0.1:${PORT}`], kafkaClientId: 'entente-outage-test' },
  '',
  jsonLogger('test', () => undefined),
);
const prefix = `t-outage-${randomUUID().slice(0, 8)}`;
const topic = new TopicTail(kafka, topicFor('email-request', prefix));
let pid = 0;
let producer: Producer;

beforeAll(async () => {
  pid = Number(broker('up').trim().split('\n').at(-1));
  await ensureTopics(kafka, prefix);
  producer = eventProducer(kafka);
  await producer.connect();
  await topic.mark();
}, 120_000);

afterAll(async () => {
  if (pid) process.kill(pid, 'SIGCONT');
  await producer?.disconnect();
  broker('down');
  rmSync(folder, { recursive: true, force: true });
});

/** An attempt as Temporal runs it: past its timeout it is abandoned, and its send goes on. */
const attempt = (publish: Promise<void>, timeoutMs: number) =>
  Promise.race([publish.then(() => 'published'), pause(timeoutMs).then(() => 'abandoned')]);

it('publishes each event once though two attempts were abandoned while the broker was frozen', async () => {
  const { publishCaseEvents } = publishingActivities(producer, prefix);
  const caseId = `outage-${prefix}`;
  const [received, assigned, answered] = sealCase(caseId, [
    steps.received(caseId),
    steps.assigned('julie'),
    steps.answered('julie', '2026-11-24T15:00:00.000Z', 'met'),
  ]) as [EventEnvelope, EventEnvelope, EventEnvelope];

  await publishCaseEvents([received]);
  process.kill(pid, 'SIGSTOP');
  expect(await attempt(publishCaseEvents([assigned]), 2_000)).toBe('abandoned');
  expect(await attempt(publishCaseEvents([assigned]), 2_000)).toBe('abandoned');
  process.kill(pid, 'SIGCONT');
  await publishCaseEvents([assigned]);
  await publishCaseEvents([answered]);

  const published = (await topic.read()).map((message) => (JSON.parse(message.value!.toString()) as EventEnvelope).eventId);
  expect(published).toEqual([received.eventId, assigned.eventId, answered.eventId]);
});
