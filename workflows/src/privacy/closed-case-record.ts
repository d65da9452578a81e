import { seal, type CaseType, type ChainHead, type EventEnvelope } from '@entente/contracts';
import type { Actor } from '@entente/domain';

/**
 * What a record after a closed case's last event (a correction, an erasure) is made of: the case,
 * the head it follows (its workflow is named after it, `closedCaseRecordId`), and who asked, when
 * and under which request.
 */
export interface ClosedCaseRecord {
  readonly caseId: string;
  readonly caseType: CaseType;
  /** The closed case's chain head, as its stored history and its ended workflow both end. */
  readonly head: ChainHead;
  readonly actor: Actor;
  readonly at: string;
  readonly correlationId: string;
}

/** The record's one event, sealed after the case's head. */
export function sealedAfterHead(record: ClosedCaseRecord, event: { type: string; schemaVersion: number; data: unknown }): EventEnvelope[] {
  const { caseId, caseType, head, actor, at, correlationId } = record;
  return seal(head, [{ caseId, caseType, ...event, occurredAt: at, actor, correlationId }]);
}
