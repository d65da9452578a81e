/**
 * Where a shape holds personal information: dotted paths into it, `*` for every element of a list
 * or every value of a record (`proposals.*.organization.email`). A path the value lacks is skipped.
 */
export type PersonalPath = string;

/** What a masked field reads as: the shape stays, the content goes. */
export const MASKED = '[masked]';

/** What a field reads as once its case's key is destroyed (an erasure): the shape stays, the content is gone for good. */
export const ERASED = '[erased]';

/** The value with every field the paths mark replaced by `MASKED` (null stays null: nothing to hide). */
export function maskPersonal<T>(value: T, paths: readonly PersonalPath[]): T {
  return mapPersonal(value, paths, (field) => (field === null || field === undefined ? field : MASKED));
}

/** The value with every field the paths mark replaced by what `change` makes of it (an encryption, a mask). */
export function mapPersonal<T>(value: T, paths: readonly PersonalPath[], change: (field: unknown) => unknown): T {
  return paths.reduce<unknown>((changed, path) => mapPath(changed, path.split('.'), change), value) as T;
}

/** Every string inside `value` (itself, or in its lists and records at any depth) replaced by what `change` makes of it. */
export function mapStrings(value: unknown, change: (text: string) => unknown): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, change));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapStrings(child, change)]));
}

function mapPath(value: unknown, [head, ...rest]: readonly string[], change: (field: unknown) => unknown): unknown {
  if (head === undefined) return change(value);
  if (Array.isArray(value)) return head === '*' ? value.map((item: unknown) => mapPath(item, rest, change)) : value;
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(record) : Object.hasOwn(record, head) ? [head] : [];
  if (keys.length === 0) return value;
  return { ...record, ...Object.fromEntries(keys.map((key) => [key, mapPath(record[key], rest, change)])) };
}

/**
 * Where a value shows a field the paths mark, as concrete paths (`timeline[].data.sender.email`,
 * `[]` for a list's elements), sorted and without repeats. A marked path may end anywhere in the
 * value: an answer nests a case's state and its events' data at depths the mark does not know. A
 * field shows when it holds something other than null, '', `MASKED` or `ERASED`.
 */
export function personalPathsShown(value: unknown, paths: readonly PersonalPath[]): string[] {
  const found = new Set<string>();
  walk(
    value,
    { keys: [], shown: '' },
    paths.map((path) => path.split('.')),
    found,
  );
  return [...found].sort();
}

interface At {
  /** The keys from the root, a list's element as `*`, to match the marked paths against. */
  readonly keys: readonly string[];
  /** The same place as the journal names it. */
  readonly shown: string;
}

function walk(value: unknown, at: At, marks: readonly (readonly string[])[], found: Set<string>): void {
  if (at.keys.length > 0 && marks.some((mark) => endsWithPath(at.keys, mark))) {
    if (holdsSomething(value)) found.add(at.shown);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walk(item, { keys: [...at.keys, '*'], shown: `${at.shown}[]` }, marks, found);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    walk(child, { keys: [...at.keys, key], shown: at.shown ? `${at.shown}.${key}` : key }, marks, found);
  }
}

/** Whether the keys end as the marked path does (`*` for any key): `participants.2.contact.email` as `contact.email`. */
export function endsWithPath(keys: readonly string[], mark: readonly string[]): boolean {
  const tail = keys.slice(keys.length - mark.length);
  return mark.length <= keys.length && mark.every((segment, index) => segment === '*' || segment === tail[index]);
}

function holdsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSomething);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsSomething);
  return value !== null && value !== undefined && value !== '' && value !== MASKED && value !== ERASED;
}
