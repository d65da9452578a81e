import { GENESIS, seal, type CaseType, type EventEnvelope } from '@entente/contracts';
import type { Actor } from '@entente/domain';
import type { CaseSummaryEntity } from '@entente/persistence';
import { foldCase, summaryOf, type FoldedCase } from '../case-summary/case-summary.projection';

/**
 * The summary after one more event of its case, as the projector writes it when the event ends
 * its batch: the fold, then the queue's columns read off it.
 */
export function evolveCaseSummary(row: FoldedCase | null, envelope: EventEnvelope): { row: CaseSummaryEntity; unhandled: boolean } {
  const { folded, unhandled } = foldCase(row, envelope);
  return { row: summaryOf(folded), unhandled };
}

const RECORDER: Actor = { id: 'recorder', role: 'intake-officer' };
const RECORDED_AT = '2026-12-01T15:00:00.000Z';

/**
 * Given a case's domain events, the work-queue row the projection folds from them once sealed as
 * its workflow publishes them (null before any): the registry, the case type's decider and its
 * traits all take part, as in the projector.
 */
export function summaryAfter<E extends { readonly type: string; readonly data: unknown }>(
  caseType: CaseType,
  schemaVersions: Readonly<Record<E['type'], number>>,
  events: readonly E[],
): CaseSummaryEntity | null {
  const toSeal = events.map(({ type, data }) => ({
    caseId: `${caseType}-1`,
    caseType,
    type,
    schemaVersion: schemaVersions[type as E['type']],
    occurredAt: RECORDED_AT,
    actor: RECORDER,
    correlationId: `${caseType}-1`,
    data,
  }));
  return seal(GENESIS, toSeal).reduce<CaseSummaryEntity | null>((row, envelope) => evolveCaseSummary(row, envelope).row, null);
}
