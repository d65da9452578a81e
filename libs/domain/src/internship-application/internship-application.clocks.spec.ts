import type { Actor } from '../shared/command';
import { fold } from '../shared/decider';
import { CommandRefused, ForbiddenCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { ClockCommand } from '../service-standards/clock.commands';
import type { ClockPlan } from '../service-standards/clock-plan';
import { internshipApplicationDecider as decider } from './internship-application.decider';
import { nextInternshipApplicationAlarm } from './internship-application.deadlines';
import type { InternshipApplicationEvent } from './internship-application.events';
import {
  auditor,
  command,
  ELIGIBILITY_CLOCK,
  ELIGIBLE,
  eligible,
  FILED,
  filed,
  INTERVIEW_CLOCK,
  INTERVIEWED,
  notEligible,
  SCHEDULED,
  selected,
  supervisor,
  system,
  withdrawn,
} from './internship-application.fixtures';

const spec = DeciderSpecification.for(decider);
const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);

const timer = (type: ClockCommand['type'], clock: ClockPlan, now: string, actor: Actor = system) =>
  command<ClockCommand>(type, { standardId: clock.standardId }, actor, now);
const warn = (clock: ClockPlan, now = clock.warnAt, actor?: Actor) => timer('RaiseServiceStandardWarning', clock, now, actor);
const breach = (clock: ClockPlan, now = clock.dueAt, actor?: Actor) => timer('RecordServiceStandardBreach', clock, now, actor);

const warning = (clock: ClockPlan, officerId: string | null): InternshipApplicationEvent => ({
  type: 'ServiceStandardWarning',
  data: {
    standardId: clock.standardId,
    standardVersion: 1,
    dueAt: clock.dueAt,
    warnedAt: clock.warnAt,
    notify: officerId === null ? { role: 'supervisor', officerId: null } : { role: 'case-officer', officerId },
  },
});
const breached = (clock: ClockPlan, breachedAt = clock.dueAt): InternshipApplicationEvent => ({
  type: 'ServiceStandardBreached',
  data: { standardId: clock.standardId, standardVersion: 1, dueAt: clock.dueAt, breachedAt, escalatedTo: 'supervisor' },
});

describe('the eligibility-reply clock', () => {
  it('warns the assignee on Thursday 25 June, or the supervisors when nobody is assigned', () => {
    spec
      .given(FILED)
      .when(warn(ELIGIBILITY_CLOCK))
      .then([warning(ELIGIBILITY_CLOCK, 'olivier')]);
    spec
      .given([filed])
      .when(warn(ELIGIBILITY_CLOCK))
      .then([warning(ELIGIBILITY_CLOCK, null)]);
  });

  it('is breached on Friday 26 June at 17:00, escalated to a supervisor', () => {
    spec
      .given([...FILED, warning(ELIGIBILITY_CLOCK, 'olivier')])
      .when(breach(ELIGIBILITY_CLOCK))
      .then([breached(ELIGIBILITY_CLOCK)]);
  });

  it.each<[string, InternshipApplicationEvent[], ClockCommand]>([
    ['a warning before warnAt', FILED, warn(ELIGIBILITY_CLOCK, '2026-06-25T20:59:59.999Z')],
    ['a breach before dueAt', FILED, breach(ELIGIBILITY_CLOCK, '2026-06-26T20:59:59.999Z')],
    ['a second warning', [...FILED, warning(ELIGIBILITY_CLOCK, 'olivier')], warn(ELIGIBILITY_CLOCK)],
    ['a warning after the reply', [...FILED, eligible], warn(ELIGIBILITY_CLOCK)],
    ['a breach after a not-eligible reply', [...FILED, notEligible], breach(ELIGIBILITY_CLOCK)],
    ['a breach after withdrawal', [...FILED, withdrawn(['internship-eligibility-reply'])], breach(ELIGIBILITY_CLOCK)],
    ['a second breach', [...FILED, breached(ELIGIBILITY_CLOCK)], breach(ELIGIBILITY_CLOCK, '2026-06-29T13:00:00.000Z')],
  ])('refuses %s', (_, events, timerCommand) => {
    spec.given(events).when(timerCommand).thenThrows(CommandRefused);
  });
});

describe('the interview-reply clock', () => {
  it('does not run before the interview', () => {
    spec
      .given(SCHEDULED)
      .when(warn(INTERVIEW_CLOCK))
      .thenThrows(CommandRefused, saying(/no internship-interview-reply clock/));
  });

  it('warns the assignee on Friday 10 July, two working days before', () => {
    spec
      .given(INTERVIEWED)
      .when(warn(INTERVIEW_CLOCK))
      .then([warning(INTERVIEW_CLOCK, 'olivier')]);
  });

  it('is breached on Tuesday 14 July at 17:00, even when the warning was missed', () => {
    spec
      .given(INTERVIEWED)
      .when(breach(INTERVIEW_CLOCK))
      .then([breached(INTERVIEW_CLOCK)]);
  });

  it('is refused once the final reply is sent, or the candidate withdrew', () => {
    spec
      .given([...INTERVIEWED, selected])
      .when(breach(INTERVIEW_CLOCK))
      .thenThrows(CommandRefused);
    spec
      .given([...INTERVIEWED, withdrawn(['internship-interview-reply'])])
      .when(warn(INTERVIEW_CLOCK))
      .thenThrows(CommandRefused);
  });

  it('is refused without a case', () => {
    spec
      .given([])
      .when(warn(INTERVIEW_CLOCK))
      .thenThrows(CommandRefused, saying(/no internship application/));
  });
});

describe('timer commands', () => {
  it.each([supervisor, auditor])('are forbidden to $role: timers only', (actor) => {
    spec
      .given(FILED)
      .when(warn(ELIGIBILITY_CLOCK, ELIGIBILITY_CLOCK.warnAt, actor))
      .thenThrows(ForbiddenCommand);
    spec
      .given(INTERVIEWED)
      .when(breach(INTERVIEW_CLOCK, INTERVIEW_CLOCK.dueAt, actor))
      .thenThrows(ForbiddenCommand);
  });
});

describe('nextInternshipApplicationAlarm', () => {
  const alarm = (events: InternshipApplicationEvent[], now: string) =>
    nextInternshipApplicationAlarm(fold(decider, events), Date.parse(now));

  it('is nothing before filing', () => {
    expect(alarm([], '2026-06-18T14:00:00Z')).toBeNull();
  });

  it('is the eligibility warning, then its breach', () => {
    expect(alarm(FILED, '2026-06-19T13:00:00Z')).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: 'internship-eligibility-reply',
      at: ELIGIBILITY_CLOCK.warnAt,
    });
    expect(alarm([...FILED, warning(ELIGIBILITY_CLOCK, 'olivier')], ELIGIBILITY_CLOCK.warnAt)).toEqual({
      type: 'RecordServiceStandardBreach',
      standardId: 'internship-eligibility-reply',
      at: ELIGIBILITY_CLOCK.dueAt,
    });
  });

  it('is nothing between the eligibility reply and the interview', () => {
    expect(alarm(ELIGIBLE, '2026-06-23T13:00:00Z')).toBeNull();
    expect(alarm(SCHEDULED, '2026-06-23T13:00:00Z')).toBeNull();
  });

  it('is the interview clock once interviewed; only the breach if recorded after the due instant', () => {
    expect(alarm(INTERVIEWED, '2026-06-30T13:00:00Z')).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: 'internship-interview-reply',
      at: INTERVIEW_CLOCK.warnAt,
    });
    expect(alarm(INTERVIEWED, '2026-07-15T13:00:00Z')).toMatchObject({ type: 'RecordServiceStandardBreach', at: INTERVIEW_CLOCK.dueAt });
  });

  it('is nothing once closed', () => {
    expect(alarm([...INTERVIEWED, selected], '2026-07-09T13:00:00Z')).toBeNull();
    expect(alarm([...FILED, withdrawn(['internship-eligibility-reply'])], '2026-06-22T15:00:00Z')).toBeNull();
  });
});
