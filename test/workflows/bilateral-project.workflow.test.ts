import { randomUUID } from 'node:crypto';
import { addWorkingDays, instantAt, isWorkingDay, localDateOf, QC_PUBLIC_SERVICE_CALENDAR, shiftWorkingDays } from '@entente/domain';
import { bilateralProjectWorkflow } from '@entente/workflows';
import { eventually } from '../projector/projector-harness';
import { firstHolidayAfter } from '../support/holiday-ahead';
import { timeSkippingCases } from '../support/time-skipping-cases';
import { expectEndedBeforeAlarm, warnAtOf } from '../support/workflow-ending';

// The analysis-result clock (declaration of services): it starts at the true end of negotiations
// with the foreign partners, warns the assignee three working days before the due instant,
// breaches at fifteen working days and escalates to a supervisor, with no level above.

const QC = QC_PUBLIC_SERVICE_CALENDAR;
const TZ = QC.timeZone;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const STANDARD_ID = 'bilateral-project-analysis-result';
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sophie', role: 'supervisor' } as const;
const officer = { id: 'olivier', role: 'case-officer' } as const;
const PROJECT = {
  institution: {
    name: 'Cégep de Saint-Félicien',
    contactName: 'Geneviève Bouchard',
    email: 'genevieve.bouchard@cstfelicien.example',
  },
  agreement: { title: 'Québec–Bavaria Cooperation Agreement', partnerGovernment: 'Free State of Bavaria' },
  title: 'Trainer exchange in sustainable forest management',
  summary: 'Two missions of forestry trainers between Saint-Félicien and Weihenstephan-Triesdorf.',
  sector: 'Environment and sustainable development',
  requestedSupport: { description: 'Travel costs of two trainer missions', amountCad: 18000 },
};
const OPENED = ['BilateralProjectSubmitted', 'BilateralProjectAssigned', 'PartnerNegotiationsStarted'];

/** Local date `days` after `date` (YYYY-MM-DD), in plain calendar arithmetic. */
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const shifted = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

describe('bilateral project workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('bilateral-project', bilateralProjectWorkflow);
  const { now, sleep, sleepUntil, eventsOf, typesOf, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  /** Waits (without moving the server's clock) until the workflow has published `count` events. */
  const publishedAtLeast = (caseId: string, count: number) =>
    eventually(`${count} events of ${caseId}`, () => (eventsOf(caseId).length >= count ? eventsOf(caseId) : undefined));

  /** A project submitted, assigned to Olivier and in negotiation since `startedAt` (all in the past). */
  async function negotiating(startedAt: string): Promise<string> {
    const caseId = randomUUID();
    await open('SubmitBilateralProject', intake, { caseId, ...PROJECT, submittedAt: shifted(startedAt, -14 * DAY) });
    await send(caseId, 'AssignBilateralProject', supervisor, { officerId: 'olivier' });
    await send(caseId, 'StartPartnerNegotiations', officer, { startedAt });
    return caseId;
  }

  /** The first holiday named `name` whose date minus `margin` days is still ahead of the server's clock. */
  async function holidayAhead(name: RegExp, margin: number): Promise<string> {
    return firstHolidayAfter(QC, name, plusDays(localDateOf(await now(), TZ), margin));
  }

  it('warns three working days before the due instant and breaches at fifteen working days, across Easter', async () => {
    const goodFriday = await holidayAhead(/good friday/i, 1);
    const caseId = await negotiating(await now());
    const endedAt = instantAt(plusDays(goodFriday, -1), '11:00', TZ);
    await sleepUntil(endedAt);
    await send(caseId, 'EndPartnerNegotiations', officer, { endedAt, notes: 'Retained by the joint commission' });

    // Working days after that Thursday: Good Friday and Easter Monday are holidays; Tuesday to
    // Friday (1-4), two full weeks (5-14), Monday (15): due Monday three weeks after Easter Monday,
    // warned three working days earlier (Wednesday before).
    const dueAt = instantAt(plusDays(goodFriday, 24), '17:00', TZ);
    const warnAt = instantAt(plusDays(goodFriday, 19), '17:00', TZ);
    expect(eventsOf(caseId)[3]).toMatchObject({
      type: 'PartnerNegotiationsEnded',
      data: {
        endedAt,
        clock: {
          standardId: STANDARD_ID,
          startedAt: endedAt,
          warnAt,
          dueAt,
          escalateTo: 'supervisor',
          escalateFurther: { at: shiftWorkingDays(QC, dueAt, 5), to: 'director' },
        },
      },
    });

    await sleepUntil(shifted(warnAt, -MINUTE));
    expect(typesOf(caseId)).toEqual([...OPENED, 'PartnerNegotiationsEnded']);
    await sleepUntil(shifted(warnAt, MINUTE));
    const warning = eventsOf(caseId)[4]!;
    expect(warning).toMatchObject({
      type: 'ServiceStandardWarning',
      data: { standardId: STANDARD_ID, dueAt, notify: { role: 'case-officer', officerId: 'olivier' } },
    });
    expect(Date.parse(warning.occurredAt) - Date.parse(warnAt)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(warning.occurredAt) - Date.parse(warnAt)).toBeLessThan(MINUTE);

    await sleepUntil(shifted(dueAt, -MINUTE));
    expect(typesOf(caseId)).toHaveLength(5);
    await sleepUntil(shifted(dueAt, MINUTE));
    const breach = eventsOf(caseId)[5]!;
    expect(breach).toMatchObject({
      type: 'ServiceStandardBreached',
      actor: { id: 'service-standard-clock', role: 'system' },
      data: { dueAt, escalatedTo: 'supervisor' },
    });
    expect(Date.parse(breach.occurredAt) - Date.parse(dueAt)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(breach.occurredAt) - Date.parse(dueAt)).toBeLessThan(MINUTE);

    // Five working days later, still unanswered: one level up, to the director, then nothing more.
    await sleep(20 * DAY);
    expect(eventsOf(caseId)[6]).toMatchObject({ type: 'ServiceStandardBreachEscalated', data: { dueAt, escalatedTo: 'director' } });
    expect(typesOf(caseId)).toHaveLength(7);
    await send(caseId, 'NotifyProjectAnalysisResult', officer, { result: 'accepted', conditions: [] });
    expect(eventsOf(caseId)[7]).toMatchObject({
      type: 'ProjectAnalysisResultNotified',
      data: { result: 'accepted', clockOutcome: 'late' },
    });
  });

  it('runs the clock from the true end of negotiations when recorded late: already warned, then breached at the due instant (Fête nationale)', async () => {
    const feteNationale = await holidayAhead(/fête nationale/i, 1);
    let lastDayBefore = plusDays(feteNationale, -1);
    while (!isWorkingDay(QC, lastDayBefore)) lastDayBefore = plusDays(lastDayBefore, -1);
    const endedAt = instantAt(lastDayBefore, '10:00', TZ);
    const dueAt = addWorkingDays(QC, endedAt, 15);
    const warnAt = shiftWorkingDays(QC, dueAt, -3);

    // Recorded an hour after the warning instant: the clock is where the true end puts it.
    const recordedAt = shifted(warnAt, HOUR);
    await sleepUntil(recordedAt);
    const caseId = await negotiating(shifted(endedAt, -10 * DAY));
    await send(caseId, 'EndPartnerNegotiations', officer, { endedAt });
    const [, , , ended, warning] = await publishedAtLeast(caseId, 5);
    expect(ended).toMatchObject({ type: 'PartnerNegotiationsEnded', data: { endedAt, clock: { startedAt: endedAt, warnAt, dueAt } } });
    expect(warning).toMatchObject({ type: 'ServiceStandardWarning', data: { standardId: STANDARD_ID, dueAt } });
    expect(Date.parse(warning!.occurredAt)).toBeGreaterThanOrEqual(Date.parse(recordedAt));

    await sleepUntil(shifted(dueAt, -MINUTE));
    expect(typesOf(caseId)).toHaveLength(5);
    await sleepUntil(shifted(dueAt, MINUTE));
    const breach = eventsOf(caseId)[5]!;
    expect(breach).toMatchObject({ type: 'ServiceStandardBreached', data: { dueAt, escalatedTo: 'supervisor' } });
    expect(Date.parse(breach.occurredAt) - Date.parse(dueAt)).toBeLessThan(MINUTE);
  });

  it('breaches at once, without a warning, an end of negotiations recorded after its due instant', async () => {
    const recordedAt = await now();
    const endedAt = shifted(recordedAt, -40 * DAY);
    const caseId = await negotiating(shifted(endedAt, -10 * DAY));
    await send(caseId, 'EndPartnerNegotiations', officer, { endedAt });
    const dueAt = addWorkingDays(QC, endedAt, 15);
    const events = await publishedAtLeast(caseId, 5);
    // Forty days late: already past the chain's next level too, escalated to the director at once.
    expect(events.map((event) => event.type).slice(0, 5)).toEqual([...OPENED, 'PartnerNegotiationsEnded', 'ServiceStandardBreached']);
    expect(events[4]!.data).toMatchObject({ standardId: STANDARD_ID, dueAt, escalatedTo: 'supervisor' });
    expect(Date.parse(events[4]!.occurredAt)).toBeGreaterThanOrEqual(Date.parse(recordedAt));

    await send(caseId, 'NotifyProjectAnalysisResult', officer, {
      result: 'refused',
      reasons: ['Outside the priority areas of the agreement'],
    });
    await handleOf(caseId).result();
    expect(
      eventsOf(caseId)
        .map((event) => event.type)
        .slice(5),
    ).toEqual(['ServiceStandardBreachEscalated', 'ProjectAnalysisResultNotified']);
    expect(eventsOf(caseId)[6]).toMatchObject({ data: { result: 'refused', clockOutcome: 'late' } });
  });

  it('stops the clock when the institution is notified in time (met), then supports the project until deployed', async () => {
    const caseId = await negotiating(await now());
    await sleep(2 * DAY);
    await send(caseId, 'RecordNegotiationRound', officer, { heldAt: await now(), notes: 'Budget split agreed by video conference.' });
    await sleep(DAY);
    const endedAt = await now();
    await send(caseId, 'EndPartnerNegotiations', officer, { endedAt });
    const dueAt = addWorkingDays(QC, endedAt, 15);
    await sleep(5 * DAY);
    await send(caseId, 'NotifyProjectAnalysisResult', officer, {
      result: 'accepted',
      conditions: ['Final report within 60 days of the last mission'],
    });

    await sleepUntil(shifted(dueAt, 10 * DAY));
    await send(caseId, 'RecordDeploymentSupport', officer, {
      description: 'Mission letters sent to the Bavarian State Chancellery',
      providedAt: await now(),
    });
    const done = await send<{ status: string }>(caseId, 'RecordBilateralProjectDeployed', officer, {
      deployedAt: await now(),
      report: 'First trainer mission held in Freising.',
    });
    expect(done.state.status).toBe('deployed');
    await handleOf(caseId).result();
    expect(typesOf(caseId)).toEqual([
      ...OPENED,
      'NegotiationRoundRecorded',
      'PartnerNegotiationsEnded',
      'ProjectAnalysisResultNotified',
      'DeploymentSupportProvided',
      'BilateralProjectDeployed',
    ]);
    expect(eventsOf(caseId)[5]!.data).toMatchObject({ result: 'accepted', clockOutcome: 'met', notifiedBy: 'olivier' });
  });

  it('cancels the running clock when the institution withdraws the project', async () => {
    const caseId = await negotiating(await now());
    await send(caseId, 'EndPartnerNegotiations', officer, { endedAt: await now() });
    await sleep(DAY);
    await send(caseId, 'WithdrawBilateralProject', intake, { reason: 'The cégep lost its forestry programme funding.' });
    await handleOf(caseId).result();
    expect(typesOf(caseId)).toEqual([...OPENED, 'PartnerNegotiationsEnded', 'BilateralProjectWithdrawn']);
    expect(eventsOf(caseId)[4]!.data).toMatchObject({ cancelledClocks: [STANDARD_ID] });
    await expectEndedBeforeAlarm(handleOf(caseId), warnAtOf(eventsOf(caseId)[3]!));
  });
});
