// Reference lists name a thing in French and English; staff typed it either way, with or without
// accents, so a name is looked up by its key: lower case, no accents, words only.

export interface BilingualName {
  readonly fr: string;
  readonly en: string;
}

/** `"Assemblée nationale du Bénin"` and `"assemblee  nationale du benin"` share one key. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An index from every key of every entry's names to the entry's id; the first entry wins a shared key. */
export function nameIndex<T>(entries: readonly T[], id: (entry: T) => string, names: (entry: T) => readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of entries) {
    for (const name of names(entry)) {
      const key = nameKey(name);
      if (!index.has(key)) index.set(key, id(entry));
    }
  }
  return index;
}
