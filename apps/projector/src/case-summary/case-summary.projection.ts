import { CASE_FOLDS, EventEnvelope, isCaseLevelEvent } from '@entente/contracts';
import type { CaseSummaryEntity } from '@entente/persistence';
import { summaryColumns } from './case-type-summary';
import { CASE_TYPE_SUMMARIES } from './case-types';

export interface SummaryStep {
  readonly row: CaseSummaryEntity;
  /** The event changed nothing in the case: a type newer than this projector, say. */
  readonly unhandled: boolean;
}

/**
 * The summary after one more event of its case: the case's own decider folds the event into the
 * stored state, and the case type says how that state reads in the queue. The caller hands
 * events in sequence order (the projector enforces it), so this only folds.
 */
export function evolveCaseSummary(row: CaseSummaryEntity | null, envelope: EventEnvelope): SummaryStep {
  const caseType = CASE_TYPE_SUMMARIES[envelope.caseType];
  const fold = CASE_FOLDS[envelope.caseType];
  if (!caseType || !fold) throw new Error(`case ${envelope.caseId}: unknown case type ${envelope.caseType}`);
  // Stored events keep the schema they were written in; the fold reads them as the current one.
  const before = row ? row.state : fold.initialState();
  const state = fold.evolve(before, envelope);
  if (!caseType.traits.isOpened(state)) {
    throw new Error(`case ${envelope.caseId}: ${envelope.type} (sequence ${envelope.sequence}) before its opening event`);
  }
  const summary: CaseSummaryEntity = {
    caseId: envelope.caseId,
    caseType: envelope.caseType,
    ...summaryColumns(caseType, state),
    state,
    lastSequence: envelope.sequence,
    lastEventAt: new Date(envelope.occurredAt),
  };
  return { row: summary, unhandled: state === before && !isCaseLevelEvent(envelope.type) };
}
