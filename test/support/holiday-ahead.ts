import { holidaysIn, type WorkingCalendar } from '@entente/domain';

/**
 * The date of the first holiday named like `name` after `date` (YYYY-MM-DD): this year's or next
 * year's, which the rules always give, so time-skipping tests never run out of holidays.
 */
export function firstHolidayAfter(calendar: WorkingCalendar, name: RegExp, date: string): string {
  const year = Number(date.slice(0, 4));
  const holiday = [...holidaysIn(calendar, year), ...holidaysIn(calendar, year + 1)].find(
    (candidate) => name.test(candidate.name) && candidate.date > date,
  );
  if (!holiday) throw new Error(`calendar ${calendar.id} names no holiday ${String(name)}`);
  return holiday.date;
}
