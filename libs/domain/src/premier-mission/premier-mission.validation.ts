import { InvalidCommand } from '../shared/errors';
import { isNonEmptyText, parseInstant, requireEmailAddress, requireText } from '../shared/validation';
import {
  EVALUATION_ASPECTS,
  type EvaluationAspect,
  type EvaluationRatings,
  type ParticipantContact,
} from './premier-mission.events';

// Local helpers; `optionalText` and `requireOneOf` would belong in shared/validation.ts.

/** `null` for an absent or blank optional text; the trimmed text otherwise. */
export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidCommand(field, 'must be a string or null');
  return isNonEmptyText(value) ? value.trim() : null;
}

export function requireTrimmed(value: unknown, field: string): string {
  return requireText(value, field).trim();
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) throw new InvalidCommand(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidCommand(field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

/** A fact stated by the command (`registeredAt`, `answeredAt`): an instant, not after `now`. */
export function requirePastInstant(value: unknown, field: string, nowMs: number): string {
  const at = parseInstant(value, field);
  if (at > nowMs) throw new InvalidCommand(field, 'must not be in the future');
  return new Date(at).toISOString();
}

export function requireContact(value: unknown): ParticipantContact {
  const contact = requireObject(value, 'contact');
  return {
    name: requireTrimmed(contact.name, 'contact.name'),
    email: requireEmailAddress(contact.email, 'contact.email'),
    phone: optionalText(contact.phone, 'contact.phone'),
  };
}

function requireRating(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
    throw new InvalidCommand(field, 'must be an integer from 1 to 5');
  }
  return value;
}

/** At least one aspect, each rated 1 to 5; kept in EVALUATION_ASPECTS order. */
export function requireRatings(value: unknown): EvaluationRatings {
  const ratings = requireObject(value, 'ratings');
  const unknown = Object.keys(ratings).find((key) => !EVALUATION_ASPECTS.includes(key as EvaluationAspect));
  if (unknown !== undefined) throw new InvalidCommand(`ratings.${unknown}`, 'is not an evaluation aspect');
  const rated = EVALUATION_ASPECTS.filter((aspect) => ratings[aspect] !== undefined);
  if (rated.length === 0) throw new InvalidCommand('ratings', 'must rate at least one aspect');
  return Object.fromEntries(rated.map((aspect) => [aspect, requireRating(ratings[aspect], `ratings.${aspect}`)]));
}
