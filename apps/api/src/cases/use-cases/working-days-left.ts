import { workingDaysBetween, type WorkingCalendar } from '@entente/domain';
import type { CaseSummaryEntity } from '@entente/persistence';

const COUNTING_DOWN = new Set(['running', 'warned', 'breached', 'paused']);

/**
 * Working days from now to the due day of a clock still counting (0: due today; negative: that
 * many working days late), on the calendar clocks are planned on; null once stopped or clockless.
 */
export function workingDaysLeft(calendar: WorkingCalendar, row: Pick<CaseSummaryEntity, 'dueAt' | 'clockState'>, now: Date): number | null {
  if (!row.dueAt || !row.clockState || !COUNTING_DOWN.has(row.clockState)) return null;
  const [nowAt, dueAt] = [now.toISOString(), row.dueAt.toISOString()];
  // 0 - n, not -n: a case due earlier today is 0 days late, not -0.
  return row.dueAt >= now ? workingDaysBetween(calendar, nowAt, dueAt) : 0 - workingDaysBetween(calendar, dueAt, nowAt);
}
