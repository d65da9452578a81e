import { InvalidCommand } from '../shared/errors';
import { optionalText, parseInstant, requireOneOf, requireRecord, text } from '../shared/validation';
import { localDateAt } from '../calendar/time-zone';
import { STANDARDS_TIME_ZONE } from '../service-standards/service-standard';
import { CALL_OUTCOME_KINDS, type CallOutcome, type Caller, type Referral } from './telephone-inquiry.events';

// Value checks for this case's commands; the generic ones are in shared/validation.ts.

/**
 * The outcome is recorded at the call: `calledAt` may be earlier, but on the same Québec day
 * (the telephone service's hours are Eastern time) and not in the future.
 */
export function requireCallInstant(value: unknown, field: string, nowMs: number): string {
  const at = parseInstant(value, field);
  if (at > nowMs) throw new InvalidCommand(field, 'must not be in the future');
  if (localDateAt(at, STANDARDS_TIME_ZONE) !== localDateAt(nowMs, STANDARDS_TIME_ZONE)) {
    throw new InvalidCommand(field, `must be earlier today (${STANDARDS_TIME_ZONE}): a call is recorded the day it is taken`);
  }
  return new Date(at).toISOString();
}

/** An anonymous caller is recorded with nulls. */
export function requireCaller(value: unknown): Caller {
  if (value === undefined || value === null) return { name: null, telephone: null };
  const caller = requireRecord(value, 'caller');
  return { name: optionalText(caller.name, 'caller.name'), telephone: optionalText(caller.telephone, 'caller.telephone') };
}

function requireReferral(value: unknown): Referral {
  const referral = requireRecord(value, 'outcome.referredTo');
  const organization = optionalText(referral.organization, 'outcome.referredTo.organization');
  const unit = optionalText(referral.unit, 'outcome.referredTo.unit');
  if (organization === null && unit === null) {
    throw new InvalidCommand('outcome.referredTo.organization', 'or outcome.referredTo.unit is required: whom to reach');
  }
  return { organization, unit, contact: optionalText(referral.contact, 'outcome.referredTo.contact') };
}

/** A field of the other outcome must be absent, so an outcome never carries a misleading value. */
function requireAbsent(outcome: Record<string, unknown>, name: string, why: string): void {
  if (outcome[name] !== undefined && outcome[name] !== null) throw new InvalidCommand(`outcome.${name}`, why);
}

/** Answered at once, with what was said; or referred, to whom. */
export function requireOutcome(value: unknown): CallOutcome {
  const outcome = requireRecord(value, 'outcome');
  const kind = requireOneOf(outcome.kind, CALL_OUTCOME_KINDS, 'outcome.kind');
  if (kind === 'answered-at-once') {
    requireAbsent(outcome, 'referredTo', 'is only for a referred call');
    return { kind, answer: text(outcome.answer, 'outcome.answer') };
  }
  requireAbsent(outcome, 'answer', 'is only for a call answered at once');
  return { kind, referredTo: requireReferral(outcome.referredTo) };
}

/** Whether a correction would leave the outcome as it stands. */
export function sameOutcome(a: CallOutcome, b: CallOutcome): boolean {
  if (a.kind === 'answered-at-once') return b.kind === 'answered-at-once' && a.answer === b.answer;
  if (b.kind !== 'referred') return false;
  const [x, y] = [a.referredTo, b.referredTo];
  return x.organization === y.organization && x.unit === y.unit && x.contact === y.contact;
}
