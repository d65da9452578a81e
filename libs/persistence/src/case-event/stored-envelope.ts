import type { CaseType, EventEnvelope } from '@entente/contracts';
import type { Role } from '@entente/domain';
import type { CaseEventEntity } from './case-event.entity';

/** A stored event as it was sealed, so its hash can be computed again. */
export function storedEnvelope(row: CaseEventEntity): EventEnvelope {
  return {
    eventId: row.eventId,
    caseId: row.caseId,
    caseType: row.caseType as CaseType,
    sequence: row.sequence,
    type: row.type,
    schemaVersion: row.schemaVersion,
    occurredAt: row.occurredAt.toISOString(),
    actor: { id: row.actorId, role: row.actorRole as Role },
    correlationId: row.correlationId,
    data: row.data,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}
