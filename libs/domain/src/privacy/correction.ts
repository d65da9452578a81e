import type { PersonalPath } from '../access/personal-fields';
import type { Actor } from '../shared/command';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { requireEmailAddress } from '../shared/validation';
import { requirePrivacyOfficer } from './erasure-policy';

export const CORRECT_PERSONAL_INFORMATION = 'CorrectPersonalInformation';

/**
 * A person's request to correct what a case holds about them (Québec's Access Act, s. 89), as
 * their body's privacy officer records it: one personal field of the case, its corrected text,
 * and why. The correction is an event of the case; nothing recorded before it is edited.
 */
export interface PersonalInformationCorrection {
  /** A concrete path into the case's state (`sender.email`, `participants.2.contact.email`). */
  readonly field: string;
  readonly correctedValue: string;
  readonly reason: string;
}

/** What a correction depends on besides the case's state. */
export interface CorrectionFacts {
  /** Its history records an erasure: nothing personal is left to correct. */
  readonly erased: boolean;
}

const FIELD_PATTERN = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/;

/**
 * Whether the privacy officer may record this correction: only a field the contracts mark
 * personal for the case type (`marked`, paths into its state), that holds text in the case now,
 * with a corrected text and a reason, and never on an erased case.
 */
export function checkCorrection(
  actor: Pick<Actor, 'role'>,
  facts: CorrectionFacts,
  marked: readonly PersonalPath[],
  state: unknown,
  correction: PersonalInformationCorrection,
): void {
  requirePrivacyOfficer(actor, CORRECT_PERSONAL_INFORMATION);
  if (facts.erased) throw new CommandRefused('the case’s personal information is erased: nothing is left to correct');
  const { field, correctedValue, reason } = correction;
  if (typeof field !== 'string' || !FIELD_PATTERN.test(field)) {
    throw new InvalidCommand('field', 'must be a dotted path into the case, such as sender.email');
  }
  if (!marked.some((path) => covers(path, field))) {
    throw new InvalidCommand('field', `${field} is not a personal field of this case type (one of: ${marked.join(', ')})`);
  }
  if (typeof valueAt(state, field) !== 'string') throw new InvalidCommand('field', `the case holds no text at ${field} to correct`);
  if (typeof correctedValue !== 'string' || correctedValue.trim() === '') {
    throw new InvalidCommand('correctedValue', 'must be the corrected text, not empty');
  }
  // A corrected address is checked as the case's own commands check an address.
  if (namesAnAddress(field)) requireEmailAddress(correctedValue, 'correctedValue');
  if (typeof reason !== 'string' || reason.trim() === '') throw new InvalidCommand('reason', 'must say why the field is corrected');
}

/** `sender.email`, `institution.contactEmail`: the fields the case types name an e-mail address by. */
function namesAnAddress(field: string): boolean {
  const last = field.split('.').at(-1)!;
  return last === 'email' || last.endsWith('Email');
}

/** The state with the corrected text at the field: how every fold of the case reads a correction. */
export function correctedState<S>(state: S, field: string, correctedValue: unknown): S {
  return setAt(state, field.split('.'), correctedValue) as S;
}

/** A marked path covers the field at it and every field beneath (`candidate.*` covers `candidate.name`). */
function covers(path: PersonalPath, field: string): boolean {
  const marked = path.split('.');
  const keys = field.split('.');
  return keys.length >= marked.length && marked.every((segment, index) => segment === '*' || segment === keys[index]);
}

function valueAt(value: unknown, field: string): unknown {
  return field
    .split('.')
    .reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), value);
}

/** A copy with the value at the path replaced; a path the value lacks leaves it as it is. */
function setAt(value: unknown, [head, ...rest]: readonly string[], replacement: unknown): unknown {
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index < 0 || index >= value.length) return value;
    return value.map((item: unknown, at) => (at === index ? setAt(item, rest, replacement) : item));
  }
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, head)) return value;
  const record = value as Record<string, unknown>;
  return { ...record, [head]: setAt(record[head], rest, replacement) };
}
