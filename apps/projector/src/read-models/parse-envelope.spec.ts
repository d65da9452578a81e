import { sealCase, steps } from '../testing/email-request.fixtures';
import { MalformedEvent, parseEnvelope } from '@entente/contracts';

describe('reading an envelope from a message', () => {
  const [envelope] = sealCase('c-1', [steps.received('c-1')]);
  const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

  it('reads what the publishing activity writes', () => {
    expect(parseEnvelope(bytes(envelope))).toEqual(envelope);
  });

  it.each([
    ['an empty message', null, 'message has no value'],
    ['bytes that are not JSON', Buffer.from('{oops'), 'message value is not JSON'],
    ['a JSON array', bytes([]), 'not an event envelope: eventId must be a string'],
    ['an unknown case type', bytes({ ...envelope, caseType: 'telephone' }), 'unknown caseType telephone'],
    ['a sequence of 0', bytes({ ...envelope, sequence: 0 }), 'sequence must be an integer >= 1'],
    ['no actor role', bytes({ ...envelope, actor: { id: 'x' } }), 'actor must have an id and a role'],
    ['no data', bytes({ ...envelope, data: undefined }), 'data is missing'],
  ])('refuses %s', (_name, value, reason) => {
    expect(() => parseEnvelope(value)).toThrow(MalformedEvent);
    expect(() => parseEnvelope(value)).toThrow(reason);
  });
});
