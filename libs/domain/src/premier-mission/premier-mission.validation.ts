import { InvalidCommand } from '../shared/errors';
import { NOTICE_LANGUAGES } from '../notifications/recipients';
import { optionalText, requireEmailAddress, requireOneOf, requireRecord, text } from '../shared/validation';
import { EVALUATION_ASPECTS, type EvaluationAspect, type EvaluationRatings, type ParticipantContact } from './premier-mission.events';

// Value checks for this case's commands; the generic ones are in shared/validation.ts.

export function requireContact(value: unknown): ParticipantContact {
  const contact = requireRecord(value, 'contact');
  return {
    name: text(contact.name, 'contact.name'),
    email: requireEmailAddress(contact.email, 'contact.email'),
    phone: optionalText(contact.phone, 'contact.phone'),
    // Only when given: a command recorded before the language was asked decides the same event again.
    ...(contact.language === undefined ? {} : { language: requireOneOf(contact.language, NOTICE_LANGUAGES, 'contact.language') }),
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
  const ratings = requireRecord(value, 'ratings');
  const unknown = Object.keys(ratings).find((key) => !EVALUATION_ASPECTS.includes(key as EvaluationAspect));
  if (unknown !== undefined) throw new InvalidCommand(`ratings.${unknown}`, 'is not an evaluation aspect');
  const rated = EVALUATION_ASPECTS.filter((aspect) => ratings[aspect] !== undefined);
  if (rated.length === 0) throw new InvalidCommand('ratings', 'must rate at least one aspect');
  return Object.fromEntries(rated.map((aspect) => [aspect, requireRating(ratings[aspect], `ratings.${aspect}`)]));
}
