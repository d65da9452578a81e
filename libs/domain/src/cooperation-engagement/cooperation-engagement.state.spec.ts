import { fold } from '../shared/decider';
import { clockStatus } from '../service-standards/clock-state';
import { nextCooperationEngagementAlarm } from './cooperation-engagement.deadlines';
import { cooperationEngagementDecider as decider } from './cooperation-engagement.decider';
import type { CooperationEngagementEvent } from './cooperation-engagement.events';
import {
  AT_ACTION_PLAN,
  AT_DELIVERY,
  AT_FOLLOW_UP,
  AWAITING_REVISION,
  AWAITING_V1,
  AWAITING_V2,
  missionHeld,
  missionPlanned,
  opened,
  PLAN,
  PLAN_CLOCK,
  REPORT_CLOCK,
  REVISED_CLOCK,
  REVISED_PLAN,
  SIGNATORY,
} from './cooperation-engagement.fixtures';
import {
  isCooperationEngagementOpen,
  pendingPlan,
  type CooperationEngagement,
  type CooperationEngagementState,
} from './cooperation-engagement.state';

const stateAfter = (events: readonly CooperationEngagementEvent[]) => fold(decider, events) as CooperationEngagement;
const at = (iso: string) => Date.parse(iso);

describe('evolve', () => {
  it('starts with no engagement, closed', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
    expect(isCooperationEngagementOpen(decider.initialState())).toBe(false);
  });

  it.each<[string, readonly CooperationEngagementEvent[], string]>([
    ['opened', [opened], 'needs-assessment'],
    ['assistance agreed', AT_ACTION_PLAN, 'action-plan'],
    ['plan approved', AT_DELIVERY, 'service-delivery'],
    ['delivery complete', AT_FOLLOW_UP, 'follow-up'],
  ])('%s: at stage %s, open', (_, events, status) => {
    const state = stateAfter(events);
    expect(state.status).toBe(status);
    expect(isCooperationEngagementOpen(state)).toBe(true);
  });

  it('closes a declined engagement when the Assembly decided, however late it was recorded', () => {
    const declined: CooperationEngagementEvent = {
      type: 'EngagementDeclined',
      data: {
        reason: 'Outside our sectors.',
        decidedAt: '2026-01-28T15:00:00.000Z',
        recordedBy: 'sjobert',
        recordedAt: '2026-02-02T15:00:00.000Z',
      },
    };
    expect(stateAfter([opened, declined])).toMatchObject({ status: 'declined', closure: { closedAt: '2026-01-28T15:00:00.000Z' } });
  });

  it('keeps the mission plan, then what it found', () => {
    expect(stateAfter([opened, missionPlanned, missionHeld]).mission).toMatchObject({
      startsOn: '2026-02-16',
      held: { heldOn: '2026-02-20', findings: 'Committee clerks ask for drafting training.' },
    });
  });

  it('keeps every plan version with its answer, and which one was approved', () => {
    const state = stateAfter(AT_DELIVERY);
    expect(state.plans.map(({ version, plan, answer }) => [version, plan, answer?.kind])).toEqual([
      [1, PLAN, 'modifications-requested'],
      [2, REVISED_PLAN, 'approved'],
    ]);
    expect(state.plans[0]?.answer).toMatchObject({ signatory: SIGNATORY, text: expect.stringContaining('debate broadcasting') });
    expect(state.approvedVersion).toBe(2);
    expect(pendingPlan(state)).toBeNull();
    expect(pendingPlan(stateAfter(AWAITING_V2))?.version).toBe(2);
  });

  it('restarts the answer clock for each version and stops it at the true answer instant', () => {
    expect(stateAfter(AWAITING_V1).clocks['action-plan-partner-answer']?.plan).toEqual(PLAN_CLOCK);
    expect(stateAfter(AWAITING_REVISION).clocks['action-plan-partner-answer']).toMatchObject({
      stoppedAt: '2026-04-14T13:30:00.000Z',
      outcome: 'met',
    });
    const v2 = stateAfter(AWAITING_V2).clocks['action-plan-partner-answer']!;
    expect([v2.plan, clockStatus(v2)]).toEqual([REVISED_CLOCK, 'running']);
  });

  it('tracks activities: the seminar held, the workshop cancelled', () => {
    expect(stateAfter(AT_FOLLOW_UP).activities.map((a) => [a.activityId, a.status, a.heldOn, a.cancellationReason])).toEqual([
      ['seminar-drafting', 'held', '2026-06-12', null],
      ['workshop-transcription', 'cancelled', null, 'Parliament in extraordinary session.'],
    ]);
  });

  it('cancels running clocks on withdrawal and closes the engagement', () => {
    const withdrawn: CooperationEngagementEvent = {
      type: 'CooperationEngagementWithdrawn',
      data: {
        reason: 'Dissolved.',
        cancelledClocks: ['action-plan-partner-answer'],
        recordedBy: 'sophie',
        recordedAt: '2026-04-01T14:00:00.000Z',
      },
    };
    const state = stateAfter([...AWAITING_V1, withdrawn]);
    expect(state).toMatchObject({ status: 'withdrawn', closure: { reason: 'Dissolved.', closedBy: 'sophie' } });
    expect(clockStatus(state.clocks['action-plan-partner-answer']!)).toBe('cancelled');
    expect(isCooperationEngagementOpen(state)).toBe(false);
  });

  it('is total: events without a case, or of an unknown type, change nothing', () => {
    const none: CooperationEngagementState = { status: 'none' };
    expect(decider.evolve(none, missionHeld)).toBe(none);
    const state = stateAfter([opened]);
    expect(decider.evolve(state, { type: 'EngagementShredded', data: {} } as never)).toBe(state);
  });

  it('does not mutate the previous state', () => {
    const state = stateAfter(AWAITING_V1);
    const snapshot = JSON.stringify(state);
    decider.evolve(state, AWAITING_REVISION[AWAITING_REVISION.length - 1]!);
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});

describe('nextCooperationEngagementAlarm', () => {
  it('is the partner-answer warning, then its breach, while a plan awaits', () => {
    expect(nextCooperationEngagementAlarm(stateAfter(AWAITING_V1), at('2026-03-26T14:00:00Z'))).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: 'action-plan-partner-answer',
      at: PLAN_CLOCK.warnAt,
    });
    expect(nextCooperationEngagementAlarm(stateAfter(AWAITING_V1), at('2026-04-25T14:00:00Z'))).toMatchObject({
      type: 'RecordServiceStandardBreach',
      at: PLAN_CLOCK.dueAt,
    });
  });

  it('is nothing while the Assembly revises the plan or delivers, then the report warning', () => {
    expect(nextCooperationEngagementAlarm(stateAfter(AWAITING_REVISION), at('2026-04-15T14:00:00Z'))).toBeNull();
    expect(nextCooperationEngagementAlarm(stateAfter(AT_DELIVERY), at('2026-06-01T14:00:00Z'))).toBeNull();
    expect(nextCooperationEngagementAlarm(stateAfter(AT_FOLLOW_UP), at('2026-10-20T14:00:00Z'))).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: 'engagement-activity-report',
      at: REPORT_CLOCK.warnAt,
    });
  });

  it('is nothing for a closed engagement', () => {
    const rejected: CooperationEngagementEvent = {
      type: 'ActionPlanRejected',
      data: {
        version: 1,
        signatory: SIGNATORY,
        answeredAt: '2026-04-01T14:00:00.000Z',
        clockOutcome: 'met',
        reason: 'No.',
        recordedBy: 'sjobert',
        recordedAt: '2026-04-01T14:00:00.000Z',
      },
    };
    expect(nextCooperationEngagementAlarm(stateAfter([...AWAITING_V1, rejected]), at('2026-04-02T14:00:00Z'))).toBeNull();
    expect(nextCooperationEngagementAlarm(decider.initialState(), 0)).toBeNull();
  });
});
