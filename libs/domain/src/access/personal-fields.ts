/**
 * Where a shape holds personal information: dotted paths into it, `*` for every element of a list
 * or every value of a record (`proposals.*.organization.email`). A path the value lacks is skipped.
 */
export type PersonalPath = string;

/** What a masked field reads as: the shape stays, the content goes. */
export const MASKED = '[masked]';

/** The value with every field the paths mark replaced by `MASKED` (null stays null: nothing to hide). */
export function maskPersonal<T>(value: T, paths: readonly PersonalPath[]): T {
  return paths.reduce<unknown>((masked, path) => maskPath(masked, path.split('.')), value) as T;
}

function maskPath(value: unknown, [head, ...rest]: readonly string[]): unknown {
  if (head === undefined) return value === null || value === undefined ? value : MASKED;
  if (Array.isArray(value)) return head === '*' ? value.map((item: unknown) => maskPath(item, rest)) : value;
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(record) : Object.hasOwn(record, head) ? [head] : [];
  if (keys.length === 0) return value;
  return { ...record, ...Object.fromEntries(keys.map((key) => [key, maskPath(record[key], rest)])) };
}
