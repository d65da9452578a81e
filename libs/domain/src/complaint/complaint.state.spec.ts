import { fold } from '../shared/decider';
import { clockStatus, startedClock } from '../service-standards/clock-state';
import { complaintDecider as decider } from './complaint.decider';
import type { ComplaintEvent } from './complaint.events';
import { AFTER_DUE, answered, ASSIGNED, CLOCK, closed, findingsRecorded, received } from './complaint.fixtures';
import { isComplaintOpen, type Complaint, type ComplaintState } from './complaint.state';

const standard = { standardId: 'complaint', standardVersion: 1, dueAt: CLOCK.dueAt };
const reassigned: ComplaintEvent = {
  type: 'ComplaintReassigned',
  data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason: null, assignedBy: 'genevieve', assignedAt: CLOCK.startedAt },
};
const warned: ComplaintEvent = {
  type: 'ServiceStandardWarning',
  data: { ...standard, warnedAt: CLOCK.warnAt, notify: { role: 'case-officer', officerId: 'odile' } },
};
const breached: ComplaintEvent = {
  type: 'ServiceStandardBreached',
  data: { ...standard, breachedAt: CLOCK.dueAt, escalatedTo: 'secretary-general' },
};
const answeredLate: ComplaintEvent = {
  type: 'ComplaintAnswered',
  data: { answer: 'Our apologies.', answeredBy: 'odile', answeredAt: AFTER_DUE, recordedAt: AFTER_DUE, clockOutcome: 'late' },
};

const stateAfter = (events: ComplaintEvent[]): Complaint => fold(decider, events) as Complaint;
const clockOf = (state: Complaint) => startedClock(state.clocks, 'complaint');

describe('evolveComplaint', () => {
  it('starts with no case', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
    expect(isComplaintOpen(decider.initialState())).toBe(false);
  });

  it('opens a complaint with its clock running, keyed by standard id', () => {
    const state = stateAfter([received]);
    expect(state).toMatchObject({ status: 'received', caseId: 'complaint-2026-008', channel: 'letter', assignee: null, findings: null });
    expect(Object.keys(state.clocks)).toEqual(['complaint']);
    expect(clockStatus(clockOf(state))).toBe('running');
    expect(isComplaintOpen(state)).toBe(true);
  });

  it.each<[string, ComplaintEvent[], Partial<Complaint>, string, boolean]>([
    ['assigned', ASSIGNED, { status: 'assigned', assignee: 'olivier' }, 'running', true],
    ['reassigned', [...ASSIGNED, reassigned], { status: 'assigned', assignee: 'odile' }, 'running', true],
    ['with findings', [...ASSIGNED, findingsRecorded], { findings: findingsRecorded.data }, 'running', true],
    ['warned', [...ASSIGNED, warned], { status: 'assigned' }, 'warned', true],
    ['breached', [...ASSIGNED, warned, breached], { status: 'assigned' }, 'breached', true],
    [
      'answered in time',
      [...ASSIGNED, answered],
      { status: 'answered', answer: { answeredBy: 'olivier', answeredAt: answered.data.answeredAt } },
      'met',
      false,
    ],
    ['answered late', [...ASSIGNED, warned, breached, answeredLate], { status: 'answered' }, 'late', false],
    ['closed without answer', [received, closed], { status: 'closed', closure: closed.data }, 'cancelled', false],
  ])('%s', (_, events, expected, status, open) => {
    const state = stateAfter(events);
    expect(state).toMatchObject(expected);
    expect(clockStatus(clockOf(state))).toBe(status);
    expect(isComplaintOpen(state)).toBe(open);
  });

  it('stops the clock at the answer', () => {
    expect(clockOf(stateAfter([...ASSIGNED, answeredLate]))).toMatchObject({ stoppedAt: AFTER_DUE, outcome: 'late' });
  });

  it('is total: events without a case, or of an unknown type, change nothing', () => {
    const none: ComplaintState = { status: 'none' };
    expect(decider.evolve(none, answered)).toBe(none);
    const state = stateAfter([received]);
    expect(decider.evolve(state, { type: 'ComplaintShredded', data: {} } as never)).toBe(state);
  });

  it('does not mutate the previous state', () => {
    const state = stateAfter([received]);
    const snapshot = JSON.stringify(state);
    decider.evolve(state, answered);
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});
