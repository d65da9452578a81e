import { caseIdFor, updateIdFor } from './idempotency';

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

  it('scope update ids by actor, and leave them to Temporal without a key', () => {
    expect(updateIdFor(ines, 'k-1')).toBe('ines:k-1');
    expect(updateIdFor(ines, undefined)).toBeUndefined();
  });
});
