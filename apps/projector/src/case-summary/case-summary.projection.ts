import { CASE_FOLDS, EventEnvelope, isCaseLevelEvent } from '@entente/contracts';
import type { CaseSummaryEntity } from '@entente/persistence';
import { summaryColumns } from './case-type-summary';
import { CASE_TYPE_SUMMARIES } from './case-types';

/** A case as folded so far: what the next event folds into, before the queue's columns are read off it. */
export type FoldedCase = Pick<CaseSummaryEntity, 'caseId' | 'caseType' | 'state' | 'lastSequence' | 'lastEventAt'>;

export interface FoldStep {
  readonly folded: FoldedCase;
  /** The event changed nothing in the case: a type newer than this projector, say. */
  readonly unhandled: boolean;
}

/**
 * The case after one more event: its own decider folds the event into the stored state. The
 * caller hands events in sequence order (the projector enforces it), so this only folds.
 */
export function foldCase(row: FoldedCase | null, envelope: EventEnvelope): FoldStep {
  const { caseType, fold } = caseTypeOf(envelope);
  // Stored events keep the schema they were written in; the fold reads them as the current one.
  const before = row ? row.state : fold.initialState();
  const state = fold.evolve(before, envelope);
  if (!caseType.traits.isOpened(state)) {
    throw new Error(`case ${envelope.caseId}: ${envelope.type} (sequence ${envelope.sequence}) before its opening event`);
  }
  const folded: FoldedCase = {
    caseId: envelope.caseId,
    caseType: envelope.caseType,
    state,
    lastSequence: envelope.sequence,
    lastEventAt: new Date(envelope.occurredAt),
  };
  return { folded, unhandled: state === before && !isCaseLevelEvent(envelope.type) };
}

/**
 * How a folded case reads in the queue, as its case type says. Read once per case and batch, off
 * its last state: a batch that catches up on many events of a case folds them all first.
 */
export function summaryOf(folded: FoldedCase): CaseSummaryEntity {
  const { caseId, caseType, state, lastSequence, lastEventAt } = folded;
  const columns = summaryColumns(CASE_TYPE_SUMMARIES[caseType as keyof typeof CASE_TYPE_SUMMARIES], state);
  return { caseId, caseType, ...columns, state, lastSequence, lastEventAt };
}

function caseTypeOf(envelope: EventEnvelope) {
  const caseType = CASE_TYPE_SUMMARIES[envelope.caseType];
  const fold = CASE_FOLDS[envelope.caseType];
  if (!caseType || !fold) throw new Error(`case ${envelope.caseId}: unknown case type ${envelope.caseType}`);
  return { caseType, fold };
}
