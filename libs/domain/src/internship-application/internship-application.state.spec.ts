import { fold } from '../shared/decider';
import { clockStatus } from '../service-standards/clock-state';
import { internshipApplicationDecider as decider } from './internship-application.decider';
import type { InternshipApplicationEvent } from './internship-application.events';
import {
  DECIDED,
  ELIGIBLE,
  FILED,
  filed,
  HELD_AT,
  INTERVIEW_FOR,
  INTERVIEWED,
  notEligible,
  placement,
  REPLIED,
  SCHEDULED,
  selected,
  withdrawn,
} from './internship-application.fixtures';
import { isInternshipApplicationOpen, type InternshipApplication, type InternshipApplicationState } from './internship-application.state';

const stateAfter = (events: InternshipApplicationEvent[]): InternshipApplication => fold(decider, events) as InternshipApplication;
const statuses = (state: InternshipApplication) =>
  Object.fromEntries(Object.entries(state.clocks).map(([id, clock]) => [id, clockStatus(clock)]));

describe('evolve', () => {
  it('starts with no case', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
    expect(isInternshipApplicationOpen(decider.initialState())).toBe(false);
  });

  it.each<[string, InternshipApplicationEvent[], Partial<InternshipApplication>, Record<string, string>, boolean]>([
    ['filed', [filed], { status: 'filed', assignee: null }, { 'internship-eligibility-reply': 'running' }, true],
    ['assigned', FILED, { status: 'filed', assignee: 'olivier' }, { 'internship-eligibility-reply': 'running' }, true],
    [
      'eligible',
      ELIGIBLE,
      { status: 'eligible', eligibility: { decision: 'eligible', sentBy: 'olivier', sentAt: REPLIED } },
      { 'internship-eligibility-reply': 'met' },
      true,
    ],
    ['not eligible', [...FILED, notEligible], { status: 'not-eligible' }, { 'internship-eligibility-reply': 'met' }, false],
    [
      'interview scheduled',
      SCHEDULED,
      { status: 'interview-scheduled', interview: { scheduledFor: INTERVIEW_FOR, format: 'video-conference', heldAt: null } },
      { 'internship-eligibility-reply': 'met' },
      true,
    ],
    [
      'interviewed',
      INTERVIEWED,
      { status: 'interviewed', interview: { scheduledFor: INTERVIEW_FOR, format: 'video-conference', heldAt: HELD_AT } },
      { 'internship-eligibility-reply': 'met', 'internship-interview-reply': 'running' },
      true,
    ],
    [
      'selected',
      [...INTERVIEWED, selected],
      { status: 'selected', finalReply: { decision: 'selected', organization: 'UNESCO', placement, sentBy: 'olivier', sentAt: DECIDED } },
      { 'internship-eligibility-reply': 'met', 'internship-interview-reply': 'met' },
      false,
    ],
    [
      'withdrawn while interviewed',
      [...INTERVIEWED, withdrawn(['internship-interview-reply'], DECIDED)],
      { status: 'withdrawn', withdrawal: { reason: null, withdrawnAt: DECIDED } },
      { 'internship-eligibility-reply': 'met', 'internship-interview-reply': 'cancelled' },
      false,
    ],
  ])('%s', (_, events, expected, clocks, open) => {
    const state = stateAfter(events);
    expect(state).toMatchObject(expected);
    expect(statuses(state)).toEqual(clocks);
    expect(isInternshipApplicationOpen(state)).toBe(open);
  });

  it('stops a clock at the reply, with the outcome the event records', () => {
    const late: InternshipApplicationEvent = {
      ...selected,
      data: { ...selected.data, clockOutcome: 'late' },
    } as InternshipApplicationEvent;
    expect(stateAfter([...INTERVIEWED, late]).clocks['internship-interview-reply']).toMatchObject({ stoppedAt: DECIDED, outcome: 'late' });
  });

  it('a final reply without an interview stops no clock', () => {
    const noInterview = {
      ...selected,
      data: { decision: 'not-selected', reason: 'No need this year.', sentBy: 'olivier', sentAt: DECIDED, clockOutcome: null },
    } as InternshipApplicationEvent;
    const state = stateAfter([...ELIGIBLE, noInterview]);
    expect(state.status).toBe('not-selected');
    expect(Object.keys(state.clocks)).toEqual(['internship-eligibility-reply']);
  });

  it('is total: events without a case, or of an unknown type, change nothing', () => {
    const none: InternshipApplicationState = { status: 'none' };
    expect(decider.evolve(none, selected)).toBe(none);
    const state = stateAfter([filed]);
    expect(decider.evolve(state, { type: 'InternshipApplicationShredded', data: {} } as never)).toBe(state);
  });

  it('does not mutate the previous state', () => {
    const state = stateAfter(ELIGIBLE);
    const snapshot = JSON.stringify(state);
    decider.evolve(state, withdrawn(['internship-eligibility-reply']));
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});
