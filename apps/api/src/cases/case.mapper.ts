import type { CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';
import type { CaseEventDto } from './dto/case-detail.dto';
import type { CaseSummaryDto } from './dto/case-summary.dto';

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

export function toCaseSummaryDto(row: CaseSummaryEntity): CaseSummaryDto {
  return {
    caseId: row.caseId,
    caseType: row.caseType,
    status: row.status,
    subject: row.subject,
    senderAddress: row.senderAddress,
    senderName: row.senderName,
    assignee: row.assignee,
    receivedAt: iso(row.receivedAt),
    warnAt: isoOrNull(row.warnAt),
    dueAt: isoOrNull(row.dueAt),
    clockState: row.clockState,
    standardId: row.standardId,
    standardVersion: row.standardVersion,
    escalatedTo: row.escalatedTo,
    answeredAt: isoOrNull(row.answeredAt),
    endedAt: isoOrNull(row.endedAt),
    outcome: row.outcome,
    // Kept for one version under its old name, now with the ending every case type shares.
    closedAt: isoOrNull(row.endedAt),
    lastSequence: row.lastSequence,
    lastEventAt: iso(row.lastEventAt),
  };
}

export function toCaseEventDto(row: CaseEventEntity): CaseEventDto {
  return {
    sequence: row.sequence,
    eventId: row.eventId,
    type: row.type,
    schemaVersion: row.schemaVersion,
    occurredAt: iso(row.occurredAt),
    actor: { id: row.actorId, role: row.actorRole },
    correlationId: row.correlationId,
    data: row.data,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}
