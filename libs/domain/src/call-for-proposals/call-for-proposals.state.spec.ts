import { fold } from '../shared/decider';
import { clockStatus } from '../service-standards/clock-state';
import { callForProposalsDecider as decider } from './call-for-proposals.decider';
import type { CallForProposalsEvent } from './call-for-proposals.events';
import {
  CLOSED,
  closedWithoutProposals,
  CLOSES_AT,
  conflict,
  DECIDED,
  decided,
  DECLARED,
  EVALUATED,
  OPEN,
  oxfamNotified,
  published,
  SELECTION_CLOCK,
} from './call-for-proposals.fixtures';
import { isCallForProposalsOpen, type CallForProposals, type CallForProposalsState } from './call-for-proposals.state';

const stateAfter = (events: CallForProposalsEvent[]) => fold(decider, events) as CallForProposals;
const completed: CallForProposalsEvent = {
  type: 'AllOrganizationsNotified',
  data: { organizationCount: 2, completedAt: '2026-07-16T14:00:00.000Z', clockOutcome: 'late' },
};

describe('evolve', () => {
  it('starts with no call', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
    expect(isCallForProposalsOpen(decider.initialState())).toBe(false);
  });

  it('an open call gathers proposals in the order recorded, without a clock', () => {
    const state = stateAfter(OPEN);
    expect(state).toMatchObject({ status: 'open', programme: 'humanitarian-action', closesAt: CLOSES_AT, closedAt: null, clocks: {} });
    expect(state.proposals.map((p) => [p.proposalId, p.organization.id])).toEqual([
      ['p-001', 'oxfam-quebec'],
      ['p-002', 'ceci'],
      ['p-003', 'ceci'],
    ]);
    expect(isCallForProposalsOpen(state)).toBe(true);
  });

  it('an extension moves the closing instant', () => {
    const extended: CallForProposalsEvent = {
      type: 'CallForProposalsExtended',
      data: { previousClosesAt: CLOSES_AT, closesAt: '2026-05-29T21:00:00.000Z', reason: 'r', extendedBy: 'adele', extendedAt: CLOSES_AT },
    };
    expect(stateAfter([...OPEN, extended]).closesAt).toBe('2026-05-29T21:00:00.000Z');
  });

  it('closing starts the selection clock', () => {
    const state = stateAfter(CLOSED);
    expect(state).toMatchObject({ status: 'evaluating', closedAt: CLOSES_AT });
    expect(clockStatus(state.clocks['call-for-proposals-selection']!)).toBe('running');
  });

  it('a call closed without proposals ends there', () => {
    const state = stateAfter([published, closedWithoutProposals]);
    expect(state).toMatchObject({ status: 'closed-without-proposals', clocks: {} });
    expect(isCallForProposalsOpen(state)).toBe(false);
  });

  it('keeps each evaluator’s declaration and scores; a conflict records its nature', () => {
    const state = stateAfter([...EVALUATED, conflict('p-003', 'odile', true)]);
    const [p1, , p3] = state.proposals;
    expect(p1!.evaluations.map((e) => [e.evaluatorId, e.declaration, e.scoredAt])).toEqual([
      ['olivier', 'none', '2026-06-10T14:00:00.000Z'],
      ['odile', 'none', '2026-06-10T14:00:00.000Z'],
    ]);
    expect(p1!.evaluations[0]!.declaredAt).toBe('2026-05-20T13:00:00.000Z');
    expect(p3!.evaluations[1]).toMatchObject({
      declaration: 'conflict',
      conflictNature: 'Sits on the board of the organization',
      declaredAt: '2026-06-01T14:00:00.000Z',
    });
    expect(p3!.evaluations[1]!.scores).not.toBeNull(); // kept for the auditors, no longer counted
  });

  it('the decision, then the notifications, then completion stopping the clock', () => {
    expect(stateAfter(DECIDED)).toMatchObject({ status: 'decided', decision: decided.data });
    expect(stateAfter([...DECIDED, oxfamNotified]).notified).toEqual(['oxfam-quebec']);
    const state = stateAfter([...DECIDED, oxfamNotified, completed]);
    expect(state.status).toBe('completed');
    expect(state.clocks['call-for-proposals-selection']).toMatchObject({ stoppedAt: '2026-07-16T14:00:00.000Z', outcome: 'late' });
    expect(isCallForProposalsOpen(state)).toBe(false);
  });

  it('clock events mark the selection clock', () => {
    const warned: CallForProposalsEvent = {
      type: 'ServiceStandardWarning',
      data: {
        standardId: 'call-for-proposals-selection',
        standardVersion: 1,
        dueAt: SELECTION_CLOCK.dueAt,
        warnedAt: SELECTION_CLOCK.warnAt,
        notify: { role: 'supervisor', officerId: null },
      },
    };
    expect(clockStatus(stateAfter([...CLOSED, warned]).clocks['call-for-proposals-selection']!)).toBe('warned');
  });

  it('is total: events without a call, for unknown proposals, or of an unknown type change nothing', () => {
    const none: CallForProposalsState = { status: 'none' };
    expect(decider.evolve(none, oxfamNotified)).toBe(none);
    const state = stateAfter(DECLARED);
    expect(decider.evolve(state, conflict('p-999', 'olivier'))).toEqual(state);
    expect(decider.evolve(state, conflict('p-001', 'oscar'))).toEqual(state);
    expect(decider.evolve(state, { type: 'CallForProposalsShredded', data: {} } as never)).toBe(state);
  });

  it('does not mutate the previous state', () => {
    const state = stateAfter(DECLARED);
    const snapshot = JSON.stringify(state);
    decider.evolve(state, conflict('p-001', 'odile'));
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});
