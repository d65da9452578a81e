import { InvalidCommand } from '../shared/errors';
import { requireEmailAddress, requireLocalDate, requireOneOf, requireRecord, text } from '../shared/validation';
import {
  STUDY_LEVELS,
  type Candidate,
  type EligibilityDecision,
  type FinalDecision,
  type Placement,
} from './internship-application.events';

// Value checks for this case's commands; the generic ones are in shared/validation.ts.

/** A list of texts, each named by its index (`panel.1`) when blank. */
export function requireTextList(value: unknown, field: string, minimum: number): string[] {
  if (!Array.isArray(value)) throw new InvalidCommand(field, 'must be a list');
  if (value.length < minimum) throw new InvalidCommand(field, `must name at least ${minimum}`);
  return value.map((item, index) => text(item, `${field}.${index}`));
}

/** Fields a decision does not take must be absent, so a reply never carries a misleading value. */
export function requireAbsent(data: object, fields: readonly string[], why: string): void {
  const record = data as Record<string, unknown>;
  const present = fields.find((name) => record[name] !== undefined && record[name] !== null);
  if (present !== undefined) throw new InvalidCommand(present, why);
}

export function requireCandidate(value: unknown): Candidate {
  const candidate = requireRecord(value, 'candidate');
  return {
    name: text(candidate.name, 'candidate.name'),
    email: requireEmailAddress(candidate.email, 'candidate.email'),
    studyLevel: requireOneOf(candidate.studyLevel, STUDY_LEVELS, 'candidate.studyLevel'),
    university: text(candidate.university, 'candidate.university'),
    fieldOfStudy: text(candidate.fieldOfStudy, 'candidate.fieldOfStudy'),
  };
}

export function requirePlacement(value: unknown): Placement {
  const placement = requireRecord(value, 'placement');
  const startsOn = requireLocalDate(placement.startsOn, 'placement.startsOn');
  const endsOn = requireLocalDate(placement.endsOn, 'placement.endsOn');
  if (endsOn <= startsOn) throw new InvalidCommand('placement.endsOn', 'must be after placement.startsOn');
  return { post: text(placement.post, 'placement.post'), city: text(placement.city, 'placement.city'), startsOn, endsOn };
}

/** The decision and, for a candidate not eligible, the reason. */
export function requireEligibilityDecision(data: EligibilityDecision): EligibilityDecision {
  const decision = requireOneOf(data.decision, ['eligible', 'not-eligible'] as const, 'decision');
  if (decision === 'not-eligible') return { decision, reason: text((data as { reason?: unknown }).reason, 'reason') };
  requireAbsent(data, ['reason'], 'is only for a candidate found not eligible');
  return { decision };
}

/** Selected with an organization and a placement, or not selected with a reason; nothing else. */
export function requireFinalDecision(data: FinalDecision): FinalDecision {
  const decision = requireOneOf(data.decision, ['selected', 'not-selected'] as const, 'decision');
  const fields = data as Partial<Record<'organization' | 'placement' | 'reason', unknown>>;
  if (decision === 'not-selected') {
    requireAbsent(data, ['organization', 'placement'], 'is only for a selected candidate');
    return { decision, reason: text(fields.reason, 'reason') };
  }
  requireAbsent(data, ['reason'], 'is only for a candidate not selected');
  return { decision, organization: text(fields.organization, 'organization'), placement: requirePlacement(fields.placement) };
}
