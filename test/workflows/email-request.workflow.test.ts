import { randomUUID } from 'node:crypto';
import { instantAt, localDateOf, QC_PUBLIC_SERVICE_CALENDAR, shiftWorkingDays, workingDaysBetween } from '@entente/domain';
import { emailRequestWorkflow } from '@entente/workflows';
import { firstHolidayAfter } from '../support/holiday-ahead';
import { timeSkippingCases } from '../support/time-skipping-cases';
import { expectEndedBeforeAlarm, warnAtOf } from '../support/workflow-ending';

const TZ = QC_PUBLIC_SERVICE_CALENDAR.timeZone;
const DAY = 24 * 60 * 60 * 1000;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;

/** Local date `days` after `date` (YYYY-MM-DD), in plain calendar arithmetic. */
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

describe('e-mail request workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow);
  const { now, sleep, sleepUntil, eventsOf, typesOf, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  async function receive(receivedAt: string) {
    const caseId = randomUUID();
    await open('ReceiveEmailRequest', intake, {
      caseId,
      sender: { name: 'Awa Diallo', email: 'awa@example.org' },
      subject: 'Stage OIG',
      body: 'Quels sont les critères ?',
      receivedAt,
    });
    return caseId;
  }

  /** The Wednesday before the next Good Friday in the calendar that is still ahead of the server's clock. */
  async function wednesdayBeforeEaster(): Promise<{ wednesday: string; goodFriday: string }> {
    const goodFriday = firstHolidayAfter(QC_PUBLIC_SERVICE_CALENDAR, /good friday/i, plusDays(localDateOf(await now(), TZ), 2));
    return { wednesday: plusDays(goodFriday, -2), goodFriday };
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

  it('publishes a new receipt at its current schema, with the reply language and the e-mail named email', async () => {
    const caseId = randomUUID();
    const sender = { name: 'Lukas Hofmann', email: 'l.hofmann@tum.example' };
    const view = await open('ReceiveEmailRequest', intake, {
      caseId,
      sender,
      subject: 'Québec–Bavaria cooperation',
      body: 'How are projects submitted?',
      replyLanguage: 'en',
      receivedAt: await now(),
    });
    expect(view.state).toMatchObject({ status: 'received', replyLanguage: 'en' });
    expect(eventsOf(caseId)[0]).toMatchObject({ type: 'EmailRequestReceived', schemaVersion: 3, data: { replyLanguage: 'en', sender } });
    const unstated = await receive(await now());
    expect(eventsOf(unstated)[0]).toMatchObject({ schemaVersion: 3, data: { replyLanguage: 'fr' } });
  });

  it('raises neither warning nor breach when the answer comes in time', async () => {
    const receivedAt = await now();
    const caseId = await receive(receivedAt);
    await send(caseId, 'AssignEmailRequest', supervisor, { officerId: 'olivier' });
    await sleep(DAY);
    const view = await send(caseId, 'AnswerEmailRequest', { id: 'olivier', role: 'case-officer' }, { answer: 'Voici les critères.' });
    expect(view.state).toMatchObject({ status: 'answered' });
    await handleOf(caseId).result();
    expect(typesOf(caseId)).toEqual(['EmailRequestReceived', 'EmailRequestAssigned', 'EmailRequestAnswered']);
    expect(eventsOf(caseId)[2]!.data).toMatchObject({ clockOutcome: 'met', answeredBy: 'olivier' });
    await expectEndedBeforeAlarm(handleOf(caseId), warnAtOf(eventsOf(caseId)[0]!));
  });

  it('stops counting while paused for the requester: the breach comes as many working days later as the pause covered', async () => {
    const receivedAt = await now();
    const caseId = await receive(receivedAt);
    const officer = { id: 'olivier', role: 'case-officer' } as const;
    const { dueAt } = (eventsOf(caseId)[0]!.data as { clock: { dueAt: string } }).clock;
    await send(caseId, 'PauseServiceStandardClock', officer, {
      standardId: 'email-information-request',
      reason: 'awaiting-requester-information',
      explanation: 'Numéro de dossier manquant',
    });
    // A week always holds a working day, even around Christmas and New Year.
    await sleep(7 * DAY);
    const pausedDays = workingDaysBetween(QC_PUBLIC_SERVICE_CALENDAR, receivedAt, await now());
    const resumed = await send<{ clock: { plan: { dueAt: string } } }>(caseId, 'ResumeServiceStandardClock', officer, {
      standardId: 'email-information-request',
    });
    const movedDueAt = shiftWorkingDays(QC_PUBLIC_SERVICE_CALENDAR, dueAt, pausedDays);
    expect(resumed.state.clock.plan.dueAt).toBe(movedDueAt);
    expect(pausedDays).toBeGreaterThan(0);

    await sleepUntil(new Date(Date.parse(dueAt) + 60_000).toISOString());
    expect(typesOf(caseId)).not.toContain('ServiceStandardBreached');
    await sleepUntil(new Date(Date.parse(movedDueAt) + 60_000).toISOString());
    expect(eventsOf(caseId).find((event) => event.type === 'ServiceStandardBreached')!.data).toMatchObject({ dueAt: movedDueAt });
  });
});
