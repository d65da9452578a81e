import { EventEnvelope, eventIdOf, hashOf, portableSha256Hex, type Sha256Hex } from './envelope';

export type ChainBreak = { readonly eventId: string; readonly reason: string };

/** Checks one case's events, in sequence order: ids, numbering, links and hashes. */
export function verifyChain(events: readonly EventEnvelope[], sha256Hex: Sha256Hex = portableSha256Hex): ChainBreak | null {
  let previousHash: string | null = null;
  for (const [index, event] of events.entries()) {
    const expectedSequence = index + 1;
    const problem =
      event.sequence !== expectedSequence
        ? `sequence ${event.sequence}, expected ${expectedSequence}`
        : linkProblem(previousHash, event, sha256Hex);
    if (problem) return { eventId: event.eventId, reason: problem };
    previousHash = event.hash;
  }
  return null;
}

/**
 * What is wrong with `event` as the successor of the event hashed `previousHash` (null: it is the
 * case's first): its id, its link back, or its own hash. Null when it belongs there.
 */
export function linkProblem(previousHash: string | null, event: EventEnvelope, sha256Hex: Sha256Hex = portableSha256Hex): string | null {
  if (event.eventId !== eventIdOf(event.caseId, event.sequence)) return 'event id does not match case and sequence';
  if (event.previousHash !== previousHash) return `previous hash does not link to event ${event.sequence - 1}`;
  if (hashOf(withoutHash(event), sha256Hex) !== event.hash) return 'hash does not match the content';
  return null;
}

function withoutHash(event: EventEnvelope): Omit<EventEnvelope, 'hash'> {
  const { hash: _ignored, ...rest } = event;
  return rest;
}
