import type { EventEnvelope } from '@entente/contracts';
import type { CaseEventEntity } from '@entente/persistence';

/** Where a message was read: kept on the timeline row so a rebuild can be compared offset by offset. */
export interface KafkaPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/**
 * One timeline row per event, of any type, as published: original schema version, data and
 * hashes, so that the read side can still verify the chain.
 */
export function toCaseEvent(envelope: EventEnvelope, at: KafkaPosition): CaseEventEntity {
  return {
    caseId: envelope.caseId,
    sequence: envelope.sequence,
    eventId: envelope.eventId,
    caseType: envelope.caseType,
    type: envelope.type,
    schemaVersion: envelope.schemaVersion,
    occurredAt: new Date(envelope.occurredAt),
    actorId: envelope.actor.id,
    actorRole: envelope.actor.role,
    correlationId: envelope.correlationId,
    data: envelope.data as object, // event data is always a JSON object
    previousHash: envelope.previousHash,
    hash: envelope.hash,
    topic: at.topic,
    partition: at.partition,
    kafkaOffset: at.offset,
  };
}
