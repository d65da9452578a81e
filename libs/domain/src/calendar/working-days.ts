import { InvalidCommand } from '../shared/errors';
import { parseInstant, requireLocalDate } from '../shared/validation';
import { isHoliday, requireCalendarDate } from './calendar-year';
import { addDays, dayOfWeek, DAY_MS, localDateToUtcMs, utcMsToLocalDate } from './local-date';
import { localDateAt, resolveWall, timeOfDayMs, wallOf } from './time-zone';
import type { WorkingCalendar } from './working-calendar';

/*
 * The working-day rule (docs/domain.md#working-days): "within N working days" of an event on day D
 * means by the calendar's closing time (17:00 America/Toronto) on the N-th working day after D, D
 * itself not counted. D is the event's LOCAL date in the calendar's time zone, whatever the hour:
 * an e-mail at 23:30 Eastern on Monday is a Monday event although it is already Tuesday in UTC, and
 * one received on a weekend or after hours simply counts from the next working day.
 */

function isWorkingDate(calendar: WorkingCalendar, date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isHoliday(calendar, date);
}

/** The local date of an instant (ms) a count starts or ends at, in a year calendars count. */
function calendarDateAt(calendar: WorkingCalendar, ms: number, field: string): string {
  return requireCalendarDate(localDateAt(ms, calendar.timeZone), field);
}

/** The `count`-th working day after (`step` 1) or before (`step` -1) `date`, `date` not counted. */
function nthWorkingDate(calendar: WorkingCalendar, date: string, count: number, step: 1 | -1): string {
  let current = date;
  for (let remaining = count; remaining > 0;) {
    current = addDays(current, step);
    if (isWorkingDate(calendar, current)) remaining -= 1;
  }
  return current;
}

function requireCount(value: number, field: string, allowNegative = false): number {
  if (!Number.isInteger(value) || (!allowNegative && value < 0)) {
    throw new InvalidCommand(field, allowNegative ? 'must be an integer' : 'must be a non-negative integer');
  }
  return value;
}

/** Monday to Friday and not a holiday of the calendar. */
export function isWorkingDay(calendar: WorkingCalendar, localDate: string): boolean {
  return isWorkingDate(calendar, requireCalendarDate(requireLocalDate(localDate, 'localDate'), 'localDate'));
}

/**
 * When something due "within `workingDays` working days" of `fromInstant` is due: closing time on
 * the `workingDays`-th working day after the local date of `fromInstant` (0: closing time that
 * same day). Example: received Monday 2026-11-23 10:00 Eastern, 4 working days, due Friday
 * 2026-11-27 17:00 Eastern = 2026-11-27T22:00:00.000Z.
 */
export function addWorkingDays(calendar: WorkingCalendar, fromInstant: string, workingDays: number): string {
  const from = calendarDateAt(calendar, parseInstant(fromInstant, 'fromInstant'), 'fromInstant');
  requireCount(workingDays, 'workingDays');
  const dueDate = nthWorkingDate(calendar, from, workingDays, 1);
  const wall = localDateToUtcMs(dueDate) + timeOfDayMs(calendar.officeHours.closes, 'officeHours.closes');
  return new Date(resolveWall(wall, calendar.timeZone)).toISOString();
}

/**
 * Moves `instant` by `workingDays` working days (negative: back), keeping its local time of day.
 * Used for warnings: one working day before a 17:00 deadline is 17:00 the working day before.
 */
export function shiftWorkingDays(calendar: WorkingCalendar, instant: string, workingDays: number): string {
  const wall = wallOf(parseInstant(instant, 'instant'), calendar.timeZone);
  requireCount(workingDays, 'workingDays', true);
  const timeOfDay = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  const date = requireCalendarDate(utcMsToLocalDate(wall - timeOfDay), 'instant');
  const shifted = nthWorkingDate(calendar, date, Math.abs(workingDays), workingDays < 0 ? -1 : 1);
  return new Date(resolveWall(localDateToUtcMs(shifted) + timeOfDay, calendar.timeZone)).toISOString();
}

/**
 * Working days elapsed from `startInstant` to `endInstant`: those after the start's local date up
 * to and including the end's local date. With the rule above, an answer on the due day counts
 * exactly N, so a compliance report can compare this number with the standard.
 */
export function workingDaysBetween(calendar: WorkingCalendar, startInstant: string, endInstant: string): number {
  const start = parseInstant(startInstant, 'startInstant');
  const end = parseInstant(endInstant, 'endInstant');
  if (end < start) throw new InvalidCommand('endInstant', 'must not be before startInstant');
  const endDate = calendarDateAt(calendar, end, 'endInstant');
  let count = 0;
  for (let date = addDays(calendarDateAt(calendar, start, 'startInstant'), 1); date <= endDate; date = addDays(date, 1)) {
    if (isWorkingDate(calendar, date)) count += 1;
  }
  return count;
}
