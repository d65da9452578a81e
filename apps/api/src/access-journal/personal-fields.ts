import { MASKED } from '@entente/domain';

/**
 * The personal information an answer shows, as paths (`timeline[].data.sender.email`), for the
 * access journal. A stand-in until the read policy marks personal fields itself: keys that are
 * always personal, and a person's `name` (or an old event's `address`) under a key that holds a
 * person. An organization's or a parliament's name is not personal information.
 */
const ALWAYS_PERSONAL = new Set(['email', 'phone', 'telephone', 'postalAddress', 'contactName', 'senderName', 'senderAddress', 'body']);
const PERSON_HOLDERS = new Set(['sender', 'complainant', 'candidate', 'caller', 'contact', 'participant']);
const PERSONAL_UNDER_A_PERSON = new Set(['name', 'address']);

/** A field the read policy masked (`MASKED`) shows nothing. */
function shown(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && value !== MASKED;
}

function isPersonal(key: string, parentKey: string | undefined): boolean {
  return ALWAYS_PERSONAL.has(key) || (parentKey !== undefined && PERSON_HOLDERS.has(parentKey) && PERSONAL_UNDER_A_PERSON.has(key));
}

function collect(value: unknown, path: string, parentKey: string | undefined, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, `${path}[]`, parentKey, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (isPersonal(key, parentKey) && shown(child) && typeof child !== 'object') into.add(childPath);
    else collect(child, childPath, key, into);
  }
}

/** Sorted and without repeats: an answer listing ten events names `timeline[].data.sender.email` once. */
export function personalFieldsShown(answer: unknown): string[] {
  const paths = new Set<string>();
  collect(answer, '', undefined, paths);
  return [...paths].sort();
}
