import { linkProblem } from './chain-verification';
import { GENESIS, hashOf, seal } from './envelope';

describe('an event at the head of its chain', () => {
  const event = (type: string) => ({
    caseId: 'case-1',
    caseType: 'email-request' as const,
    type,
    schemaVersion: 1,
    occurredAt: '2026-01-05T14:00:00.000Z',
    actor: { id: 'a', role: 'system' as const },
    correlationId: 'k',
    data: {},
  });
  const [first, second] = seal(GENESIS, [event('A'), event('B')]);

  it('belongs there when it links to the head and its hash matches', () => {
    expect(linkProblem(null, first!)).toBeNull();
    expect(linkProblem(first!.hash, second!)).toBeNull();
  });

  it('is refused when it links to another event', () => {
    expect(linkProblem(null, second!)).toBe('previous hash does not link to event 1');
  });

  it('is refused when its content is not what was hashed, or its id not its case and sequence', () => {
    expect(linkProblem(first!.hash, { ...second!, data: { x: 1 } })).toBe('hash does not match the content');
    const { hash: _h, ...renamed } = { ...second!, eventId: 'case-2:2' };
    expect(linkProblem(first!.hash, { ...renamed, hash: hashOf(renamed) })).toBe('event id does not match case and sequence');
  });
});
