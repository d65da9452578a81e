import { InvalidCommand } from './errors';

// Commands arrive from HTTP and from workflow history, so values are checked at run time even
// where the types already promise a shape.

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the mailer's job.
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isLocalDate(value: unknown): value is string {
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function requireLocalDate(value: unknown, field: string): string {
  if (!isLocalDate(value)) throw new InvalidCommand(field, 'must be a date YYYY-MM-DD');
  return value;
}

/**
 * Milliseconds since the epoch of an ISO 8601 instant. An explicit offset (Z or ±HH:MM) is
 * required: a wall-clock time without one is not an instant. `Date.parse` alone would accept
 * impossible dates such as 30 February, hence the component checks.
 */
export function parseInstant(value: unknown, field: string): number {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  const valid =
    match !== null &&
    isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) &&
    Number(match[4]) < 24 &&
    Number(match[5]) < 60 &&
    Number(match[6] ?? 0) < 60 &&
    Number(match[8] ?? 0) < 24 &&
    Number(match[9] ?? 0) < 60;
  const time = valid ? Date.parse(value as string) : NaN;
  if (Number.isNaN(time)) {
    throw new InvalidCommand(field, 'must be an ISO 8601 instant with an offset, e.g. 2026-11-23T15:00:00.000Z');
  }
  return time;
}

/** The instant in canonical `toISOString()` form. */
export function normalizeInstant(value: unknown, field: string): string {
  return new Date(parseInstant(value, field)).toISOString();
}

export function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function requireText(value: unknown, field: string): string {
  if (!isNonEmptyText(value)) throw new InvalidCommand(field, 'must be a non-empty string');
  return value;
}

export function requireEmailAddress(value: unknown, field: string): string {
  const address = typeof value === 'string' ? value.trim() : '';
  if (!EMAIL_ADDRESS.test(address)) throw new InvalidCommand(field, 'must be an e-mail address');
  return address;
}
