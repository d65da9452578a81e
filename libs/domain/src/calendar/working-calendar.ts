import { InvalidCommand } from '../shared/errors';
import { requireLocalDate, requireRecord, requireText } from '../shared/validation';
import { isHoliday, isRuleHoliday } from './calendar-year';
import qcPublicService from './data/qc-public-service.json';
import { loadHolidayRule, type HolidayRule } from './holiday-rules';
import { assertTimeZone, timeOfDayMs } from './time-zone';

export interface Holiday {
  readonly date: string; // YYYY-MM-DD, local to the calendar's time zone
  readonly name: string;
}

export interface OfficeHours {
  readonly opens: string; // HH:MM
  readonly closes: string; // HH:MM; "within N working days" ends at this time
}

/**
 * An organization's working-day calendar, kept as data (docs/domain.md#working-days):
 * administrators edit it, and every edit is a new version so a clock can say which calendar it was
 * planned on. A year's holidays are those its rules give, less those cancelled, plus those listed
 * (see calendar-year.ts), so every year is counted with its holidays and none has to be typed in.
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly version: number;
  readonly timeZone: string;
  readonly officeHours: OfficeHours;
  readonly source: string;
  /** The statutory holidays, each a rule that gives its date in any year. */
  readonly rules: readonly HolidayRule[];
  /** Holidays on top of the rules: a holiday the government moved or fixed, a closure, an administrator's addition. */
  readonly holidays: readonly Holiday[];
  /** Dates a rule makes holidays that are worked all the same (the government moved the holiday). */
  readonly cancelledHolidays: readonly string[];
}

function loadHoliday(value: unknown, field: string): Holiday {
  const raw = requireRecord(value, field);
  return { date: requireLocalDate(raw.date, `${field}.date`), name: requireText(raw.name, `${field}.name`) };
}

function loadOfficeHours(value: unknown): OfficeHours {
  const raw = requireRecord(value, 'officeHours');
  const opens = timeOfDayMs(raw.opens, 'officeHours.opens');
  const closes = timeOfDayMs(raw.closes, 'officeHours.closes');
  if (opens >= closes) throw new InvalidCommand('officeHours.closes', 'must be after officeHours.opens');
  return { opens: raw.opens as string, closes: raw.closes as string };
}

/** Sorted by date, one holiday per date, frozen: calendars are shared values. */
function freezeHolidays(holidays: readonly Holiday[], field: string): readonly Holiday[] {
  const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
  sorted.forEach((holiday, index) => {
    if (index > 0 && sorted[index - 1]?.date === holiday.date) {
      throw new InvalidCommand(field, `${holiday.date} is listed twice`);
    }
    Object.freeze(holiday);
  });
  return Object.freeze(sorted);
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new InvalidCommand(field, 'must be an array');
  return value;
}

/**
 * Sorted, once each, each one a rule's date and none listed as a holiday: a cancellation that
 * cancels nothing, or that a listed holiday contradicts, is a mistake in the data.
 */
function loadCancelledHolidays(value: unknown, calendar: Pick<WorkingCalendar, 'rules' | 'holidays'>): readonly string[] {
  const dates = list(value, 'cancelledHolidays').map((date, index) => {
    const field = `cancelledHolidays[${index}]`;
    if (!isRuleHoliday(calendar, requireLocalDate(date, field)))
      throw new InvalidCommand(field, `no rule makes ${date as string} a holiday`);
    if (calendar.holidays.some((holiday) => holiday.date === date))
      throw new InvalidCommand(field, `${date as string} is listed as a holiday`);
    return date as string;
  });
  if (new Set(dates).size < dates.length) throw new InvalidCommand('cancelledHolidays', 'lists a date twice');
  return Object.freeze(dates.sort());
}

/** Validates calendar data (from the JSON file or an administrator's edit) into a calendar. */
export function loadCalendar(value: unknown): WorkingCalendar {
  const raw = requireRecord(value, 'calendar');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InvalidCommand('version', 'must be a positive integer');
  }
  const timeZone = requireText(raw.timeZone, 'timeZone');
  assertTimeZone(timeZone, 'timeZone');
  const rules = Object.freeze(list(raw.rules, 'rules').map((rule, index) => Object.freeze(loadHolidayRule(rule, `rules[${index}]`))));
  const holidays = freezeHolidays(
    list(raw.holidays, 'holidays').map((holiday, index) => loadHoliday(holiday, `holidays[${index}]`)),
    'holidays',
  );
  return Object.freeze({
    id: requireText(raw.id, 'id'),
    version,
    timeZone,
    officeHours: Object.freeze(loadOfficeHours(raw.officeHours)),
    source: requireText(raw.source, 'source'),
    rules,
    holidays,
    cancelledHolidays: loadCancelledHolidays(raw.cancelledHolidays, { rules, holidays }),
  });
}

/**
 * Québec public service holidays, from `data/qc-public-service.json`: the rules of
 * docs/domain.md#working-days, for any year. Fixed-date holidays stay on their date even on a
 * weekend (no observed-day substitution: no source provides for one); when the government moves or
 * adds one, `withHoliday` and `withoutHoliday` publish it as a new version.
 */
export const QC_PUBLIC_SERVICE_CALENDAR: WorkingCalendar = loadCalendar(qcPublicService);

/** A new version of the calendar with one more holiday. */
export function withHoliday(calendar: WorkingCalendar, holiday: Holiday): WorkingCalendar {
  const added = loadHoliday(holiday, 'holiday');
  if (isHoliday(calendar, added.date)) {
    throw new InvalidCommand('holiday.date', `${added.date} is already a holiday`);
  }
  return Object.freeze({
    ...calendar,
    version: calendar.version + 1,
    holidays: freezeHolidays([...calendar.holidays, added], 'holiday.date'),
    cancelledHolidays: Object.freeze(calendar.cancelledHolidays.filter((date) => date !== added.date)),
  });
}

/** A new version of the calendar without the holiday on `date`. */
export function withoutHoliday(calendar: WorkingCalendar, date: string): WorkingCalendar {
  if (!isHoliday(calendar, requireLocalDate(date, 'date'))) {
    throw new InvalidCommand('date', `${date} is not a holiday`);
  }
  const cancelled = isRuleHoliday(calendar, date) ? [...calendar.cancelledHolidays, date].sort() : calendar.cancelledHolidays;
  return Object.freeze({
    ...calendar,
    version: calendar.version + 1,
    holidays: Object.freeze(calendar.holidays.filter((holiday) => holiday.date !== date)),
    cancelledHolidays: Object.freeze(cancelled),
  });
}
