import { fold } from '../shared/decider';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { clockStatus } from '../service-standards/clock-state';
import { EMAIL_INFORMATION_REQUEST_STANDARD } from './email-request.standards';
import { emailRequestDecider as decider } from './email-request.decider';
import type { EmailRequestEvent } from './email-request.events';
import { isEmailRequestOpen, type EmailRequest, type EmailRequestState } from './email-request.state';

const clock = planClock(EMAIL_INFORMATION_REQUEST_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, '2026-11-23T15:00:00Z');
const { dueAt } = clock;
const standard = { standardId: clock.standardId, standardVersion: clock.standardVersion, dueAt };

const received: EmailRequestEvent = {
  type: 'EmailRequestReceived',
  data: {
    caseId: 'case-1',
    sender: { name: null, email: 'marie@example.org' },
    subject: 'Internships',
    body: 'Hello',
    replyLanguage: 'en',
    receivedAt: clock.startedAt,
    clock,
  },
};
const assigned: EmailRequestEvent = { type: 'EmailRequestAssigned', data: { officerId: 'olivier' } };
const reassigned: EmailRequestEvent = {
  type: 'EmailRequestReassigned',
  data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason: null },
};
const warned: EmailRequestEvent = {
  type: 'ServiceStandardWarning',
  data: { ...standard, warnedAt: clock.warnAt, notify: { role: 'case-officer', officerId: 'olivier' } },
};
const breached: EmailRequestEvent = {
  type: 'ServiceStandardBreached',
  data: { ...standard, breachedAt: dueAt, escalatedTo: 'supervisor' },
};
const answeredLate: EmailRequestEvent = {
  type: 'EmailRequestAnswered',
  data: {
    answer: 'Here.',
    answeredBy: 'odile',
    answeredAt: '2026-11-30T15:00:00.000Z',
    recordedAt: '2026-11-30T15:00:00.000Z',
    clockOutcome: 'late',
  },
};
const closed: EmailRequestEvent = {
  type: 'EmailRequestClosedWithoutAnswer',
  data: { reason: 'withdrawn', explanation: 'Withdrawn.', duplicateOf: null, closedAt: '2026-11-24T15:00:00.000Z' },
};

const stateAfter = (events: EmailRequestEvent[]): EmailRequest => fold(decider, events) as EmailRequest;

describe('evolve', () => {
  it('starts with no case', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
    expect(isEmailRequestOpen(decider.initialState())).toBe(false);
  });

  it('opens a case with a running clock, to be answered in the requester’s language', () => {
    const state = stateAfter([received]);
    expect(state).toMatchObject({
      status: 'received',
      caseId: 'case-1',
      replyLanguage: 'en',
      assignee: null,
      answeredAt: null,
      closure: null,
    });
    expect(clockStatus(state.clock)).toBe('running');
    expect(isEmailRequestOpen(state)).toBe(true);
  });

  it.each<[string, EmailRequestEvent[], Partial<EmailRequest>, string, boolean]>([
    ['assigned', [received, assigned], { status: 'assigned', assignee: 'olivier' }, 'running', true],
    ['reassigned', [received, assigned, reassigned], { status: 'assigned', assignee: 'odile' }, 'running', true],
    ['warned', [received, assigned, warned], { status: 'assigned' }, 'warned', true],
    ['breached', [received, assigned, warned, breached], { status: 'assigned' }, 'breached', true],
    ['answered late', [received, assigned, warned, breached, answeredLate], { status: 'answered' }, 'late', false],
    ['closed without answer', [received, closed], { status: 'closed', closure: closed.data }, 'cancelled', false],
  ])('%s', (_, events, expected, status, open) => {
    const state = stateAfter(events);
    expect(state).toMatchObject(expected);
    expect(clockStatus(state.clock)).toBe(status);
    expect(isEmailRequestOpen(state)).toBe(open);
  });

  it('stops the clock at the answer', () => {
    expect(stateAfter([received, assigned, answeredLate]).clock).toMatchObject({
      stoppedAt: '2026-11-30T15:00:00.000Z',
      outcome: 'late',
    });
  });

  it('is total: events without a case, or of an unknown type, change nothing', () => {
    const none: EmailRequestState = { status: 'none' };
    expect(decider.evolve(none, assigned)).toBe(none);
    const state = stateAfter([received]);
    expect(decider.evolve(state, { type: 'EmailRequestShredded', data: {} } as never)).toBe(state);
  });

  it('does not mutate the previous state', () => {
    const state = stateAfter([received]);
    const snapshot = JSON.stringify(state);
    decider.evolve(state, assigned);
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});
