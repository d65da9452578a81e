import { QC_PUBLIC_SERVICE_CALENDAR as QC } from '../calendar/working-calendar';
import { InvalidCommand } from '../shared/errors';
import { EMAIL_INFORMATION_REQUEST_STANDARD as EMAIL } from '../email-request/email-request.standards';
import { planClock, requireClockFor } from './clock-plan';

describe('requireClockFor', () => {
  const startedAt = '2026-11-23T15:00:00.000Z';
  const plan = planClock(EMAIL, QC, startedAt);

  it('returns a plan for the standard that starts at the recorded instant, in any offset', () => {
    expect(requireClockFor(plan, EMAIL.id, '2026-11-23T10:00:00-05:00', 'receivedAt')).toBe(plan);
  });

  it('checks the plan itself under `clock`', () => {
    expect(() => requireClockFor(null, EMAIL.id, startedAt, 'receivedAt')).toThrow(new InvalidCommand('clock', 'must be a clock plan'));
  });

  it('refuses a plan for another standard', () => {
    expect(() => requireClockFor(plan, 'complaint', startedAt, 'receivedAt')).toThrow(
      new InvalidCommand('clock.standardId', 'must be complaint'),
    );
  });

  it('refuses a plan that starts at another instant, naming the field it must equal', () => {
    expect(() => requireClockFor(plan, EMAIL.id, '2026-11-23T15:00:01Z', 'receivedAt')).toThrow(
      new InvalidCommand('clock.startedAt', 'must equal receivedAt'),
    );
  });
});
