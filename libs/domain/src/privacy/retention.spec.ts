import { closedBeforeForDisposal, disposalDueAt, scheduleInForce, type RetentionSchedule } from './retention';

const rule = { yearsAfterClosing: 2, disposition: 'destroy' } as const;
const version = (n: number, effectiveFrom: string): RetentionSchedule<'case'> => ({
  version: n,
  effectiveFrom,
  source: 'test',
  rules: { case: rule },
});

describe('the retention schedule', () => {
  it('disposes of a case the given years after its closing, to the instant', () => {
    expect(disposalDueAt('2026-12-04T21:30:00.000Z', rule)).toBe('2028-12-04T21:30:00.000Z');
    expect(closedBeforeForDisposal('2028-12-04T21:30:00.000Z', rule)).toBe('2026-12-04T21:30:00.000Z');
  });

  it('counts a closing on 29 February to the first of March of a common year', () => {
    expect(disposalDueAt('2028-02-29T12:00:00.000Z', { yearsAfterClosing: 1, disposition: 'deposit' })).toBe('2029-03-01T12:00:00.000Z');
  });

  it('applies the version in force on the night, none before the first', () => {
    const schedules = [version(1, '2026-12-07'), version(2, '2028-01-01')];
    expect(scheduleInForce(schedules, '2026-12-06T23:00:00.000Z')).toBeUndefined();
    expect(scheduleInForce(schedules, '2027-06-01T07:00:00.000Z')?.version).toBe(1);
    expect(scheduleInForce(schedules, '2028-01-01T07:00:00.000Z')?.version).toBe(2);
  });
});
