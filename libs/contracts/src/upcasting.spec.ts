import { GENESIS, seal } from './envelope';
import { recordedAsItHappened, upcastWith } from './upcasting';

describe('upcasting stored events to the current schema', () => {
  const [stored] = seal(GENESIS, [
    {
      caseId: 'case-1',
      caseType: 'email-request',
      type: 'Renamed',
      schemaVersion: 1,
      occurredAt: '2026-11-23T15:00:00.000Z',
      actor: { id: 'alice', role: 'intake-officer' },
      correlationId: 'c',
      data: { from: 'a@example.org' },
    },
  ]);
  const upcast = upcastWith([
    { type: 'Renamed', fromVersion: 1, upcast: (d) => ({ sender: (d as { from: string }).from }) },
    { type: 'Renamed', fromVersion: 2, upcast: (d) => ({ ...(d as object), name: null }) },
  ]);

  it('applies each version step in turn', () => {
    const current = upcast(stored!);
    expect(current.schemaVersion).toBe(3);
    expect(current.data).toEqual({ sender: 'a@example.org', name: null });
  });

  it('leaves an event of the current version as it is', () => {
    const current = upcast({ ...stored!, schemaVersion: 3 });
    expect(current.data).toEqual({ from: 'a@example.org' });
  });
});

describe('recordedAsItHappened', () => {
  it('gives a fact recorded as it happened its own instant as its recording instant', () => {
    const upcaster = recordedAsItHappened('ComplaintAnswered', 1, 'answeredAt');
    expect(upcaster).toMatchObject({ type: 'ComplaintAnswered', fromVersion: 1 });
    expect(upcaster.upcast({ answer: 'Voici.', answeredAt: '2026-05-26T15:00:00.000Z' })).toEqual({
      answer: 'Voici.',
      answeredAt: '2026-05-26T15:00:00.000Z',
      recordedAt: '2026-05-26T15:00:00.000Z',
    });
  });
});
