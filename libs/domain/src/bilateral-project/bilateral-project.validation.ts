import type { CommandMetadata } from '../shared/command';
import { InvalidCommand } from '../shared/errors';
import { isNonEmptyText, parseInstant, requireEmailAddress, requireText } from '../shared/validation';
import { requireClockPlan, type ClockPlan } from '../service-standards/clock-plan';
import {
  ANALYSIS_RESULTS,
  type AnalysisResult,
  type CooperationAgreement,
  type Institution,
  type RequestedSupport,
} from './bilateral-project.events';

// Value checks for this case's commands. `text`, `optionalText`, `requireTextList`,
// `requirePastInstant` and `requireClockFor` are generic and could move to shared/validation.ts;
// they are local to keep to this folder.

/** The command's instant (workflow time), which events take unless the command states when the fact happened. */
export const nowOf = (metadata: CommandMetadata): number => parseInstant(metadata.now, 'metadata.now');
export const isoNow = (metadata: CommandMetadata): string => new Date(nowOf(metadata)).toISOString();

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

/** A list of at least `minimum` texts, each named by its index (`reasons.1`) when blank. */
export function requireTextList(value: unknown, field: string, minimum: number): string[] {
  if (!Array.isArray(value)) throw new InvalidCommand(field, 'must be a list');
  if (value.length < minimum) throw new InvalidCommand(field, `must hold at least ${minimum}`);
  return value.map((item, index) => text(item, `${field}.${index}`));
}

function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidCommand(field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

/**
 * An instant that has happened by `nowMs` (a fact recorded late keeps its true instant) and not
 * before `notBefore` (the previous step of the case, named in the message), as ISO.
 */
export function requirePastInstant(value: unknown, field: string, nowMs: number, notBefore?: { at: string; what: string }): string {
  const at = parseInstant(value, field);
  if (at > nowMs) throw new InvalidCommand(field, 'must not be in the future');
  if (notBefore && at < Date.parse(notBefore.at)) {
    throw new InvalidCommand(field, `must not be before ${notBefore.what} (${notBefore.at})`);
  }
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

export function requireInstitution(value: unknown): Institution {
  const institution = requireRecord(value, 'institution');
  return {
    name: text(institution.name, 'institution.name'),
    contactName: optionalText(institution.contactName, 'institution.contactName'),
    contactEmail: requireEmailAddress(institution.contactEmail, 'institution.contactEmail'),
  };
}

export function requireAgreement(value: unknown): CooperationAgreement {
  const agreement = requireRecord(value, 'agreement');
  return {
    title: text(agreement.title, 'agreement.title'),
    partnerGovernment: text(agreement.partnerGovernment, 'agreement.partnerGovernment'),
  };
}

function optionalAmount(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidCommand(field, 'must be a positive amount in Canadian dollars, or null');
  }
  return value;
}

export function requireRequestedSupport(value: unknown): RequestedSupport {
  const support = requireRecord(value, 'requestedSupport');
  return {
    description: text(support.description, 'requestedSupport.description'),
    amountCad: optionalAmount(support.amountCad, 'requestedSupport.amountCad'),
  };
}

/** Fields a result does not take must be absent, so a notification never carries a misleading value. */
function requireAbsent(data: Record<string, unknown>, field: string, why: string): void {
  if (data[field] !== undefined && data[field] !== null) throw new InvalidCommand(field, why);
}

/** Accepted with its conditions (none is an unconditional acceptance), or refused with at least one reason. */
export function requireAnalysisResult(value: AnalysisResult): AnalysisResult {
  const data = value as unknown as Record<string, unknown>;
  if (!ANALYSIS_RESULTS.includes(data.result as AnalysisResult['result'])) {
    throw new InvalidCommand('result', `must be one of ${ANALYSIS_RESULTS.join(', ')}`);
  }
  if (data.result === 'accepted') {
    requireAbsent(data, 'reasons', 'is only for a refused project');
    return { result: 'accepted', conditions: requireTextList(data.conditions ?? [], 'conditions', 0) };
  }
  requireAbsent(data, 'conditions', 'is only for an accepted project');
  return { result: 'refused', reasons: requireTextList(data.reasons, 'reasons', 1) };
}
