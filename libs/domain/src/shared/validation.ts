import type { CommandMetadata } from './command';
import { InvalidCommand } from './errors';

// Commands arrive from HTTP and from workflow history, so values are checked at run time even
// where the types already promise a shape.

/** An ISO 8601 instant with its offset: the one form commands accept (the API documents it as is). */
export const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the mailer's job.
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The years a date or an instant a person types may fall in; calendars count the same ones. A
 * year 2926 is a typing error, not a case, and would reach no clock or column sensibly.
 */
export const DATE_YEARS = Object.freeze({ first: 1900, last: 2200 });
const YEARS = `between ${DATE_YEARS.first} and ${DATE_YEARS.last}`;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < DATE_YEARS.first || year > DATE_YEARS.last) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const LOCAL_DATE_RULE = `must be a real date YYYY-MM-DD ${YEARS}`;
export const INSTANT_RULE = `must be an ISO 8601 instant with an offset ${YEARS}, e.g. 2026-11-23T15:00:00.000Z`;

export function isLocalDate(value: unknown): value is string {
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const MONTH_RULE = `must be a month YYYY-MM ${YEARS}`;

/** A month `YYYY-MM` in the years dates may fall in. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}$/.test(value) && isLocalDate(`${value}-01`);
}

export function requireLocalDate(value: unknown, field: string): string {
  if (!isLocalDate(value)) throw new InvalidCommand(field, LOCAL_DATE_RULE);
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
    throw new InvalidCommand(field, INSTANT_RULE);
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

/** Trimmed non-empty text. */
export function text(value: unknown, field: string): string {
  return requireText(value, field).trim();
}

/** `null` for an absent or blank optional text; the trimmed text otherwise. */
export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidCommand(field, 'must be a string or null');
  return isNonEmptyText(value) ? value.trim() : null;
}

/** One of a closed set of values (a kind, a sector number), with the set named in the message. */
export function requireOneOf<T extends string | number>(value: unknown, options: readonly T[], field: string): T {
  if (!options.includes(value as T)) throw new InvalidCommand(field, `must be one of ${options.join(', ')}`);
  return value as T;
}

/** A plain object (not null, not a list) whose fields the caller then checks one by one. */
export function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidCommand(field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

/** The command's instant (`metadata.now`, workflow time), in milliseconds. */
export const nowOf = (metadata: CommandMetadata): number => parseInstant(metadata.now, 'metadata.now');

/**
 * An instant stated by the command (`receivedAt`, `heldAt`) that has happened by `nowMs`: a fact
 * recorded late keeps its true instant. With `notBefore`, it must also not precede the previous
 * step of the case, named in the message. Returned in canonical ISO form.
 */
export function requirePastInstant(
  value: unknown,
  field: string,
  nowMs: number,
  notBefore?: { readonly at: string; readonly what: string },
): string {
  const at = parseInstant(value, field);
  if (at > nowMs) throw new InvalidCommand(field, 'must not be in the future');
  if (notBefore && at < Date.parse(notBefore.at)) {
    throw new InvalidCommand(field, `must not be before ${notBefore.what} (${notBefore.at})`);
  }
  return new Date(at).toISOString();
}

/**
 * The instant a fact stated by a command happened (`answeredAt`, `sentAt`, `heldAt`...): when
 * left out, the command's own instant. Staff record facts late, and clocks count when they
 * happened: never in the future, never before the fact they follow (`notBefore`).
 */
export function factInstant(
  value: unknown,
  field: string,
  metadata: CommandMetadata,
  notBefore?: { readonly at: string; readonly what: string },
): string {
  return requirePastInstant(value ?? metadata.now, field, nowOf(metadata), notBefore);
}

/** The later of two instants; the first may not be known yet. */
export function latest(known: string | undefined, instant: string): string {
  return known !== undefined && Date.parse(known) > Date.parse(instant) ? known : instant;
}
