/**
 * JSON with object keys sorted at every depth, so that the same event always hashes the same,
 * whatever order its fields were written in. Written straight to text, without a sorted copy of
 * the value: every event is hashed when it is sealed and again each time it is verified.
 */
export function canonicalJson(value: unknown): string {
  return write(value) as string;
}

// The same text as JSON.stringify of a copy with its keys sorted, which is what every sealed hash
// was made from: an object is read by its own enumerable keys (never through toJSON), and the
// copy listed array-index keys first, in numeric order.
function write(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + (write(value[i]) ?? 'null');
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '';
  for (const key of keysInCopyOrder(record)) {
    const member = write(record[key]);
    if (member !== undefined) text += `${text ? ',' : ''}${JSON.stringify(key)}:${member}`;
  }
  return `{${text}}`;
}

function keysInCopyOrder(record: object): string[] {
  const keys = Object.keys(record).sort();
  // Only a key that starts with a digit can be an index: most objects have none.
  if (!keys.some((key) => isDigit(key.charCodeAt(0)))) return keys;
  const indices = keys.filter(isArrayIndex);
  if (indices.length === 0) return keys;
  return [...indices.sort((a, b) => Number(a) - Number(b)), ...keys.filter((key) => !isArrayIndex(key))];
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function isArrayIndex(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}
