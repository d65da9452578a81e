import { InvalidCommand } from '../shared/errors';
import { isLocalDate, requireOneOf, requireRecord, requireText } from '../shared/validation';
import { easterSunday } from './easter';
import { addDays, dayOfWeek } from './local-date';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * How a statutory holiday falls in any year, worded as the statute words it: on a day of the year
 * (24 June: `on` '06-24'), some days from Easter Sunday (Good Friday: -2), or on a weekday
 * relative to a day of the year (Labour Day, the first Monday of September: the Monday on or after
 * '09-01'; National Patriots' Day: the Monday before '05-25').
 */
export type HolidayRule =
  | { readonly name: string; readonly on: string }
  | { readonly name: string; readonly daysFromEaster: number }
  | { readonly name: string; readonly weekday: Weekday; readonly onOrAfter: string }
  | { readonly name: string; readonly weekday: Weekday; readonly before: string };

/** The date ('YYYY-MM-DD') the rule gives in `year`. */
export function ruleDate(rule: HolidayRule, year: number): string {
  if ('on' in rule) return `${year}-${rule.on}`;
  if ('daysFromEaster' in rule) return addDays(easterSunday(year), rule.daysFromEaster);
  const weekday = WEEKDAYS.indexOf(rule.weekday);
  if ('onOrAfter' in rule) {
    const from = `${year}-${rule.onOrAfter}`;
    return addDays(from, (weekday - dayOfWeek(from) + 7) % 7);
  }
  const until = `${year}-${rule.before}`;
  return addDays(until, -((dayOfWeek(until) - weekday + 6) % 7) - 1);
}

/** 'MM-DD', never 29 February: a rule gives a date every year. */
function dayOfYear(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value) || !isLocalDate(`2001-${value}`)) {
    throw new InvalidCommand(field, 'must be a day of the year MM-DD (not 02-29)');
  }
  return value;
}

/** Easter falls from 22 March to 25 April: these offsets keep the holiday in Easter's year. */
function daysFromEaster(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -80 || value > 250) {
    throw new InvalidCommand(field, 'must be an integer from -80 to 250');
  }
  return value;
}

/** Validates one rule of calendar data. */
export function loadHolidayRule(value: unknown, field: string): HolidayRule {
  const raw = requireRecord(value, field);
  const name = requireText(raw.name, `${field}.name`);
  if ('on' in raw) return { name, on: dayOfYear(raw.on, `${field}.on`) };
  if ('daysFromEaster' in raw) return { name, daysFromEaster: daysFromEaster(raw.daysFromEaster, `${field}.daysFromEaster`) };
  const weekday = requireOneOf(raw.weekday, WEEKDAYS, `${field}.weekday`);
  if ('onOrAfter' in raw) return { name, weekday, onOrAfter: dayOfYear(raw.onOrAfter, `${field}.onOrAfter`) };
  if ('before' in raw) return { name, weekday, before: dayOfYear(raw.before, `${field}.before`) };
  throw new InvalidCommand(field, 'must give on, daysFromEaster, or weekday with onOrAfter or before');
}
