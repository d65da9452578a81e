import { InvalidCommand } from '../shared/errors';
import { parseInstant, requireLocalDate } from '../shared/validation';
import { localDateToUtcMs, utcMsToLocalDate } from './local-date';

// Time-zone math with Intl only: no date library, so this runs unchanged in Temporal's
// workflow sandbox. A "wall" value is the local wall-clock time encoded as if it were UTC ms.

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{3}))?)?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, field = 'timeZone'): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new InvalidCommand(field, `unknown IANA time zone '${timeZone}'`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function assertTimeZone(timeZone: string, field: string): void {
  formatterFor(timeZone, field);
}

/** Offset of `timeZone` from UTC at the instant `ms`, in ms (negative west of Greenwich). */
function offsetAt(ms: number, timeZone: string): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  return wallClockAt(formatterFor(timeZone), seconds) - seconds;
}

// The formatter's en-US text, "MM/DD/YYYY, HH:MM:SS": read at once, it costs half of its parts.
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/** The wall clock the formatter shows at `ms`, encoded as UTC ms; from its parts if its text reads otherwise. */
function wallClockAt(formatter: Intl.DateTimeFormat, ms: number): number {
  const shown = FORMATTED.exec(formatter.format(ms));
  if (shown)
    return Date.UTC(Number(shown[3]), Number(shown[1]) - 1, Number(shown[2]), Number(shown[4]), Number(shown[5]), Number(shown[6]));
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of formatter.formatToParts(ms)) if (type in parts) parts[type as keyof typeof parts] = Number(value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

export function wallOf(ms: number, timeZone: string): number {
  return ms + offsetAt(ms, timeZone);
}

/**
 * The instant at which the wall clock of `timeZone` shows `wall`. Two passes, because the offset
 * to use is the one in force at the answer, not at the guess. In the spring-forward gap the time
 * does not exist and is moved forward by the gap (02:30 becomes 03:30 EDT); in the fall-back
 * overlap the earlier instant wins. Office hours never fall in either in America/Toronto.
 */
export function resolveWall(wall: number, timeZone: string): number {
  const firstOffset = offsetAt(wall, timeZone);
  const first = wall - firstOffset;
  const secondOffset = offsetAt(first, timeZone);
  if (secondOffset === firstOffset) return first;
  const second = wall - secondOffset;
  if (offsetAt(second, timeZone) === secondOffset) return second;
  return Math.max(first, second);
}

export function localDateAt(ms: number, timeZone: string): string {
  return utcMsToLocalDate(wallOf(ms, timeZone));
}

/** The local date ('YYYY-MM-DD') in `timeZone` of an ISO instant. */
export function localDateOf(instant: string, timeZone: string): string {
  return localDateAt(parseInstant(instant, 'instant'), timeZone);
}

/** Milliseconds after local midnight of 'HH:MM', 'HH:MM:SS' or 'HH:MM:SS.sss'. */
export function timeOfDayMs(time: unknown, field: string): number {
  const match = typeof time === 'string' ? TIME_OF_DAY.exec(time) : null;
  if (!match) throw new InvalidCommand(field, 'must be a time of day HH:MM');
  const [, hours, minutes, seconds, millis] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000 + Number(millis ?? 0);
}

/** The ISO instant (UTC, `toISOString()` form) at which `timeZone` shows `time` on `localDate`. */
export function instantAt(localDate: string, time: string, timeZone: string): string {
  const wall = localDateToUtcMs(requireLocalDate(localDate, 'localDate')) + timeOfDayMs(time, 'time');
  return new Date(resolveWall(wall, timeZone)).toISOString();
}
