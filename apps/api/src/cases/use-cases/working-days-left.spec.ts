import { QC_PUBLIC_SERVICE_CALENDAR } from '@entente/domain';
import { workingDaysLeft } from './working-days-left';

// Friday 27 November 2026, 17:00 in Québec: the due instant of an e-mail received on Monday.
const DUE = new Date('2026-11-27T22:00:00.000Z');
const left = (now: string, clockState: string | null = 'running', dueAt: Date | null = DUE) =>
  workingDaysLeft(QC_PUBLIC_SERVICE_CALENDAR, { dueAt, clockState: clockState as never }, new Date(now));

describe('working days left in the queue', () => {
  it('counts the working days to the due day: 0 on the day itself', () => {
    expect(left('2026-11-24T14:00:00.000Z')).toBe(3); // Tuesday
    expect(left('2026-11-27T14:00:00.000Z')).toBe(0); // Friday morning
  });

  it('counts late days as negative, over the weekend as no day', () => {
    expect(left('2026-11-29T14:00:00.000Z', 'breached')).toBe(0); // Sunday: no working day since
    expect(left('2026-12-01T14:00:00.000Z', 'breached')).toBe(-2); // Tuesday
  });

  it('is null once the clock stopped, and for a case without one', () => {
    expect(left('2026-11-24T14:00:00.000Z', 'met')).toBeNull();
    expect(left('2026-11-24T14:00:00.000Z', null, null)).toBeNull();
  });
});
