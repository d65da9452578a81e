import type { ClockPlan } from './clock-plan';
import { startClock, stopClock } from './clock-state';
import { nextClockAlarm } from './clock-alarms';

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
    expect(nextClockAlarm(startClock(plan), at('2026-11-24T12:00:00Z'))).toEqual({ type: 'RaiseServiceStandardWarning', at: plan.warnAt });
  });

  it('is the breach once warned', () => {
    const warned = { ...startClock(plan), warned: true };
    expect(nextClockAlarm(warned, at('2026-11-26T22:00:00Z'))).toEqual({ type: 'RecordServiceStandardBreach', at: plan.dueAt });
  });

  it('skips the warning when the due instant has already passed', () => {
    expect(nextClockAlarm(startClock(plan), at('2026-12-01T12:00:00Z'))).toEqual({ type: 'RecordServiceStandardBreach', at: plan.dueAt });
  });

  it('is nothing once breached or stopped', () => {
    expect(nextClockAlarm({ ...startClock(plan), warned: true, breached: true }, at('2026-12-01T12:00:00Z'))).toBeNull();
    expect(nextClockAlarm(stopClock(startClock(plan), '2026-11-25T12:00:00.000Z', 'met'), at('2026-11-25T13:00:00Z'))).toBeNull();
  });
});
