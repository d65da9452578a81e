import { fold } from '../shared/decider';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { standardInForce } from '../service-standards/service-standard';
import { callForProposalsDecider as decider } from './call-for-proposals.decider';
import { nextCallForProposalsAlarm } from './call-for-proposals.deadlines';
import type { CallForProposalsEvent } from './call-for-proposals.events';
import {
  CLOSED,
  closedWithoutProposals,
  CLOSES_AT,
  DECIDED,
  OPEN,
  oxfamNotified,
  published,
  SELECTION_CLOCK,
} from './call-for-proposals.fixtures';
import { CALL_FOR_PROPOSALS_SELECTION_STANDARD, CALL_FOR_PROPOSALS_STANDARDS } from './call-for-proposals.standards';

const alarmAfter = (events: CallForProposalsEvent[], now: string) => nextCallForProposalsAlarm(fold(decider, events), Date.parse(now));
const standard = { standardId: 'call-for-proposals-selection', standardVersion: 1, dueAt: SELECTION_CLOCK.dueAt };
const warned: CallForProposalsEvent = {
  type: 'ServiceStandardWarning',
  data: { ...standard, warnedAt: SELECTION_CLOCK.warnAt, notify: { role: 'supervisor', officerId: null } },
};
const breached: CallForProposalsEvent = {
  type: 'ServiceStandardBreached',
  data: { ...standard, breachedAt: SELECTION_CLOCK.dueAt, escalatedTo: 'director' },
};

describe('the selection standard', () => {
  it('is a configurable target of 40 working days, escalated to the director', () => {
    expect(CALL_FOR_PROPOSALS_SELECTION_STANDARD).toMatchObject({
      id: 'call-for-proposals-selection',
      version: 1,
      workingDays: 40,
      warning: { workingDaysBeforeDue: 5 },
      escalation: { onBreach: 'director' },
      clock: { startsOn: 'CallForProposalsClosed', stopsOn: ['AllOrganizationsNotified'] },
    });
    expect(CALL_FOR_PROPOSALS_SELECTION_STANDARD.source).toMatch(/configurable target/);
    expect(standardInForce(CALL_FOR_PROPOSALS_STANDARDS, 'call-for-proposals-selection', CLOSES_AT)).toBe(
      CALL_FOR_PROPOSALS_SELECTION_STANDARD,
    );
  });

  it('closing Friday 15 May 2026 at 17:00: due Wednesday 15 July, skipping Patriots’ Day, 24 June and 1 July', () => {
    expect(SELECTION_CLOCK).toMatchObject({
      startedAt: CLOSES_AT,
      warnAt: '2026-07-08T21:00:00.000Z', // five working days earlier, 17:00 Eastern
      dueAt: '2026-07-15T21:00:00.000Z',
      escalateTo: 'director',
    });
    // Without those three holidays it would fall three working days earlier.
    const noHolidays = { ...QC_PUBLIC_SERVICE_CALENDAR, rules: [] };
    expect(planClock(CALL_FOR_PROPOSALS_SELECTION_STANDARD, noHolidays, CLOSES_AT).dueAt).toBe('2026-07-10T21:00:00.000Z');
  });
});

describe('nextCallForProposalsAlarm', () => {
  it('wakes the workflow for the closing while the call is open, even past the instant', () => {
    expect(alarmAfter(OPEN, '2026-04-02T12:00:00Z')).toEqual({ type: 'CloseCallForProposals', at: CLOSES_AT });
    expect(alarmAfter([published], '2026-05-16T12:00:00Z')).toEqual({ type: 'CloseCallForProposals', at: CLOSES_AT });
  });

  it('follows an extension', () => {
    const extended: CallForProposalsEvent = {
      type: 'CallForProposalsExtended',
      data: {
        previousClosesAt: CLOSES_AT,
        closesAt: '2026-05-29T21:00:00.000Z',
        reason: 'r',
        extendedBy: 'adele',
        extendedAt: '2026-05-14T13:00:00.000Z',
      },
    };
    expect(alarmAfter([...OPEN, extended], '2026-05-14T13:00:00Z')).toEqual({
      type: 'CloseCallForProposals',
      at: '2026-05-29T21:00:00.000Z',
    });
  });

  it('then the selection clock: the warning, then the breach', () => {
    expect(alarmAfter(CLOSED, CLOSES_AT)).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: 'call-for-proposals-selection',
      at: SELECTION_CLOCK.warnAt,
    });
    const breach = { type: 'RecordServiceStandardBreach', standardId: 'call-for-proposals-selection', at: SELECTION_CLOCK.dueAt };
    expect(alarmAfter([...DECIDED, warned], SELECTION_CLOCK.warnAt)).toEqual(breach);
    // A worker down past the due instant skips the warning it can no longer give.
    expect(alarmAfter(CLOSED, '2026-07-16T12:00:00Z')).toEqual(breach);
  });

  it('the escalation once breached, nothing once completed or closed without proposals', () => {
    expect(alarmAfter([...CLOSED, warned, breached], SELECTION_CLOCK.dueAt)).toMatchObject({ type: 'EscalateServiceStandardBreach' });
    const completed: CallForProposalsEvent = {
      type: 'AllOrganizationsNotified',
      data: { organizationCount: 2, completedAt: '2026-07-02T14:00:00.000Z', clockOutcome: 'met' },
    };
    expect(alarmAfter([...DECIDED, oxfamNotified, completed], '2026-07-02T14:00:00Z')).toBeNull();
    expect(alarmAfter([published, closedWithoutProposals], CLOSES_AT)).toBeNull();
    expect(alarmAfter([], CLOSES_AT)).toBeNull();
  });
});
