import type { CommandMetadata } from '../shared/command';
import { InvalidCommand } from '../shared/errors';
import { nowOf, optionalText, requireEmailAddress, requireRecord, text } from '../shared/validation';
import { requireMoney } from '../shared/quantities';
import {
  ANALYSIS_RESULTS,
  type AnalysisResult,
  type CooperationAgreement,
  type Institution,
  type RequestedSupport,
} from './bilateral-project.events';

// Value checks for this case's commands; the generic ones are in shared/validation.ts.

/** The command's instant (workflow time) as ISO, which events take unless the command states when the fact happened. */
export const isoNow = (metadata: CommandMetadata): string => new Date(nowOf(metadata)).toISOString();

/** A list of at least `minimum` texts, each named by its index (`reasons.1`) when blank. */
export function requireTextList(value: unknown, field: string, minimum: number): string[] {
  if (!Array.isArray(value)) throw new InvalidCommand(field, 'must be a list');
  if (value.length < minimum) throw new InvalidCommand(field, `must hold at least ${minimum}`);
  return value.map((item, index) => text(item, `${field}.${index}`));
}

export function requireInstitution(value: unknown): Institution {
  const institution = requireRecord(value, 'institution');
  return {
    name: text(institution.name, 'institution.name'),
    contactName: optionalText(institution.contactName, 'institution.contactName'),
    // A case submitted before the rename replays its first command, as recorded, with `contactEmail`.
    email: requireEmailAddress(institution.email ?? institution.contactEmail, 'institution.email'),
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
  return requireMoney(value, field);
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
