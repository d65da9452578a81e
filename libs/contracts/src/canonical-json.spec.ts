import { canonicalJson } from './canonical-json';

/** The definition every sealed hash was made with: JSON.stringify of a copy with sorted keys. */
function sortedCopyJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v === null || typeof v !== 'object') return v;
    const record = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  };
  return JSON.stringify(sortKeys(value));
}

/** A small deterministic generator (mulberry32), so that a failure names its seed. */
function randomOf(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['a', 'B', 'é', 'z', '10', '9', '0', '01', '4294967295', '4294967294', '__proto__', 'quote"d', 'line\nbreak', ''];
const LEAVES = [null, undefined, true, false, 0, -1.5, 1e21, NaN, Infinity, '', 'Émilie « ok »', '\u2028', () => 1, new Date(0)];

function valueOf(random: () => number, depth: number): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (depth > 3 || roll < 0.4) return pick(LEAVES);
  const size = Math.floor(random() * 5);
  if (roll < 0.6) return Array.from({ length: size }, () => valueOf(random, depth + 1));
  const record: Record<string, unknown> = {};
  for (let i = 0; i < size; i++)
    Object.defineProperty(record, pick(KEYS), { value: valueOf(random, depth + 1), enumerable: true, configurable: true });
  return record;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[{"f":1}]},"b":1}');
  });

  it('lists array-index keys first, in numeric order, as the sorted copy did', () => {
    expect(canonicalJson({ b: 1, '10': 2, '9': 3, '01': 4 })).toBe('{"9":3,"10":2,"01":4,"b":1}');
  });

  it('writes what a sorted copy writes, for 2,000 generated values', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const value = valueOf(randomOf(seed), 0);
      expect({ seed, json: canonicalJson(value) }).toEqual({ seed, json: sortedCopyJson(value) });
    }
  });
});
