/*
 * The longest string a fully anchored pattern matches (`^[a-z][a-z-]{0,59}$`: 60), so that the
 * OpenAPI document states the bound the pattern already enforces as `maxLength`. Only the plain
 * shapes the DTOs use are read (single characters, classes and escapes with `?`, `{n}` or
 * `{n,m}`); anything else (groups, `*`, `+`, an open end) has no bound here: undefined.
 */

const QUANTIFIER = /^(?:\?|\{(\d+)(?:,(\d+))?\})/;

export function patternMaxLength(source: string): number | undefined {
  if (!source.startsWith('^') || !source.endsWith('$') || source.endsWith('\\$')) return undefined;
  const body = source.slice(1, -1);
  let length = 0;
  for (let at = 0; at < body.length;) {
    const atom = atomLength(body, at);
    if (atom === undefined) return undefined;
    at += atom;
    const quantifier = QUANTIFIER.exec(body.slice(at));
    length += quantifier === null ? 1 : quantifier[0] === '?' ? 1 : Number(quantifier[2] ?? quantifier[1]);
    at += quantifier?.[0].length ?? 0;
  }
  return length;
}

/** How many characters of the pattern one atom spans: one character, an escape or a class. */
function atomLength(body: string, at: number): number | undefined {
  const char = body.charAt(at);
  if ('()|*+{?^$'.includes(char)) return undefined;
  if (char === '\\') return 2;
  if (char !== '[') return 1;
  for (let end = at + 1; end < body.length; end += 1) {
    if (body.charAt(end) === '\\') end += 1;
    else if (body.charAt(end) === ']' && end > at + 1) return end - at + 1;
  }
  return undefined;
}
