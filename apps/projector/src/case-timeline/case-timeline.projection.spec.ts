import { sealCase, steps } from '../testing/email-request.fixtures';
import { toCaseEvent } from './case-timeline.projection';

describe('case timeline projection', () => {
  const [received, assigned] = sealCase('c-1', [steps.received('c-1'), steps.assigned('officer-a')]);

  it('keeps the event as published, with where it was read', () => {
    expect(toCaseEvent(assigned!, { topic: 'entente.email-request.events', partition: 3, offset: '41' })).toEqual({
      caseId: 'c-1',
      sequence: 2,
      eventId: 'c-1:2',
      caseType: 'email-request',
      type: 'EmailRequestAssigned',
      schemaVersion: 1,
      occurredAt: new Date('2026-11-23T15:30:00.000Z'),
      actorId: 'supervisor-1',
      actorRole: 'supervisor',
      correlationId: 'corr-c-1',
      data: { officerId: 'officer-a' },
      previousHash: received!.hash,
      hash: assigned!.hash,
      topic: 'entente.email-request.events',
      partition: 3,
      kafkaOffset: '41',
    });
  });

  it('has no previous hash for the first event of a case', () => {
    expect(toCaseEvent(received!, { topic: 't', partition: 0, offset: '0' }).previousHash).toBeNull();
  });
});
