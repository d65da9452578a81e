import { fold } from '../shared/decider';
import { premierMissionDecider as decider } from './premier-mission.decider';
import type { PremierMissionEvent } from './premier-mission.events';
import {
  answered,
  CGI,
  closedRegistration,
  EVALUATING,
  EVALUATION,
  LAVAL,
  planned,
  REGISTERING,
  STARTS_AT,
  UNDER_WAY,
} from './premier-mission.fixtures';
import {
  isPremierMissionBeforeStart,
  isPremierMissionEvaluating,
  isPremierMissionOpen,
  type PremierMission,
  type PremierMissionState,
} from './premier-mission.state';

const stateAfter = (events: PremierMissionEvent[]): PremierMission => fold(decider, events) as PremierMission;
const laval = answered('p-laval', { briefing: 5 }, 'Merci!');
const compiled: PremierMissionEvent = {
  type: 'MissionEvaluationsCompiled',
  data: {
    invited: 2,
    answered: 1,
    responseRate: 0.5,
    aspects: [{ aspect: 'briefing', responses: 1, average: 5 }],
    comments: ['Merci!'],
    compiledAt: EVALUATION.closesAt,
  },
};

describe('evolvePremierMission', () => {
  it('starts with no case', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
    expect(isPremierMissionOpen(decider.initialState())).toBe(false);
  });

  it('plans a mission open for registration, participants in registration order', () => {
    const state = stateAfter(REGISTERING);
    expect(state).toMatchObject({
      status: 'registration-open',
      caseId: 'mission-2026-paris',
      officerId: 'olivier',
      startsAt: STARTS_AT,
      evaluation: null,
    });
    expect(state.participants.map((p) => p.name)).toEqual([LAVAL.name, CGI.name]);
    expect(isPremierMissionBeforeStart(state)).toBe(true);
  });

  it.each<[string, PremierMissionEvent[], string, boolean, boolean]>([
    ['registration closed', [...REGISTERING, closedRegistration], 'registration-closed', true, true],
    ['under way', UNDER_WAY, 'in-progress', true, false],
    ['evaluating', EVALUATING, 'evaluating', true, false],
    ['compiled', [...EVALUATING, laval, compiled], 'compiled', false, false],
    [
      'cancelled',
      [planned, { type: 'PremierMissionCancelled', data: { reason: 'Postponed.', cancelledAt: STARTS_AT, cancelledBy: 'sophie' } }],
      'cancelled',
      false,
      true,
    ],
  ])('%s', (_, events, status, open, beforeStart) => {
    const state = stateAfter(events);
    expect(state.status).toBe(status);
    expect(isPremierMissionOpen(state)).toBe(open);
    expect(isPremierMissionBeforeStart(state)).toBe(beforeStart && open);
  });

  it('sends, reminds, records answers and keeps the compilation', () => {
    const state = stateAfter([...EVALUATING, laval, compiled]);
    expect(state.evaluation).toMatchObject({ plan: EVALUATION, sentTo: ['p-laval', 'p-cgi'], reminded: false });
    expect(state.evaluation?.answers['p-laval']).toEqual({
      ratings: { briefing: 5 },
      comment: 'Merci!',
      answeredAt: laval.data.answeredAt,
    });
    expect(state.evaluation?.compilation).toMatchObject({ responseRate: 0.5, compiledAt: EVALUATION.closesAt });
    expect(isPremierMissionEvaluating(stateAfter(EVALUATING))).toBe(true);
  });

  it('reassignment changes the officer in charge', () => {
    const reassigned: PremierMissionEvent = {
      type: 'PremierMissionReassigned',
      data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason: null },
    };
    expect(stateAfter([...REGISTERING, reassigned]).officerId).toBe('odile');
  });

  it('is total: events without a case, evaluation events before the end, unknown types change nothing', () => {
    const none: PremierMissionState = { status: 'none' };
    expect(decider.evolve(none, closedRegistration)).toBe(none);
    const state = stateAfter(UNDER_WAY);
    expect(decider.evolve(state, laval)).toBe(state);
    expect(decider.evolve(state, { type: 'PremierMissionShredded', data: {} } as never)).toBe(state);
  });

  it('does not mutate the previous state', () => {
    const state = stateAfter(EVALUATING);
    const snapshot = JSON.stringify(state);
    decider.evolve(state, laval);
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});
