import type { EventEnvelope } from '@entente/contracts';
import type { CaseEventEntity, CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import { evolveCaseSummary } from '../case-summary/case-summary.projection';
import { KafkaPosition, toCaseEvent } from '../case-timeline/case-timeline.projection';
import { serviceClocksOf } from '../service-clock/service-clock.projection';

export interface PositionedEnvelope {
  readonly envelope: EventEnvelope;
  readonly position: KafkaPosition;
}

/** The rows one batch writes: each changed summary once (its final state) and the new timeline rows. */
export interface BatchPlan {
  readonly summaries: CaseSummaryEntity[];
  readonly timeline: CaseEventEntity[];
  /** The service-standard clocks of the changed cases, as they stand after the batch. */
  readonly clocks: ServiceClockEntity[];
  /** Events already applied (a publisher retry, a replay): skipped. */
  readonly duplicates: string[];
  /** Applied events whose type the summary does not know: the projector may be older than the producer. */
  readonly unhandled: string[];
}

/** An event arrived before its predecessor: applying it would hide the missing one forever. */
export class SequenceGap extends Error {
  override readonly name = 'SequenceGap';
  constructor(
    readonly caseId: string,
    readonly expected: number,
    readonly received: number,
  ) {
    super(`case ${caseId}: expected sequence ${expected}, received ${received}`);
  }
}

/**
 * Decides what a batch changes, given the current summaries of its cases. A case moves only by
 * its next sequence number: lower or equal is a duplicate, higher is a gap and refuses the batch.
 */
export function planBatch(current: ReadonlyMap<string, CaseSummaryEntity>, messages: readonly PositionedEnvelope[]): BatchPlan {
  const rows = new Map(current);
  const changed = new Set<string>();
  const plan: BatchPlan = { summaries: [], timeline: [], clocks: [], duplicates: [], unhandled: [] };
  for (const { envelope, position } of messages) {
    const row = rows.get(envelope.caseId) ?? null;
    const last = row?.lastSequence ?? 0;
    if (envelope.sequence <= last) {
      plan.duplicates.push(envelope.eventId);
      continue;
    }
    if (envelope.sequence > last + 1) throw new SequenceGap(envelope.caseId, last + 1, envelope.sequence);
    const step = evolveCaseSummary(row, envelope);
    rows.set(envelope.caseId, step.row);
    changed.add(envelope.caseId);
    plan.timeline.push(toCaseEvent(envelope, position));
    if (step.unhandled) plan.unhandled.push(envelope.eventId);
  }
  for (const caseId of changed) plan.summaries.push(rows.get(caseId)!);
  plan.clocks.push(...plan.summaries.flatMap(serviceClocksOf));
  return plan;
}
