import { CALENDAR_YEARS, isCalendarYear, localDateOf, WorkingCalendar } from '@entente/domain';
import { RequestValidationError } from '../http/validation.pipe';

/**
 * Calendars give every year's holidays by rule, but count only CALENDAR_YEARS: an instant
 * outside is a typing error, which the domain refuses as a command and a query answers with a
 * 400 naming its parameter.
 */
export function requireCountedInstant(calendar: WorkingCalendar, instant: string, field: string): void {
  if (!isCalendarYear(Number(localDateOf(instant, calendar.timeZone).slice(0, 4)))) {
    const message = `${field} must fall within ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}, the years calendar ${calendar.id} counts`;
    throw new RequestValidationError([{ field, message }]);
  }
}

export const calendarRef = (calendar: WorkingCalendar) => ({ id: calendar.id, version: calendar.version });
