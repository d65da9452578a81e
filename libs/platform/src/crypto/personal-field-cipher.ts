import { PERSONAL_DATA, type CaseType } from '@entente/contracts';
import { ERASED, mapPersonal, mapStrings, MASKED } from '@entente/domain';
import { open, seal } from './aes-gcm';
import type { CaseKeyStore } from './case-key-store';

/*
 * Personal fields as events carry them at rest (Kafka, `case_event`, the read models): each string
 * inside a field the contracts mark (`PERSONAL_DATA`) becomes `$enc:v1:` and the base64url of
 * AES-256-GCM under the case's data key, the case id as associated data. A string stays a string,
 * so the read models' columns and the deciders' folds take it as they took the clear text. See
 * docs/adr/0016-personal-fields-encrypted-at-rest.md.
 */

export const CONCEALED_PREFIX = '$enc:v1:';

export function isConcealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(CONCEALED_PREFIX);
}

/** One string sealed under the case's key; already sealed text is left as it is. */
export function concealText(key: Buffer, caseId: string, text: string): string {
  if (isConcealed(text)) return text;
  return CONCEALED_PREFIX + seal(key, Buffer.from(text, 'utf8'), caseId).toString('base64url');
}

/**
 * The clear text of a sealed string; `ERASED` once the case's key is gone. Text that only looks
 * sealed (a requester may type anything) and does not open under the case's key is shown as typed.
 */
export function revealText(key: Buffer | undefined, caseId: string, text: string): string {
  if (!isConcealed(text)) return text;
  if (!key) return ERASED;
  try {
    return open(key, Buffer.from(text.slice(CONCEALED_PREFIX.length), 'base64url'), caseId).toString('utf8');
  } catch {
    return text;
  }
}

/** An event's data with the strings of its personal fields sealed under the case's key. */
export function concealEventData(key: Buffer, caseId: string, caseType: CaseType, data: unknown): unknown {
  return mapPersonal(data, PERSONAL_DATA[caseType].events, (field) => mapStrings(field, (text) => concealText(key, caseId, text)));
}

/** Whether an event's data holds a personal field in clear: an event stored before fields were sealed. */
export function holdsPersonalInClear(caseType: CaseType, data: unknown): boolean {
  let found = false;
  mapPersonal(data, PERSONAL_DATA[caseType].events, (field) => mapStrings(field, (text) => (found ||= !isConcealed(text))));
  return found;
}

/** A sealed string where it stands inside a longer text (a read model's subject composed of sealed fields). */
const CONCEALED_TOKEN = /\$enc:v1:[A-Za-z0-9_-]+/g;

/** Whether anything inside `value` is sealed, so a reader without any need of a key asks for none. */
export function holdsConcealed(value: unknown): boolean {
  let found = false;
  mapStrings(value, (text) => (found ||= text.includes(CONCEALED_PREFIX)));
  return found;
}

/**
 * What a reader sees of a value read from a store (an answer, an event, a state): every sealed
 * string opened when the read policy shows personal fields, `MASKED` otherwise, so a sealed string
 * never leaves the API as it rests; `ERASED` for every reader once the case's key is destroyed
 * (a masked reader is told the truth: there is nothing left to reveal).
 */
export async function revealFor<T>(keys: Pick<CaseKeyStore, 'existingKey'>, caseId: string, value: T, shown: boolean): Promise<T> {
  if (!holdsConcealed(value)) return value;
  const key = await keys.existingKey(caseId);
  const reveal = shown ? (token: string) => revealText(key, caseId, token) : () => (key ? MASKED : ERASED);
  return mapStrings(value, (text) => text.replace(CONCEALED_TOKEN, reveal)) as T;
}
