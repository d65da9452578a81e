import { localDateOf, WorkingCalendar } from '@entente/domain';
import { RequestValidationError } from '../http/validation.pipe';

/**
 * A calendar knows the holidays of the years its data lists, and nothing of the others: counting
 * working days there would silently ignore holidays, so such requests are refused instead.
 */
export function requireCoveredYear(calendar: WorkingCalendar, year: number, field: string): void {
  const years = calendar.holidays.map((holiday) => Number(holiday.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (year < first || year > last) {
    const message = `${field} must fall within ${first}–${last}, the years calendar ${calendar.id} v${calendar.version} covers`;
    throw new RequestValidationError([{ field, message }]);
  }
}

export function requireCoveredInstant(calendar: WorkingCalendar, instant: string, field: string): void {
  requireCoveredYear(calendar, Number(localDateOf(instant, calendar.timeZone).slice(0, 4)), field);
}

export const calendarRef = (calendar: WorkingCalendar) => ({ id: calendar.id, version: calendar.version });
