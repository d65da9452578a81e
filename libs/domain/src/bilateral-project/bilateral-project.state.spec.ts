import { fold } from '../shared/decider';
import { clockStatus } from '../service-standards/clock-state';
import { bilateralProjectDecider as decider } from './bilateral-project.decider';
import type { BilateralProjectEvent } from './bilateral-project.events';
import {
  abandoned,
  accepted,
  assigned,
  breached,
  CLOCK,
  deployed,
  DEPLOYED_AT,
  END_RECORDED,
  ENDED_AT,
  NEGOTIATING,
  NOTIFIED_AT,
  refused,
  round1,
  ROUND_AT,
  STARTED_AT,
  SUBMITTED,
  submitted,
  SUPPORT_AT,
  supported,
  SUPPORTING,
  UNDER_ANALYSIS,
  warned,
  withdrawn,
} from './bilateral-project.fixtures';
import { ANALYSIS_RESULT_STANDARD_ID } from './bilateral-project.standards';
import { isBilateralProjectOpen, type BilateralProject } from './bilateral-project.state';

const stateAfter = (events: BilateralProjectEvent[]): BilateralProject => fold(decider, events) as BilateralProject;
const clockOf = (events: BilateralProjectEvent[]) => stateAfter(events).clocks[ANALYSIS_RESULT_STANDARD_ID];

describe('evolveBilateralProject', () => {
  it('starts with no case, which is not open', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
    expect(isBilateralProjectOpen(decider.initialState())).toBe(false);
  });

  it('opens a submitted project with no clock and nobody assigned', () => {
    expect(stateAfter([submitted])).toMatchObject({
      status: 'submitted',
      caseId: 'bcp-2026-004',
      agreement: { partnerGovernment: 'Free State of Bavaria' },
      assignee: null,
      negotiations: null,
      clocks: {},
    });
    expect(stateAfter(SUBMITTED).assignee).toBe('olivier');
  });

  it('keeps the negotiations and their rounds, then starts the clock at their end', () => {
    expect(stateAfter([...NEGOTIATING, round1]).negotiations).toEqual({
      startedAt: STARTED_AT,
      rounds: [{ round: 1, heldAt: ROUND_AT, notes: round1.data.notes }],
      endedAt: null,
    });
    const state = stateAfter(UNDER_ANALYSIS);
    expect(state.status).toBe('under-analysis');
    expect(state.negotiations?.endedAt).toBe(ENDED_AT);
    expect(state.clocks[ANALYSIS_RESULT_STANDARD_ID]?.plan).toEqual(CLOCK);
    expect(isBilateralProjectOpen(state)).toBe(true);
  });

  it('tracks the warning and the breach on the clock', () => {
    expect(clockStatus(clockOf([...UNDER_ANALYSIS, warned])!)).toBe('warned');
    expect(clockStatus(clockOf([...UNDER_ANALYSIS, warned, breached])!)).toBe('breached');
  });

  it('an acceptance stops the clock and opens deployment support; support actions and deployment are kept', () => {
    expect(stateAfter(SUPPORTING)).toMatchObject({
      status: 'supporting-deployment',
      analysis: { result: 'accepted', notifiedAt: NOTIFIED_AT },
    });
    expect(clockOf(SUPPORTING)).toMatchObject({ stoppedAt: NOTIFIED_AT, outcome: 'met' });
    const state = stateAfter([...SUPPORTING, supported, deployed]);
    expect(state.supportActions).toEqual([{ action: 1, description: supported.data.description, providedAt: SUPPORT_AT }]);
    expect(state).toMatchObject({ status: 'deployed', deployment: { deployedAt: DEPLOYED_AT } });
    expect(isBilateralProjectOpen(state)).toBe(false);
  });

  it('a refusal closes the case; the clock keeps its outcome', () => {
    const state = stateAfter([...UNDER_ANALYSIS, refused]);
    expect(state).toMatchObject({
      status: 'refused',
      analysis: { result: 'refused', reasons: ['Outside the priority areas of the agreement'] },
    });
    expect(isBilateralProjectOpen(state)).toBe(false);
  });

  it('a withdrawal under analysis cancels the clock; abandoned negotiations close with their reason', () => {
    const state = stateAfter([...UNDER_ANALYSIS, withdrawn([ANALYSIS_RESULT_STANDARD_ID])]);
    expect(state.closure).toEqual({
      status: 'withdrawn',
      reason: 'The cégep lost its forestry programme funding.',
      closedAt: END_RECORDED,
    });
    expect(clockStatus(state.clocks[ANALYSIS_RESULT_STANDARD_ID]!)).toBe('cancelled');
    expect(stateAfter([...NEGOTIATING, abandoned])).toMatchObject({ status: 'abandoned', closure: { status: 'abandoned' } });
  });

  it('is total: events before the case exists, or rounds before negotiations, change nothing', () => {
    expect(fold(decider, [assigned(), round1, warned, accepted])).toEqual({ status: 'none' });
    expect(stateAfter([submitted, round1]).negotiations).toBeNull();
    const unknown = { type: 'BilateralProjectArchived', data: {} } as unknown as BilateralProjectEvent;
    expect(decider.evolve(stateAfter(SUBMITTED), unknown)).toEqual(stateAfter(SUBMITTED));
  });
});
