import { CommandRefused } from '../shared/errors';
import type { ClockPlan } from './clock-plan';
import { decideClockCommand, evolveClocks, isClockEvent, type ChainedClockCommand } from './clock-decisions';
import { startClock } from './clock-state';

const eligibility: ClockPlan = {
  standardId: 'internship-eligibility-reply',
  standardVersion: 1,
  calendarId: 'qc-public-service',
  calendarVersion: 1,
  startedAt: '2026-11-23T15:00:00.000Z',
  warnAt: '2026-11-27T22:00:00.000Z',
  dueAt: '2026-11-30T22:00:00.000Z',
  escalateTo: 'supervisor',
};
const clocks = { [eligibility.standardId]: startClock(eligibility) };
const ESCALATE_AT = '2026-12-02T22:00:00.000Z';
const chained = { ...eligibility, escalateFurther: { at: ESCALATE_AT, to: 'director' as const } };
const system = { id: 'service-standard-clock', role: 'system' } as const;
type TimerCommand = Extract<
  ChainedClockCommand,
  { type: 'RaiseServiceStandardWarning' | 'RecordServiceStandardBreach' | 'EscalateServiceStandardBreach' }
>;
const timer = (type: TimerCommand['type'], now: string, standardId = eligibility.standardId): TimerCommand => ({
  type,
  data: { standardId },
  metadata: { actor: system, now, correlationId: 'c' },
});

describe('a timer command on a case clock', () => {
  it('warns the assignee, or the supervisors when nobody is assigned', () => {
    const [toAssignee] = decideClockCommand(timer('RaiseServiceStandardWarning', eligibility.warnAt), clocks, 'olivier');
    expect(toAssignee).toEqual({
      type: 'ServiceStandardWarning',
      data: {
        standardId: eligibility.standardId,
        standardVersion: 1,
        dueAt: eligibility.dueAt,
        warnedAt: eligibility.warnAt,
        notify: { role: 'case-officer', officerId: 'olivier' },
      },
    });
    const [toSupervisors] = decideClockCommand(timer('RaiseServiceStandardWarning', eligibility.warnAt), clocks, null);
    expect(toSupervisors?.data).toMatchObject({ notify: { role: 'supervisor', officerId: null } });
  });

  it('records the breach at the due instant, escalated as the plan says', () => {
    expect(decideClockCommand(timer('RecordServiceStandardBreach', eligibility.dueAt), clocks, null)).toEqual([
      {
        type: 'ServiceStandardBreached',
        data: {
          standardId: eligibility.standardId,
          standardVersion: 1,
          dueAt: eligibility.dueAt,
          breachedAt: eligibility.dueAt,
          escalatedTo: 'supervisor',
        },
      },
    ]);
  });

  it('is refused for a clock the case does not run, and before its instant', () => {
    expect(() => decideClockCommand(timer('RecordServiceStandardBreach', eligibility.dueAt, 'complaint'), clocks, null)).toThrow(
      CommandRefused,
    );
    expect(() => decideClockCommand(timer('RecordServiceStandardBreach', eligibility.warnAt), clocks, null)).toThrow(CommandRefused);
  });

  it('changes only the clock its event names', () => {
    const [warning] = decideClockCommand(timer('RaiseServiceStandardWarning', eligibility.warnAt), clocks, null);
    const after = evolveClocks(clocks, warning!);
    expect(after[eligibility.standardId]?.warned).toBe(true);
    expect(evolveClocks(clocks, { ...warning!, data: { ...warning!.data, standardId: 'other' } } as typeof warning & object)).toBe(clocks);
  });
});

describe('an escalation chain', () => {
  const breached = { [eligibility.standardId]: { ...startClock(chained), warned: true, breached: true } };

  it('takes a breach still open one level up at its instant', () => {
    expect(decideClockCommand(timer('EscalateServiceStandardBreach', ESCALATE_AT), breached, 'olivier')).toEqual([
      {
        type: 'ServiceStandardBreachEscalated',
        data: {
          standardId: eligibility.standardId,
          standardVersion: 1,
          dueAt: eligibility.dueAt,
          escalatedAt: ESCALATE_AT,
          escalatedTo: 'director',
        },
      },
    ]);
  });

  it('is refused before its instant, twice, before a breach, once answered, or without a chain', () => {
    const refused =
      (clockSet: typeof clocks, now = ESCALATE_AT) =>
      () =>
        decideClockCommand(timer('EscalateServiceStandardBreach', now), clockSet, null);
    expect(refused(breached, eligibility.dueAt)).toThrow('no further escalation before');
    const [escalation] = decideClockCommand(timer('EscalateServiceStandardBreach', ESCALATE_AT), breached, null);
    expect(refused(evolveClocks(breached, escalation!))).toThrow('already escalated to director');
    expect(refused({ [eligibility.standardId]: startClock(chained) })).toThrow('not breached');
    expect(
      refused({ [eligibility.standardId]: { ...breached[eligibility.standardId]!, stoppedAt: ESCALATE_AT, outcome: 'late' } }),
    ).toThrow('clock stopped');
    expect(refused({ [eligibility.standardId]: { ...startClock(eligibility), breached: true } })).toThrow('escalates no further');
  });
});

describe('a calendar change under a running clock', () => {
  const moved = { ...eligibility, warnAt: '2026-11-30T22:00:00.000Z', dueAt: '2026-12-01T22:00:00.000Z', calendarVersion: 2 };
  const move = (plan: typeof eligibility, reason = 'Holiday added: 27 November 2026') => ({
    type: 'MoveServiceStandardDueDate' as const,
    data: { standardId: eligibility.standardId, plan, reason },
    metadata: { actor: system, now: '2026-11-24T15:00:00.000Z', correlationId: 'c' },
  });

  it('moves its deadlines, keeping the old ones and the reason for the auditors', () => {
    const [event] = decideClockCommand(move(moved), clocks, null);
    expect(event).toEqual({
      type: 'ServiceStandardDueDateMoved',
      data: {
        standardId: eligibility.standardId,
        from: { warnAt: eligibility.warnAt, dueAt: eligibility.dueAt },
        plan: moved,
        reason: 'Holiday added: 27 November 2026',
      },
    });
    expect(evolveClocks(clocks, event!)[eligibility.standardId]?.plan).toEqual(moved);
  });

  it('leaves a breach standing, a stopped clock stopped, and refuses another standard, start or no change', () => {
    const breached = { [eligibility.standardId]: { ...startClock(eligibility), breached: true } };
    expect(() => decideClockCommand(move(moved), breached, null)).toThrow('the breach stands');
    const stopped = {
      [eligibility.standardId]: { ...startClock(eligibility), stoppedAt: '2026-11-24T15:00:00.000Z', outcome: 'met' as const },
    };
    expect(() => decideClockCommand(move(moved), stopped, null)).toThrow('clock stopped');
    expect(() => decideClockCommand(move({ ...moved, startedAt: '2026-11-23T16:00:00.000Z' }), clocks, null)).toThrow(
      expect.objectContaining({ field: 'plan' }),
    );
    expect(() => decideClockCommand(move(eligibility), clocks, null)).toThrow('did not change');
    expect(() => decideClockCommand(move(moved, ' '), clocks, null)).toThrow(expect.objectContaining({ field: 'reason' }));
  });
});

describe("a clock event among a case type's events", () => {
  it("is told from the case's own events by its type", () => {
    const [warning] = decideClockCommand(timer('RaiseServiceStandardWarning', eligibility.warnAt), clocks, null);
    expect(isClockEvent(warning!)).toBe(true);
    expect(isClockEvent({ type: 'ServiceStandardClockResumed' })).toBe(true);
    expect(isClockEvent({ type: 'InternshipApplicationFiled' })).toBe(false);
    expect(isClockEvent({ type: 'toString' })).toBe(false);
  });
});
