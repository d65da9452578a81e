import { randomUUID } from 'node:crypto';
import {
  addWorkingDays,
  diffActionPlanVersions,
  localDateOf,
  QC_PUBLIC_SERVICE_CALENDAR,
  shiftWorkingDays,
  type ActionPlan,
  type ClockPlan,
  type CooperationEngagement,
} from '@entente/domain';
import { verifyChain } from '@entente/contracts';
import { caseViewQuery, cooperationEngagementWorkflow, type CooperationEngagementView } from '@entente/workflows';
import { PLAN, REVISED_PLAN, SIGNATORY } from '../../libs/domain/src/cooperation-engagement/cooperation-engagement.fixtures';
import { eventually } from '../projector/projector-harness';
import { timeSkippingCases } from '../support/time-skipping-cases';

// A cooperation engagement's two configurable targets: the partner's answer to each proposed plan
// (20 working days, warned 5 before, a breach goes to the director; each proposal restarts it) and
// the activity report (30 working days from the end of delivery, same warning and escalation).
// Neither standard has a level above the director. A long engagement continues as new and keeps
// every plan version.

const QC = QC_PUBLIC_SERVICE_CALENDAR;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ANSWER = 'action-plan-partner-answer';
const REPORT = 'engagement-activity-report';
const coordinator = { id: 'sjobert', role: 'coordinator' } as const;
const REQUEST = {
  requester: { kind: 'support-organization', name: 'United Nations Development Programme (UNDP)' },
  partnerParliament: { name: 'National Assembly of Benin', country: 'Benin' },
  request: 'Support to the legislative process and to committee sittings.',
  coordinatorId: coordinator.id,
};
const SEMINAR = {
  activityId: 'seminar-drafting',
  title: 'Seminar on drafting bills',
  form: 'training-seminar',
  place: 'partner-offices',
  sectors: [3],
  team: [{ name: 'Sébastien Jobert', kind: 'public-servant' }],
};
const REPORT_DATA = {
  observations: ['Clerks draft amendments alone.'],
  recommendations: ['A drafting guide.'],
  results: ['Twelve clerks trained.'],
};

describe('cooperation engagement workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('cooperation-engagement', cooperationEngagementWorkflow);
  const { now, sleep, eventsOf, sealedEventsOf, typesOf, handleOf, open } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  const lastOf = (caseId: string) => eventsOf(caseId).at(-1)!;
  /** Skips to an hour (or `after`) past `instant`, so the timer due then has fired. */
  const sleepUntil = (instant: string, after = HOUR) => cases.sleepUntil(new Date(Date.parse(instant) + after).toISOString());
  /** Every command here is the coordinator's. */
  const send = (caseId: string, type: string, data: object): Promise<CooperationEngagementView> =>
    cases.send<CooperationEngagementView['state']>(caseId, type, coordinator, data);
  const engagementOf = (view: CooperationEngagementView) => view.state as CooperationEngagement;
  const clockOf = (view: CooperationEngagementView, standardId: string): ClockPlan => engagementOf(view).clocks[standardId]!.plan;

  /** Opens an engagement and brings it to stage 2, the action plan. */
  async function openAtActionPlan(historyLimit?: number): Promise<string> {
    const caseId = randomUUID();
    await open('OpenCooperationEngagement', coordinator, { caseId, ...REQUEST, contactedAt: await now() }, { historyLimit });
    await send(caseId, 'RecordNeeds', { description: 'Committees lack clerks trained in drafting.', sectors: [2, 3] });
    await send(caseId, 'DecideOnAssistance', { decision: 'proceed' });
    return caseId;
  }

  const propose = async (caseId: string, plan: ActionPlan) => clockOf(await send(caseId, 'ProposeActionPlan', { plan }), ANSWER);
  const answer = async (caseId: string, type: string, version: number, extra: object = {}) =>
    send(caseId, type, { version, signatory: SIGNATORY, answeredAt: await now(), ...extra });

  /** Brings an engagement to stage 4: plan approved, one seminar held, delivery declared complete. */
  async function completeDelivery(): Promise<{ caseId: string; clock: ClockPlan }> {
    const caseId = await openAtActionPlan();
    const today = localDateOf(await now(), QC.timeZone);
    // Activities fall within the approved plan's schedule: this one runs today.
    await propose(caseId, { ...PLAN, schedule: { startsOn: today, endsOn: today, milestones: [] } });
    await answer(caseId, 'ApproveActionPlan', 1);
    await send(caseId, 'PlanActivity', { ...SEMINAR, startsOn: today, endsOn: today });
    await send(caseId, 'RecordActivityHeld', { activityId: SEMINAR.activityId, heldOn: today });
    return { caseId, clock: clockOf(await send(caseId, 'DeclareServiceDeliveryComplete', {}), REPORT) };
  }

  /** The clock's plan is the standard's: due N working days after its start, warned 5 before. */
  function expectPlanned(clock: ClockPlan, workingDays: number): void {
    expect(clock.dueAt).toBe(addWorkingDays(QC, clock.startedAt, workingDays));
    expect(clock.warnAt).toBe(shiftWorkingDays(QC, clock.dueAt, -5));
  }

  it('warns and breaches the partner answer at its working days, escalated to the director; a revision restarts it, approval stops it', async () => {
    const caseId = await openAtActionPlan();
    const first = await propose(caseId, PLAN);
    expectPlanned(first, 20);

    await sleepUntil(first.warnAt);
    expect(lastOf(caseId)).toMatchObject({
      type: 'ServiceStandardWarning',
      data: { standardId: ANSWER, dueAt: first.dueAt, notify: { officerId: 'sjobert' } },
    });
    await sleepUntil(first.dueAt);
    expect(lastOf(caseId)).toMatchObject({
      type: 'ServiceStandardBreached',
      data: { standardId: ANSWER, dueAt: first.dueAt, escalatedTo: 'director' },
    });
    await sleep(30 * DAY); // still unanswered ten working days later: the Secretary General hears of it
    expect(lastOf(caseId)).toMatchObject({
      type: 'ServiceStandardBreachEscalated',
      data: { standardId: ANSWER, escalatedTo: 'secretary-general' },
    });

    await answer(caseId, 'RequestActionPlanModifications', 1, { comments: 'Add debate broadcasting (sector 5).' });
    const second = await propose(caseId, REVISED_PLAN);
    expectPlanned(second, 20);
    expect(Date.parse(second.startedAt)).toBeGreaterThan(Date.parse(first.dueAt));
    await sleepUntil(second.warnAt);
    await answer(caseId, 'ApproveActionPlan', 2);
    await sleepUntil(second.dueAt, 10 * DAY);

    expect(typesOf(caseId)).toEqual([
      'CooperationEngagementOpened',
      'NeedsRecorded',
      'AssistanceAgreed',
      'ActionPlanProposed',
      'ServiceStandardWarning',
      'ServiceStandardBreached',
      'ServiceStandardBreachEscalated',
      'ActionPlanModificationsRequested',
      'ActionPlanProposed',
      'ServiceStandardWarning',
      'ActionPlanApproved',
    ]);
    const [late, revised, warned, approved] = eventsOf(caseId).slice(7);
    expect(late!.data).toMatchObject({ version: 1, clockOutcome: 'late' });
    expect(revised!.data).toMatchObject({ version: 2, supersedes: 1, clock: second });
    expect(warned!.data).toMatchObject({ standardId: ANSWER, dueAt: second.dueAt });
    expect(approved!.data).toMatchObject({ version: 2, clockOutcome: 'met' });
  });

  it('runs the activity-report clock from the end of delivery: warned, breached to the director, stopped late by the report', async () => {
    const { caseId, clock } = await completeDelivery();
    expectPlanned(clock, 30);

    await sleepUntil(clock.warnAt);
    expect(eventsOf(caseId).find((event) => event.type === 'ServiceDeliveryCompleted')!.data).toMatchObject({
      completedAt: clock.startedAt,
      clock,
    });
    expect(lastOf(caseId)).toMatchObject({ type: 'ServiceStandardWarning', data: { standardId: REPORT, dueAt: clock.dueAt } });
    await sleepUntil(clock.dueAt);
    expect(lastOf(caseId)).toMatchObject({
      type: 'ServiceStandardBreached',
      data: { standardId: REPORT, dueAt: clock.dueAt, escalatedTo: 'director' },
    });

    await send(caseId, 'SubmitActivityReport', REPORT_DATA);
    const result = await handleOf(caseId).result();
    expect(result).toMatchObject({ state: { status: 'completed' } });
    expect(lastOf(caseId)).toMatchObject({ type: 'ActivityReportSubmitted', data: { clockOutcome: 'late' } });
  });

  it('stops the activity-report clock with a report in time, before any warning', async () => {
    const { caseId, clock } = await completeDelivery();
    await sleepUntil(clock.startedAt, 3 * DAY);
    await send(caseId, 'SubmitActivityReport', REPORT_DATA);
    await handleOf(caseId).result();
    expect(typesOf(caseId).slice(-2)).toEqual(['ServiceDeliveryCompleted', 'ActivityReportSubmitted']);
    expect(lastOf(caseId).data).toMatchObject({ clockOutcome: 'met' });
  });

  it('continues a long engagement as new across the history limit, keeping every plan version and the running clock', async () => {
    const ROUNDS = 6;
    const caseId = await openAtActionPlan(40);
    const firstRunId = (await handleOf(caseId).describe()).runId;
    const planFor = (version: number): ActionPlan => ({ ...PLAN, budget: { ...PLAN.budget, amount: 80_000 + 1_000 * version } });
    for (let version = 1; version <= ROUNDS; version++) {
      await propose(caseId, planFor(version));
      await answer(caseId, 'RequestActionPlanModifications', version, { comments: `Round ${version}: revise the budget.` });
    }
    const last = await propose(caseId, planFor(ROUNDS + 1));

    expect((await handleOf(caseId, firstRunId).describe()).status.name).toBe('CONTINUED_AS_NEW');
    const view = (await handleOf(caseId).query(caseViewQuery)) as CooperationEngagementView;
    expect(engagementOf(view).plans.map(({ version, answer }) => [version, answer?.kind ?? null])).toEqual([
      ...Array.from({ length: ROUNDS }, (_, index) => [index + 1, 'modifications-requested']),
      [ROUNDS + 1, null],
    ]);
    expect(diffActionPlanVersions(view.state, 1, ROUNDS + 1)).toEqual([{ field: 'budget.amount', before: 81_000, after: 87_000 }]);

    await sleepUntil(last.warnAt);
    await answer(caseId, 'ApproveActionPlan', ROUNDS + 1);
    const events = await eventually('the approval published', () =>
      lastOf(caseId).type === 'ActionPlanApproved' ? eventsOf(caseId) : undefined,
    );
    expect(events.map((event) => event.sequence)).toEqual(events.map((_, index) => index + 1));
    expect(events.slice(-2).map(({ type, data }) => [type, (data as { clockOutcome?: string }).clockOutcome])).toEqual([
      ['ServiceStandardWarning', undefined],
      ['ActionPlanApproved', 'met'],
    ]);
    expect(verifyChain(sealedEventsOf(caseId))).toBeNull();
  });
});
