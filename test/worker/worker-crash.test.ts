import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { topicFor, type EventEnvelope } from '@entente/contracts';
import type { Role } from '@entente/domain';
import { jsonLogger, kafkaFor } from '@entente/platform';
import { ApiStack, type CaseDetailBody } from '../api/api-harness';
import { eventually } from '../projector/projector-harness';
import { TcpRelay } from '../support/tcp-relay';
import { TopicTail } from '../support/topic-tail';
import { AppProcess } from '../support/app-process';

/*
 * The worker process is killed with SIGKILL, as a crash or the OOM killer would: no shutdown hook
 * runs and nothing in flight completes. A new process takes over the task queue, and staff retry
 * with the same Idempotency-Key, as a client that got no answer (503) does.
 */

const stack = ApiStack.withoutWorker({ COMMAND_TIMEOUT_MS: '5000' });
const relay = new TcpRelay(stack.engines.temporalAddress);
const kafka = kafkaFor(
  stack.engines,
  '-crash-test',
  jsonLogger('test', () => undefined),
);
const topic = new TopicTail(kafka, topicFor('email-request', stack.topicPrefix));
const workers: AppProcess[] = [];

beforeAll(async () => {
  await stack.start();
  await relay.start();
  await topic.mark();
});
afterEach(() => Promise.all(workers.splice(0).map((worker) => worker.stop())));
afterAll(async () => {
  await relay.stop();
  await stack.stop();
});

/** The worker `npm start` runs, on this run's task queue and schema, reaching Temporal at `temporalAddress`. */
async function startWorker(temporalAddress = stack.engines.temporalAddress, options: { supervised?: boolean } = {}): Promise<AppProcess> {
  const worker = await AppProcess.start('worker', { ...process.env, ...stack.deployment(), TEMPORAL_ADDRESS: temporalAddress }, options);
  workers.push(worker);
  return worker;
}

/** Sends a command again under its Idempotency-Key while the API answers 503: no worker has done it yet. */
function command(path: string, role: Role, body: object, options: { sub?: string; key?: string } = {}): Promise<Response> {
  const key = options.key ?? randomUUID();
  return eventually(`an answer to ${path}`, async () => {
    const response = await stack
      .http()
      .post(path)
      .set('Authorization', stack.bearer(role, options.sub))
      .set('Idempotency-Key', key)
      .send(body);
    return response.status === 503 ? undefined : response;
  });
}

/** One attempt, without retrying a 503. */
function attempt(path: string, role: Role, body: object, key: string): Promise<Response> {
  return stack.http().post(path).set('Authorization', stack.bearer(role)).set('Idempotency-Key', key).send(body);
}

const EMAIL = { sender: { address: 'k.sato@example.jp' }, subject: 'Mission au Japon', body: 'Modalités ?' };
const julie = `julie-${stack.run}`;
const marc = `marc-${stack.run}`;

async function receive(): Promise<string> {
  const received = await command('/email-requests', 'intake-officer', EMAIL);
  expect(received.status).toBe(201);
  const { caseId } = received.body as { caseId: string };
  await stack.readModel(caseId, (body) => body.lastSequence === 1);
  return caseId;
}

/** The read model's timeline and the auditors' verdict on the stored chain. */
async function storedCase(caseId: string, lastSequence: number): Promise<{ detail: CaseDetailBody; verified: boolean }> {
  const detail = await stack.readModel(caseId, (body) => body.lastSequence === lastSequence);
  const verification = await stack.http().get(`/cases/${caseId}/verification`).set('Authorization', stack.bearer('auditor')).expect(200);
  return { detail, verified: (verification.body as { verified: boolean }).verified };
}

async function publishedOf(caseId: string): Promise<EventEnvelope[]> {
  const events = (await topic.read()).map((message) => JSON.parse(message.value!.toString()) as EventEnvelope);
  return events.filter((event) => event.caseId === caseId);
}

const timelineOf = (detail: CaseDetailBody) => detail.timeline.map(({ sequence, type }) => `${sequence} ${type}`);

describe('a worker process killed between two commands', () => {
  it('loses nothing: another process replays the case it held, and each event is published once, in order', async () => {
    const first = await startWorker();
    const caseId = await receive();
    expect(await first.kill()).toBe('SIGKILL');

    // The case's next task goes to the dead worker's sticky queue first, then to the new one.
    await startWorker();
    expect((await command(`/email-requests/${caseId}/assign`, 'supervisor', { officerId: julie })).status).toBe(200);
    expect((await command(`/email-requests/${caseId}/answer`, 'case-officer', { answer: 'Voici.' }, { sub: julie })).status).toBe(200);

    const { detail, verified } = await storedCase(caseId, 3);
    expect(timelineOf(detail)).toEqual(['1 EmailRequestReceived', '2 EmailRequestAssigned', '3 EmailRequestAnswered']);
    expect(detail).toMatchObject({ status: 'answered', assignee: julie, clockState: 'met' });
    expect(verified).toBe(true);
    expect((await publishedOf(caseId)).map((event) => event.sequence)).toEqual([1, 2, 3]);
  }, 240_000);
});

describe('a worker process killed while Temporal has not heard that it ran a command', () => {
  let caseId: string;
  let stored: Awaited<ReturnType<typeof storedCase>>;
  let published: EventEnvelope[];

  // A relay between the worker and Temporal drops what the worker sends from the reassignment on:
  // the worker gets the command and runs it, and Temporal never hears that it did. Had the worker
  // published its event at once, the new worker would run the command again at a later instant
  // and seal the event anew, with another hash: two copies of event 3, and a chain broken at 4.
  beforeAll(async () => {
    const relayed = await startWorker(relay.address);
    caseId = await receive();
    expect((await command(`/email-requests/${caseId}/assign`, 'supervisor', { officerId: julie })).status).toBe(200);
    relay.hold();
    const key = randomUUID();
    // The API's bound (COMMAND_TIMEOUT_MS) answers 503 while the held worker has the command.
    expect((await attempt(`/email-requests/${caseId}/assign`, 'supervisor', { officerId: marc }, key)).status).toBe(503);
    expect(await relayed.kill()).toBe('SIGKILL');
    relay.cut();

    await startWorker();
    expect((await command(`/email-requests/${caseId}/assign`, 'supervisor', { officerId: marc }, { key })).status).toBe(200);
    expect((await command(`/email-requests/${caseId}/answer`, 'case-officer', { answer: 'Voici.' }, { sub: marc })).status).toBe(200);
    stored = await storedCase(caseId, 4);
    published = await publishedOf(caseId);
  }, 240_000);

  it('completes the case, each event once in the read model, in order', () => {
    expect(timelineOf(stored.detail)).toEqual([
      '1 EmailRequestReceived',
      '2 EmailRequestAssigned',
      '3 EmailRequestReassigned',
      '4 EmailRequestAnswered',
    ]);
    expect(stored.detail).toMatchObject({ status: 'answered', assignee: marc, clockState: 'met' });
  });

  it('publishes an event only once Temporal has recorded the task that sealed it: one copy each, one chain', () => {
    expect(published.map((event) => event.sequence)).toEqual([1, 2, 3, 4]);
    expect(stored.verified).toBe(true);
  });
});

describe('a worker under the supervisor `npm start` runs it with', () => {
  const health = async (worker: AppProcess) => {
    const response = await fetch(`http://127.0.0.1:${worker.healthPort}/health`);
    return { status: response.status, body: (await response.json()) as object };
  };

  it('names what it needs in GET /health, is started again after kill -9, and the case goes on', async () => {
    const worker = await startWorker(undefined, { supervised: true });
    const up = { status: 'ok', checks: { worker: 'up', temporal: 'up', kafka: 'up', database: 'up' } };
    expect(await health(worker)).toEqual({ status: 200, body: up });
    const caseId = await receive();

    worker.killApp();
    await eventually('the worker started again', async () => (worker.starts === 2 ? true : undefined));
    expect(worker.logs.join('')).toMatch(/"message":"app exited, restarting","status":137/);
    expect(await health(worker)).toEqual({ status: 200, body: up });
    expect((await command(`/email-requests/${caseId}/assign`, 'supervisor', { officerId: julie })).status).toBe(200);
    expect(timelineOf((await storedCase(caseId, 2)).detail)).toEqual(['1 EmailRequestReceived', '2 EmailRequestAssigned']);

    await worker.stop();
    expect(worker.exited).toBe(true);
  }, 240_000);
});
