import type { CommandMetadata } from './command';
import { InvalidCommand } from './errors';
import {
  DATE_YEARS,
  factInstant,
  isLocalDate,
  nowOf,
  optionalText,
  parseInstant,
  requireLocalDate,
  requireOneOf,
  requirePastInstant,
  requireRecord,
  text,
} from './validation';

const invalid = (field: string, message: string) => new InvalidCommand(field, message);

describe('text', () => {
  it('trims', () => expect(text('  Lyon ', 'city')).toBe('Lyon'));
  it.each([undefined, null, '', '   ', 3])('refuses %p', (value) =>
    expect(() => text(value, 'city')).toThrow(invalid('city', 'must be a non-empty string')),
  );
});

describe('optionalText', () => {
  it.each([undefined, null, '', '  '])('is null for %p', (value) => expect(optionalText(value, 'reason')).toBeNull());
  it('trims a text', () => expect(optionalText(' on leave ', 'reason')).toBe('on leave'));
  it('refuses a value that is not a string', () =>
    expect(() => optionalText(4, 'reason')).toThrow(invalid('reason', 'must be a string or null')));
});

describe('requireOneOf', () => {
  it('returns a value of the set', () => expect(requireOneOf('b', ['a', 'b'] as const, 'kind')).toBe('b'));
  it('takes numbers', () => expect(requireOneOf(2, [1, 2, 3], 'sector')).toBe(2));
  it('names the set when refusing', () =>
    expect(() => requireOneOf('c', ['a', 'b'], 'kind')).toThrow(invalid('kind', 'must be one of a, b')));
});

describe('requireRecord', () => {
  it('returns an object', () => expect(requireRecord({ a: 1 }, 'contact')).toEqual({ a: 1 }));
  it.each([null, undefined, [], 'text', 1])('refuses %p', (value) =>
    expect(() => requireRecord(value, 'contact')).toThrow(invalid('contact', 'must be an object')),
  );
});

describe('nowOf', () => {
  const metadata = (now: string): CommandMetadata => ({ actor: { id: 'a', role: 'case-officer' }, now, correlationId: 'c' });
  it('parses metadata.now', () => expect(nowOf(metadata('2026-03-02T14:00:00Z'))).toBe(Date.parse('2026-03-02T14:00:00Z')));
  it('names metadata.now when it is not an instant', () =>
    expect(() => nowOf(metadata('2026-03-02'))).toThrow(expect.objectContaining({ field: 'metadata.now' })));
});

describe('requirePastInstant', () => {
  const now = Date.parse('2026-03-02T14:00:00Z');
  it('returns the instant as canonical ISO', () =>
    expect(requirePastInstant('2026-03-02T09:00:00-05:00', 'heldAt', now)).toBe('2026-03-02T14:00:00.000Z'));
  it('refuses the future', () =>
    expect(() => requirePastInstant('2026-03-02T14:00:01Z', 'heldAt', now)).toThrow(invalid('heldAt', 'must not be in the future')));
  it('refuses an instant before the previous step, naming it', () => {
    const notBefore = { at: '2026-03-01T12:00:00.000Z', what: 'the submission' };
    expect(() => requirePastInstant('2026-03-01T11:59:59Z', 'heldAt', now, notBefore)).toThrow(
      invalid('heldAt', 'must not be before the submission (2026-03-01T12:00:00.000Z)'),
    );
    expect(requirePastInstant('2026-03-01T12:00:00Z', 'heldAt', now, notBefore)).toBe('2026-03-01T12:00:00.000Z');
  });
});

describe('factInstant', () => {
  const metadata: CommandMetadata = { actor: { id: 'olivier', role: 'case-officer' }, now: '2026-03-02T14:00:00.000Z', correlationId: 'c' };
  it('is the command’s own instant when left out', () => {
    expect(factInstant(undefined, 'answeredAt', metadata)).toBe('2026-03-02T14:00:00.000Z');
    expect(factInstant(null, 'answeredAt', metadata)).toBe('2026-03-02T14:00:00.000Z');
  });
  it('keeps a stated past instant, and refuses the future', () => {
    expect(factInstant('2026-02-27T16:00:00-05:00', 'answeredAt', metadata)).toBe('2026-02-27T21:00:00.000Z');
    expect(() => factInstant('2026-03-02T14:00:01Z', 'answeredAt', metadata)).toThrow(invalid('answeredAt', 'must not be in the future'));
  });
  it('refuses an instant before the fact it follows', () => {
    const receipt = { at: '2026-02-27T12:00:00.000Z', what: 'the receipt' };
    expect(() => factInstant('2026-02-27T11:00:00Z', 'answeredAt', metadata, receipt)).toThrow(
      invalid('answeredAt', 'must not be before the receipt (2026-02-27T12:00:00.000Z)'),
    );
  });
});

describe('dates people type', () => {
  it.each(['1900-01-01', '2026-02-28', '2028-02-29', '2200-12-31'])('takes %s', (date) => expect(isLocalDate(date)).toBe(true));

  // 5366-33-11 once passed the API's pattern and reached the decider.
  it.each(['5366-33-11', '7504-01-17', '1899-12-31', '2201-01-01', '2026-02-29', '2026-04-31', '2026-00-10', '2026-6-1', 20260601])(
    'refuses %p',
    (date) => expect(isLocalDate(date)).toBe(false),
  );

  it('names the field and the years when refusing', () =>
    expect(() => requireLocalDate('5366-33-11', 'plan.schedule.startsOn')).toThrow(
      invalid('plan.schedule.startsOn', `must be a real date YYYY-MM-DD between ${DATE_YEARS.first} and ${DATE_YEARS.last}`),
    ));

  it('holds instants to the same years', () => {
    expect(parseInstant('2200-12-31T23:00:00Z', 'sentAt')).toBe(Date.parse('2200-12-31T23:00:00Z'));
    expect(() => parseInstant('3000-01-01T00:00:00Z', 'sentAt')).toThrow(/between 1900 and 2200/);
  });
});
