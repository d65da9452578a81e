import { InvalidCommand } from '../shared/errors';
import { requireLocalDate, requireText } from '../shared/validation';
import qcPublicService from './data/qc-public-service.json';
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
 * An organization's working-day calendar, kept as data (DOMAIN.md section 3): administrators
 * edit it, and every edit is a new version so a clock can say which calendar it was planned on.
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly version: number;
  readonly timeZone: string;
  readonly officeHours: OfficeHours;
  readonly source: string;
  readonly holidays: readonly Holiday[];
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidCommand(field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

function loadHoliday(value: unknown, field: string): Holiday {
  const raw = record(value, field);
  return { date: requireLocalDate(raw.date, `${field}.date`), name: requireText(raw.name, `${field}.name`) };
}

function loadOfficeHours(value: unknown): OfficeHours {
  const raw = record(value, 'officeHours');
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

/** Validates calendar data (from the JSON file or an administrator's edit) into a calendar. */
export function loadCalendar(value: unknown): WorkingCalendar {
  const raw = record(value, 'calendar');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InvalidCommand('version', 'must be a positive integer');
  }
  const timeZone = requireText(raw.timeZone, 'timeZone');
  assertTimeZone(timeZone, 'timeZone');
  if (!Array.isArray(raw.holidays)) throw new InvalidCommand('holidays', 'must be an array');
  const holidays = raw.holidays.map((holiday, index) => loadHoliday(holiday, `holidays[${index}]`));
  return Object.freeze({
    id: requireText(raw.id, 'id'),
    version,
    timeZone,
    officeHours: Object.freeze(loadOfficeHours(raw.officeHours)),
    source: requireText(raw.source, 'source'),
    holidays: freezeHolidays(holidays, 'holidays'),
  });
}

/**
 * Québec public service holidays 2024–2032, from `data/qc-public-service.json`. Fixed-date
 * holidays are kept on their date even on a weekend (no observed-day substitution: DOMAIN.md
 * does not provide for one); add an observed day with `withHoliday` if the government fixes it.
 */
export const QC_PUBLIC_SERVICE_CALENDAR: WorkingCalendar = loadCalendar(qcPublicService);

/** A new version of the calendar with one more holiday. */
export function withHoliday(calendar: WorkingCalendar, holiday: Holiday): WorkingCalendar {
  const added = loadHoliday(holiday, 'holiday');
  if (calendar.holidays.some((existing) => existing.date === added.date)) {
    throw new InvalidCommand('holiday.date', `${added.date} is already a holiday`);
  }
  return Object.freeze({
    ...calendar,
    version: calendar.version + 1,
    holidays: freezeHolidays([...calendar.holidays, added], 'holiday.date'),
  });
}

/** A new version of the calendar without the holiday on `date`. */
export function withoutHoliday(calendar: WorkingCalendar, date: string): WorkingCalendar {
  requireLocalDate(date, 'date');
  if (!calendar.holidays.some((holiday) => holiday.date === date)) {
    throw new InvalidCommand('date', `${date} is not a holiday`);
  }
  return Object.freeze({
    ...calendar,
    version: calendar.version + 1,
    holidays: Object.freeze(calendar.holidays.filter((holiday) => holiday.date !== date)),
  });
}
