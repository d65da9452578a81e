import { caseIdFor, keyDigest, requestDigest, updateIdFor } from './idempotency';

const ines = { id: 'ines', role: 'intake-officer' } as const;
const olivier = { id: 'olivier', role: 'intake-officer' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  it('derive the same case id for the same actor and key, as a version 8 UUID', () => {
    expect(caseIdFor('email-request', ines, 'k-1')).toBe(caseIdFor('email-request', ines, 'k-1'));
    expect(caseIdFor('email-request', ines, 'k-1')).toMatch(UUID);
  });

  it('derive different case ids for another key, another actor or another case type', () => {
    const ids = new Set([
      caseIdFor('email-request', ines, 'k-1'),
      caseIdFor('email-request', ines, 'k-2'),
      caseIdFor('email-request', olivier, 'k-1'),
      caseIdFor('complaint', ines, 'k-1'),
    ]);
    expect(ids.size).toBe(4);
  });

  it('scope update ids by actor, and leave them to the API without a key', () => {
    expect(updateIdFor(ines, 'k-1')).toBe(updateIdFor(ines, 'k-1'));
    expect(updateIdFor(ines, 'k-1')).toMatch(/^key-[0-9a-f]{64}$/);
    expect(updateIdFor(olivier, 'k-1')).not.toBe(updateIdFor(ines, 'k-1'));
    expect(updateIdFor(ines, undefined)).toBeUndefined();
  });

  it('keep an owner and a key apart where a separator would run them together', () => {
    const owner = (id: string) => ({ id, role: 'intake-officer' }) as const;
    expect(keyDigest(owner('a:x'), 'k')).not.toBe(keyDigest(owner('a'), 'x:k'));
    expect(updateIdFor(owner('a:x'), 'k')).not.toBe(updateIdFor(owner('a'), 'x:k'));
    expect(caseIdFor('complaint', owner('a\nx'), 'k')).not.toBe(caseIdFor('complaint', owner('a'), 'x\nk'));
  });

  it('bind a key to the request as sent: method, path and body, whatever the order of its fields', () => {
    const digest = requestDigest('POST', '/email-requests/c-1/assign', { officerId: 'olivier', note: 'x' });
    expect(requestDigest('POST', '/email-requests/c-1/assign', { note: 'x', officerId: 'olivier' })).toBe(digest);
    expect(requestDigest('POST', '/email-requests/c-1/assign', { officerId: 'carole', note: 'x' })).not.toBe(digest);
    expect(requestDigest('POST', '/email-requests/c-2/assign', { officerId: 'olivier', note: 'x' })).not.toBe(digest);
    expect(requestDigest('POST', '/email-requests/c-1/close', { officerId: 'olivier', note: 'x' })).not.toBe(digest);
  });
});
