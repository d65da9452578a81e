import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { instantAt, localDateOf, QC_PUBLIC_SERVICE_CALENDAR, shiftWorkingDays, workingDaysBetween } from '@entente/domain';
import { caseWorkflowId, EventEnvelope } from '@entente/contracts';
import {
  commandUpdate,
  answerEmailRequestUpdate,
  assignEmailRequestUpdate,
  emailRequestWorkflow,
  receiveEmailRequestUpdate,
} from '@entente/workflows';
import { WORKFLOWS_PATH } from '@entente/worker';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { recordingActivities } from '../support/recording-activities';

const TZ = QC_PUBLIC_SERVICE_CALENDAR.timeZone;
const DAY = 24 * 60 * 60 * 1000;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;

/** Local date `days` after `date` (YYYY-MM-DD), in plain calendar arithmetic. */
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

describe('e-mail request workflow on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let published: EventEnvelope[];
  let running: Promise<void>;
  const taskQueue = `email-request-${randomUUID()}`;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
    const recording = recordingActivities();
    published = recording.published;
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities: recording.activities });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  const eventsOf = (caseId: string) => published.filter((e) => e.caseId === caseId);
  const typesOf = (caseId: string) => eventsOf(caseId).map((e) => e.type);
  const now = async () => new Date(await env.currentTimeMs()).toISOString();
  const sleepUntil = async (instant: string) => env.sleep(Math.max(Date.parse(instant) - (await env.currentTimeMs()), 0));

  async function receive(receivedAt: string) {
    const caseId = randomUUID();
    await env.client.workflow.executeUpdateWithStart(receiveEmailRequestUpdate, {
      args: [{ actor: intake, correlationId: caseId, data: { caseId, sender: { name: 'Awa Diallo', address: 'awa@example.org' }, subject: 'Stage OIG', body: 'Quels sont les critères ?', receivedAt } }],
      startWorkflowOperation: new WithStartWorkflowOperation(emailRequestWorkflow, {
        workflowId: caseWorkflowId('email-request', caseId),
        taskQueue,
        args: [{ caseId }],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
    return caseId;
  }

  /** The Wednesday before the next Good Friday in the calendar that is still ahead of the server's clock. */
  async function wednesdayBeforeEaster(): Promise<{ wednesday: string; goodFriday: string }> {
    const today = localDateOf(await now(), TZ);
    const goodFriday = QC_PUBLIC_SERVICE_CALENDAR.holidays.find((h) => /good friday/i.test(h.name) && plusDays(h.date, -2) > today);
    if (!goodFriday) throw new Error('the calendar data has no Good Friday ahead: extend it');
    return { wednesday: plusDays(goodFriday.date, -2), goodFriday: goodFriday.date };
  }

  it('warns and breaches at the right instants for a request received just before Easter', async () => {
    const { wednesday, goodFriday } = await wednesdayBeforeEaster();
    const receivedAt = instantAt(wednesday, '10:00', TZ);
    await sleepUntil(receivedAt);
    const caseId = await receive(receivedAt);

    // Working days after Wednesday: Thursday (1), then Good Friday and Easter Monday are holidays,
    // Tuesday (2), Wednesday (3), Thursday (4): due Thursday after Easter at 17:00, warned a working day before.
    const warnAt = instantAt(plusDays(goodFriday, 5), '17:00', TZ);
    const dueAt = instantAt(plusDays(goodFriday, 6), '17:00', TZ);
    const received = eventsOf(caseId)[0]!;
    expect(received.data).toMatchObject({ clock: { warnAt, dueAt, standardId: 'email-information-request' } });

    await sleepUntil(new Date(Date.parse(warnAt) - 60_000).toISOString());
    expect(typesOf(caseId)).toEqual(['EmailRequestReceived']);

    await sleepUntil(new Date(Date.parse(warnAt) + 60_000).toISOString());
    const warning = eventsOf(caseId)[1]!;
    expect(warning.type).toBe('ServiceStandardWarning');
    expect(Date.parse(warning.occurredAt)).toBeGreaterThanOrEqual(Date.parse(warnAt));
    expect(Date.parse(warning.occurredAt) - Date.parse(warnAt)).toBeLessThan(60_000);
    expect(warning.data).toMatchObject({ dueAt, notify: { role: 'supervisor', officerId: null } });

    await sleepUntil(new Date(Date.parse(dueAt) - 60_000).toISOString());
    expect(typesOf(caseId)).toEqual(['EmailRequestReceived', 'ServiceStandardWarning']);

    await sleepUntil(new Date(Date.parse(dueAt) + 60_000).toISOString());
    const breach = eventsOf(caseId)[2]!;
    expect(breach.type).toBe('ServiceStandardBreached');
    expect(Date.parse(breach.occurredAt)).toBeGreaterThanOrEqual(Date.parse(dueAt));
    expect(Date.parse(breach.occurredAt) - Date.parse(dueAt)).toBeLessThan(60_000);
    expect(breach.data).toMatchObject({ escalatedTo: 'supervisor', dueAt });
    expect(breach.actor).toEqual({ id: 'service-standard-clock', role: 'system' });

    // Still unanswered two working days later (Friday, Monday): the director hears of it.
    const escalateAt = instantAt(plusDays(goodFriday, 10), '17:00', TZ);
    expect(received.data).toMatchObject({ clock: { escalateFurther: { at: escalateAt, to: 'director' } } });
    await sleepUntil(new Date(Date.parse(escalateAt) - 60_000).toISOString());
    expect(typesOf(caseId)).toHaveLength(3);
    await sleepUntil(new Date(Date.parse(escalateAt) + 60_000).toISOString());
    expect(eventsOf(caseId)[3]).toMatchObject({ type: 'ServiceStandardBreachEscalated', data: { escalatedTo: 'director', dueAt } });
  });

  it('raises neither warning nor breach when the answer comes in time', async () => {
    const receivedAt = await now();
    const caseId = await receive(receivedAt);
    const handle = env.client.workflow.getHandle(caseWorkflowId('email-request', caseId));
    await handle.executeUpdate(assignEmailRequestUpdate, { args: [{ actor: supervisor, correlationId: 'c', data: { officerId: 'olivier' } }] });
    await env.sleep(DAY);
    const view = await handle.executeUpdate(answerEmailRequestUpdate, {
      args: [{ actor: { id: 'olivier', role: 'case-officer' }, correlationId: 'c', data: { answer: 'Voici les critères.' } }],
    });
    expect(view.state).toMatchObject({ status: 'answered' });
    await handle.result();
    await env.sleep(30 * DAY);
    expect(typesOf(caseId)).toEqual(['EmailRequestReceived', 'EmailRequestAssigned', 'EmailRequestAnswered']);
    expect(eventsOf(caseId)[2]!.data).toMatchObject({ clockOutcome: 'met', answeredBy: 'olivier' });
  });

  it('stops counting while paused for the requester: the breach comes as many working days later as the pause covered', async () => {
    const receivedAt = await now();
    const caseId = await receive(receivedAt);
    const handle = env.client.workflow.getHandle(caseWorkflowId('email-request', caseId));
    const officer = { id: 'olivier', role: 'case-officer' } as const;
    const send = (type: string, data: object) => handle.executeUpdate(commandUpdate<object, { clock: { plan: { dueAt: string } } }>(type), { args: [{ actor: officer, correlationId: 'c', data }] });
    const { dueAt } = (eventsOf(caseId)[0]!.data as { clock: { dueAt: string } }).clock;
    await send('PauseServiceStandardClock', { standardId: 'email-information-request', reason: 'awaiting-requester-information', explanation: 'Numéro de dossier manquant' });
    // A week always holds a working day, even around Christmas and New Year.
    await env.sleep(7 * DAY);
    const pausedDays = workingDaysBetween(QC_PUBLIC_SERVICE_CALENDAR, receivedAt, await now());
    const resumed = await send('ResumeServiceStandardClock', { standardId: 'email-information-request' });
    const movedDueAt = shiftWorkingDays(QC_PUBLIC_SERVICE_CALENDAR, dueAt, pausedDays);
    expect(resumed.state.clock.plan.dueAt).toBe(movedDueAt);
    expect(pausedDays).toBeGreaterThan(0);

    await sleepUntil(new Date(Date.parse(dueAt) + 60_000).toISOString());
    expect(typesOf(caseId)).not.toContain('ServiceStandardBreached');
    await sleepUntil(new Date(Date.parse(movedDueAt) + 60_000).toISOString());
    expect(eventsOf(caseId).find((event) => event.type === 'ServiceStandardBreached')!.data).toMatchObject({ dueAt: movedDueAt });
  });
});
