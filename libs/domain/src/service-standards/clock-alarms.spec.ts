import type { ClockPlan } from './clock-plan';
import { startClock, stopClock } from './clock-state';
import { nextCaseAlarm, nextClockAlarm } from './clock-alarms';

const plan: ClockPlan = {
  standardId: 'email-information-request',
  standardVersion: 1,
  calendarId: 'qc-public-service',
  calendarVersion: 1,
  startedAt: '2026-11-23T15:00:00.000Z',
  warnAt: '2026-11-26T22:00:00.000Z',
  dueAt: '2026-11-27T22:00:00.000Z',
  escalateTo: 'supervisor',
};
const at = (iso: string) => Date.parse(iso);

describe('the next alarm of a service-standard clock', () => {
  it('is the warning while the clock runs unwarned', () => {
    expect(nextClockAlarm(startClock(plan), at('2026-11-24T12:00:00Z'))).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: plan.standardId,
      at: plan.warnAt,
    });
  });

  it('is the breach once warned', () => {
    const warned = { ...startClock(plan), warned: true };
    expect(nextClockAlarm(warned, at('2026-11-26T22:00:00Z'))).toEqual({
      type: 'RecordServiceStandardBreach',
      standardId: plan.standardId,
      at: plan.dueAt,
    });
  });

  it('skips the warning when the due instant has already passed', () => {
    expect(nextClockAlarm(startClock(plan), at('2026-12-01T12:00:00Z'))).toEqual({
      type: 'RecordServiceStandardBreach',
      standardId: plan.standardId,
      at: plan.dueAt,
    });
  });

  it('after the breach, is the escalation one level up when the standard has a chain, then nothing', () => {
    const chained: ClockPlan = { ...plan, escalateFurther: { at: '2026-12-01T22:00:00.000Z', to: 'director' } };
    const breached = { ...startClock(chained), warned: true, breached: true };
    expect(nextClockAlarm(breached, at('2026-11-28T12:00:00Z'))).toEqual({
      type: 'EscalateServiceStandardBreach',
      standardId: plan.standardId,
      at: '2026-12-01T22:00:00.000Z',
    });
    expect(nextClockAlarm({ ...breached, escalatedFurther: true }, at('2026-12-02T12:00:00Z'))).toBeNull();
  });

  it('is nothing once breached or stopped', () => {
    expect(nextClockAlarm({ ...startClock(plan), warned: true, breached: true }, at('2026-12-01T12:00:00Z'))).toBeNull();
    expect(nextClockAlarm(stopClock(startClock(plan), '2026-11-25T12:00:00.000Z', 'met'), at('2026-11-25T13:00:00Z'))).toBeNull();
  });
});

describe('the next alarm of a case with several clocks', () => {
  const later: ClockPlan = {
    ...plan,
    standardId: 'internship-interview-reply',
    warnAt: '2026-12-03T22:00:00.000Z',
    dueAt: '2026-12-04T22:00:00.000Z',
  };

  it('is the earliest alarm of any running clock', () => {
    const clocks = { [later.standardId]: startClock(later), [plan.standardId]: startClock(plan) };
    expect(nextCaseAlarm(clocks, at('2026-11-24T12:00:00Z'))).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: plan.standardId,
      at: plan.warnAt,
    });
  });

  it('skips stopped clocks, and is nothing when none runs', () => {
    const stopped = stopClock(startClock(plan), '2026-11-25T12:00:00.000Z', 'met');
    expect(nextCaseAlarm({ [plan.standardId]: stopped, [later.standardId]: startClock(later) }, at('2026-11-25T13:00:00Z'))).toMatchObject({
      standardId: later.standardId,
    });
    expect(nextCaseAlarm({ [plan.standardId]: stopped }, at('2026-11-25T13:00:00Z'))).toBeNull();
    expect(nextCaseAlarm({}, at('2026-11-25T13:00:00Z'))).toBeNull();
  });
});
