import { EventEnvelope, eventIdOf, hashOf } from './envelope';

export type ChainBreak = { readonly eventId: string; readonly reason: string };

/** Checks one case's events, in sequence order: ids, numbering, links and hashes. */
export function verifyChain(events: readonly EventEnvelope[]): ChainBreak | null {
  let previousHash: string | null = null;
  for (const [index, event] of events.entries()) {
    const expectedSequence = index + 1;
    const problem =
      event.sequence !== expectedSequence
        ? `sequence ${event.sequence}, expected ${expectedSequence}`
        : event.eventId !== eventIdOf(event.caseId, event.sequence)
          ? `event id does not match case and sequence`
          : event.previousHash !== previousHash
            ? `previous hash does not link to event ${expectedSequence - 1}`
            : hashOf(withoutHash(event)) !== event.hash
              ? 'hash does not match the content'
              : null;
    if (problem) return { eventId: event.eventId, reason: problem };
    previousHash = event.hash;
  }
  return null;
}

function withoutHash(event: EventEnvelope): Omit<EventEnvelope, 'hash'> {
  const { hash: _ignored, ...rest } = event;
  return rest;
}
