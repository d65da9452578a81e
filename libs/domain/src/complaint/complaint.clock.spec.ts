import type { Actor } from '../shared/command';
import { fold } from '../shared/decider';
import { CommandRefused, ForbiddenCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { ClockCommand } from '../service-standards/clock.commands';
import { complaintDecider as decider } from './complaint.decider';
import { nextComplaintAlarm } from './complaint.deadlines';
import type { ComplaintEvent } from './complaint.events';
import {
  AFTER_DUE,
  answered,
  ASSIGNED,
  auditor,
  CLOCK,
  closed,
  command,
  received,
  RECORDED,
  secretaryGeneral,
  system,
} from './complaint.fixtures';

const spec = DeciderSpecification.for(decider);

const timer = (type: ClockCommand['type'], now: string, actor: Actor = system, standardId = 'complaint') =>
  command<ClockCommand>(type, { standardId }, actor, now);
const warn = (now = CLOCK.warnAt, actor?: Actor) => timer('RaiseServiceStandardWarning', now, actor);
const breach = (now = CLOCK.dueAt, actor?: Actor) => timer('RecordServiceStandardBreach', now, actor);

const warning = (officerId: string | null): ComplaintEvent => ({
  type: 'ServiceStandardWarning',
  data: {
    standardId: 'complaint',
    standardVersion: 1,
    dueAt: CLOCK.dueAt,
    warnedAt: CLOCK.warnAt,
    notify: officerId === null ? { role: 'supervisor', officerId: null } : { role: 'case-officer', officerId },
  },
});
const breached = (breachedAt = CLOCK.dueAt): ComplaintEvent => ({
  type: 'ServiceStandardBreached',
  data: { standardId: 'complaint', standardVersion: 1, dueAt: CLOCK.dueAt, breachedAt, escalatedTo: 'secretary-general' },
});

describe('the fifteen-working-day complaint clock', () => {
  it('skips National Patriots’ Day: due Tuesday 2 June 17:00, warned Thursday 28 May 17:00', () => {
    expect(CLOCK).toMatchObject({
      standardId: 'complaint',
      startedAt: '2026-05-11T14:00:00.000Z',
      warnAt: '2026-05-28T21:00:00.000Z',
      dueAt: '2026-06-02T21:00:00.000Z',
      escalateTo: 'secretary-general',
    });
  });

  it('warns the assignee, or the supervisors when nobody is assigned', () => {
    spec
      .given(ASSIGNED)
      .when(warn())
      .then([warning('olivier')]);
    spec
      .given([received])
      .when(warn())
      .then([warning(null)]);
  });

  it('is breached at the due instant and escalated to the Secretary General', () => {
    spec
      .given([...ASSIGNED, warning('olivier')])
      .when(breach())
      .then([breached()]);
  });

  it('is breached when the warning was missed (a worker that was down)', () => {
    spec
      .given(ASSIGNED)
      .when(breach(AFTER_DUE))
      .then([breached(AFTER_DUE)]);
  });

  it.each<[string, ComplaintEvent[], ClockCommand]>([
    ['a warning before warnAt', ASSIGNED, warn('2026-05-28T20:59:59.999Z')],
    ['a breach before dueAt', ASSIGNED, breach('2026-06-02T20:59:59.999Z')],
    ['a second warning', [...ASSIGNED, warning('olivier')], warn()],
    ['a second breach', [...ASSIGNED, breached()], breach(AFTER_DUE)],
    ['a warning after the answer', [...ASSIGNED, answered], warn()],
    ['a breach after closing without answer', [...ASSIGNED, closed], breach()],
    ['a timer for another standard', ASSIGNED, timer('RaiseServiceStandardWarning', CLOCK.warnAt, system, 'email-information-request')],
    ['a timer on no case', [], warn()],
  ])('refuses %s', (_, events, timerCommand) => {
    spec.given(events).when(timerCommand).thenThrows(CommandRefused);
  });

  it.each([secretaryGeneral, auditor])('timers are forbidden to $role', (actor) => {
    spec.given(ASSIGNED).when(warn(CLOCK.warnAt, actor)).thenThrows(ForbiddenCommand);
    spec.given(ASSIGNED).when(breach(CLOCK.dueAt, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('nextComplaintAlarm', () => {
  const at = (events: ComplaintEvent[], now: string) => nextComplaintAlarm(fold(decider, events), Date.parse(now));

  it('asks for the warning, then the breach', () => {
    expect(at(ASSIGNED, RECORDED)).toEqual({ type: 'RaiseServiceStandardWarning', standardId: 'complaint', at: CLOCK.warnAt });
    expect(at([...ASSIGNED, warning('olivier')], CLOCK.warnAt)).toEqual({
      type: 'RecordServiceStandardBreach',
      standardId: 'complaint',
      at: CLOCK.dueAt,
    });
  });

  it('goes straight to the breach for a letter recorded after its due date', () => {
    expect(at([received], AFTER_DUE)).toEqual({ type: 'RecordServiceStandardBreach', standardId: 'complaint', at: CLOCK.dueAt });
  });

  it.each<[string, ComplaintEvent[]]>([
    ['no case', []],
    ['breached', [...ASSIGNED, breached()]],
    ['answered', [...ASSIGNED, answered]],
    ['closed without answer', [...ASSIGNED, closed]],
  ])('asks for nothing when %s', (_, events) => {
    expect(at(events, RECORDED)).toBeNull();
  });
});
