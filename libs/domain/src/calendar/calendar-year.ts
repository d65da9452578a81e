import { InvalidCommand } from '../shared/errors';
import { DATE_YEARS } from '../shared/validation';
import { ruleDate } from './holiday-rules';
import type { Holiday, WorkingCalendar } from './working-calendar';

/**
 * The years calendars count working days in: those a date may fall in at all. The rules hold for
 * any Gregorian year; an instant outside these is a typing error (a year 1026 or 2926), not a
 * case, and is refused rather than counted, the same for the API and the workflows.
 */
export const CALENDAR_YEARS = DATE_YEARS;

export function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
}

export function requireCalendarYear(year: number, field: string): number {
  if (!isCalendarYear(year)) {
    throw new InvalidCommand(field, `must fall within ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}, the years calendars count`);
  }
  return year;
}

/** `date` ('YYYY-MM-DD') when its year is one calendars count; InvalidCommand naming `field` otherwise. */
export function requireCalendarDate(date: string, field: string): string {
  requireCalendarYear(Number(date.slice(0, 4)), field);
  return date;
}

/** Computed once per calendar version and year: calendars are frozen values. */
const years = new WeakMap<WorkingCalendar, Map<number, ReadonlyMap<string, Holiday>>>();

/** A year's holidays by date: the rules' less those cancelled, then those listed (their name wins). */
function computeYear(calendar: WorkingCalendar, year: number): ReadonlyMap<string, Holiday> {
  const byRule = calendar.rules
    .map((rule) => ({ date: ruleDate(rule, year), name: rule.name }))
    .filter((holiday) => !calendar.cancelledHolidays.includes(holiday.date));
  const listed = calendar.holidays.filter((holiday) => holiday.date.startsWith(`${year}-`));
  const sorted = [...byRule, ...listed].sort((a, b) => a.date.localeCompare(b.date));
  return new Map(sorted.map((holiday) => [holiday.date, Object.freeze(holiday)]));
}

function holidaysByDate(calendar: WorkingCalendar, year: number): ReadonlyMap<string, Holiday> {
  let cached = years.get(calendar);
  if (!cached) years.set(calendar, (cached = new Map<number, ReadonlyMap<string, Holiday>>()));
  let holidays = cached.get(year);
  if (!holidays) cached.set(year, (holidays = computeYear(calendar, year)));
  return holidays;
}

/** Whether the calendar makes `date` ('YYYY-MM-DD', already validated) a holiday. */
export function isHoliday(calendar: WorkingCalendar, date: string): boolean {
  return holidaysByDate(calendar, Number(date.slice(0, 4))).has(date);
}

/** Whether a rule of the calendar (not a listed holiday) falls on `date`. */
export function isRuleHoliday(calendar: Pick<WorkingCalendar, 'rules'>, date: string): boolean {
  const year = Number(date.slice(0, 4));
  return calendar.rules.some((rule) => ruleDate(rule, year) === date);
}

/** The holidays of `year`, by date: what GET /calendar/holidays lists. */
export function holidaysIn(calendar: WorkingCalendar, year: number): readonly Holiday[] {
  return [...holidaysByDate(calendar, requireCalendarYear(year, 'year')).values()];
}
