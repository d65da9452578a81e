import { createHmac, hkdfSync } from 'node:crypto';
import { PERSON_IDENTIFIERS, type CaseType, type PersonalInformationCorrectedData } from '@entente/contracts';
import { endsWithPath, mapPersonal, mapStrings } from '@entente/domain';
import { isConcealed } from './personal-field-cipher';

/*
 * A keyed blind index of the people a case names (docs/adr/0019): for each e-mail address and
 * name the contracts mark (`PERSON_IDENTIFIERS`), an HMAC-SHA256 of its normalized form under a
 * key derived from the key-encryption key. The index finds a person's cases by equality, and
 * without the key its digests say nothing, not even which two cases name the same person.
 */

export type IdentifierKind = 'email' | 'name';

export interface PersonDigest {
  readonly kind: IdentifierKind;
  readonly digest: string;
}

/** The index's own key, derived from the KEK: one secret to keep, and a key used for nothing else. */
export function blindIndexKey(kek: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', kek, Buffer.from('entente'), Buffer.from('blind-index/v1'), 32));
}

/**
 * How an identifier is compared: an address without case or surrounding spaces; a name without
 * accents, case, punctuation or repeated spaces ("Côté, Julie-Anne" and "cote julie anne" match).
 */
export function normalizedIdentifier(kind: IdentifierKind, value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function blindDigest(key: Buffer, kind: IdentifierKind, value: string): string | undefined {
  const normalized = normalizedIdentifier(kind, value);
  return normalized ? createHmac('sha256', key).update(`${kind}:${normalized}`).digest('hex') : undefined;
}

/** The digests of the people an event's data names (in clear: before its fields are sealed), without repeats. */
export function personDigests(key: Buffer, caseType: CaseType, data: unknown): PersonDigest[] {
  const { emails, names } = PERSON_IDENTIFIERS[caseType];
  const found = new Map<string, PersonDigest>();
  const collect = (kind: IdentifierKind) => (field: unknown) =>
    mapStrings(field, (text) => {
      const digest = isConcealed(text) ? undefined : blindDigest(key, kind, text);
      if (digest) found.set(`${kind}:${digest}`, { kind, digest });
      return text;
    });
  mapPersonal(data, emails, collect('email'));
  mapPersonal(data, names, collect('name'));
  const corrected = correctedIdentifier(caseType, data);
  if (corrected) collect(corrected.kind)(corrected.value);
  return [...found.values()];
}

/**
 * A correction's text, when the field it corrects names a person (a state path ending as an
 * event's marked path: `participants.2.contact.email` as `contact.email`), so that the person is
 * found under the corrected address or name too.
 */
function correctedIdentifier(caseType: CaseType, data: unknown): { kind: IdentifierKind; value: string } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { field, correctedValue } = data as Partial<PersonalInformationCorrectedData>;
  if (typeof field !== 'string' || typeof correctedValue !== 'string') return undefined;
  const { emails, names } = PERSON_IDENTIFIERS[caseType];
  const endsAs = (path: string) => endsWithPath(field.split('.'), path.split('.'));
  if (emails.some(endsAs)) return { kind: 'email', value: correctedValue };
  if (names.some(endsAs)) return { kind: 'name', value: correctedValue };
  return undefined;
}

/** Where the digests rest: a table in the processes, memory in the time-skipping tests. */
export interface PersonIndex {
  /** Adds the case's digests; those it holds already are kept once. */
  record(caseId: string, caseType: CaseType, digests: readonly PersonDigest[]): Promise<void>;
  /** Removes every digest of the case: its erasure. */
  forget(caseId: string): Promise<void>;
}

export class InMemoryPersonIndex implements PersonIndex {
  readonly rows = new Map<string, Set<string>>();

  record(caseId: string, _caseType: CaseType, digests: readonly PersonDigest[]): Promise<void> {
    const rows = this.rows.get(caseId) ?? new Set<string>();
    for (const { kind, digest } of digests) rows.add(`${kind}:${digest}`);
    this.rows.set(caseId, rows);
    return Promise.resolve();
  }

  forget(caseId: string): Promise<void> {
    this.rows.delete(caseId);
    return Promise.resolve();
  }
}
