import { verifyChain } from './chain-verification';
import { EventToSeal, GENESIS, headOf, seal } from './envelope';

const event = (type: string, data: unknown): EventToSeal => ({
  caseId: 'case-1',
  caseType: 'email-request',
  type,
  schemaVersion: 1,
  occurredAt: '2026-11-23T15:00:00.000Z',
  actor: { id: 'alice', role: 'intake-officer' },
  correlationId: 'corr-1',
  data,
});

describe('sealing events into a hash chain', () => {
  const first = seal(GENESIS, [event('A', { x: 1 }), event('B', { y: 2 })]);
  const second = seal(headOf(first), [event('C', { z: 3 })]);
  const chain = [...first, ...second];

  it('numbers events from 1 with deterministic ids', () => {
    expect(chain.map((e) => [e.sequence, e.eventId])).toEqual([
      [1, 'case-1:1'],
      [2, 'case-1:2'],
      [3, 'case-1:3'],
    ]);
  });

  it('links each event to the hash of the previous one', () => {
    expect(chain[0]!.previousHash).toBeNull();
    expect(chain[1]!.previousHash).toBe(chain[0]!.hash);
    expect(chain[2]!.previousHash).toBe(chain[1]!.hash);
  });

  it('gives the same hash for the same content, whatever the key order', () => {
    const reordered = seal(GENESIS, [{ ...event('A', { x: 1 }), data: { x: 1 } }]);
    expect(reordered[0]!.hash).toBe(first[0]!.hash);
    expect(first[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies an untouched chain', () => {
    expect(verifyChain(chain)).toBeNull();
  });

  it('names the first altered event and why', () => {
    const altered = chain.map((e) => (e.sequence === 2 ? { ...e, data: { y: 999 } } : e));
    expect(verifyChain(altered)).toEqual({ eventId: 'case-1:2', reason: 'hash does not match the content' });
  });

  it('names a removed event by the gap it leaves', () => {
    expect(verifyChain([chain[0]!, chain[2]!])).toEqual({ eventId: 'case-1:3', reason: 'sequence 3, expected 2' });
  });
});
