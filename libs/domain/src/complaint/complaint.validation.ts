import { InvalidCommand } from '../shared/errors';
import { isNonEmptyText, parseInstant, requireEmailAddress, requireText } from '../shared/validation';
import { requireClockPlan, type ClockPlan } from '../service-standards/clock-plan';
import {
  COMPLAINT_KINDS,
  type Complainant,
  type ComplaintChannel,
  type ComplaintConcern,
} from './complaint.events';

// Value checks for this case's commands. The generic ones (`text`, `optionalText`, `requireOneOf`,
// `requirePastInstant`, `requireClockFor`) match internship-application's and belong in
// shared/validation.ts; they are local to keep to this folder.

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

export function requireOneOf<T extends string>(value: unknown, options: readonly T[], field: string): T {
  if (!options.includes(value as T)) throw new InvalidCommand(field, `must be one of ${options.join(', ')}`);
  return value as T;
}

function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidCommand(field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

/** An instant that has happened by `nowMs` (a fact recorded late keeps its true instant), as ISO. */
export function requirePastInstant(value: unknown, field: string, nowMs: number): string {
  const at = parseInstant(value, field);
  if (at > nowMs) throw new InvalidCommand(field, 'must not be in the future');
  return new Date(at).toISOString();
}

/** The plan a command carries must be for `standardId` and start at the instant the event records. */
export function requireClockFor(value: unknown, standardId: string, startedAt: string, startField: string): ClockPlan {
  const clock = requireClockPlan(value, 'clock');
  if (clock.standardId !== standardId) throw new InvalidCommand('clock.standardId', `must be ${standardId}`);
  if (Date.parse(clock.startedAt) !== Date.parse(startedAt)) {
    throw new InvalidCommand('clock.startedAt', `must equal ${startField}`);
  }
  return clock;
}

/** A name and somewhere to send the answer: the e-mail address when the complaint came by e-mail. */
export function requireComplainant(value: unknown, channel: ComplaintChannel): Complainant {
  const complainant = requireRecord(value, 'complainant');
  const name = text(complainant.name, 'complainant.name');
  const address = optionalText(complainant.email, 'complainant.email');
  const email = address === null ? null : requireEmailAddress(address, 'complainant.email');
  const postalAddress = optionalText(complainant.postalAddress, 'complainant.postalAddress');
  if (channel === 'e-mail' && email === null) {
    throw new InvalidCommand('complainant.email', 'is required for a complaint received by e-mail');
  }
  if (email === null && postalAddress === null) {
    throw new InvalidCommand('complainant.postalAddress', 'or complainant.email is required to send the answer');
  }
  return { name, email, postalAddress };
}

/** The standard said not to be applied is named for that kind of complaint; a related case is never this one. */
export function requireConcern(value: unknown, caseId: string): ComplaintConcern {
  const concern = requireRecord(value, 'concern');
  const kind = requireOneOf(concern.kind, COMPLAINT_KINDS, 'concern.kind');
  const standardId = optionalText(concern.standardId, 'concern.standardId');
  if (kind === 'standard-not-applied' && standardId === null) {
    throw new InvalidCommand('concern.standardId', 'is required when a standard was not applied');
  }
  const relatedCaseId = optionalText(concern.relatedCaseId, 'concern.relatedCaseId');
  if (relatedCaseId === caseId) throw new InvalidCommand('concern.relatedCaseId', 'cannot be the complaint itself');
  return { kind, service: text(concern.service, 'concern.service'), standardId, relatedCaseId };
}
