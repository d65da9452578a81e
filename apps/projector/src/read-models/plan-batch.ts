import { linkProblem, type ChainHead, type EventEnvelope } from '@entente/contracts';
import type { CaseEventEntity, CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import { nativeSha256Hex } from '@entente/platform';
import { foldCase, summaryOf, type FoldedCase, type FoldStep } from '../case-summary/case-summary.projection';
import { KafkaPosition, toCaseEvent } from '../case-timeline/case-timeline.projection';
import { serviceClocksOf } from '../service-clock/service-clock.projection';
import { caseIdOf, type RawMessage, type Reading } from './read-message';

export interface PositionedMessage {
  readonly position: KafkaPosition;
  readonly raw: RawMessage;
  readonly reading: Reading;
}

/** Where a case stands before a batch: its read model, its chain head, whether it needs attention. */
export interface CaseStanding {
  /** Its read model as stored, or as folded so far in the batch. */
  readonly summary: FoldedCase | null;
  /** The hash of its last applied event; null before its first. */
  readonly headHash: string | null;
  /** The highest sequence among its set-aside messages; null while none is set aside. */
  readonly setAsideUpTo: number | null;
}

export const UNSEEN_CASE: CaseStanding = { summary: null, headHash: null, setAsideUpTo: null };

export const EARLIER_EVENT_QUARANTINED = 'an earlier event of the case is quarantined';

/** A message the batch does not apply, and why: it goes to the quarantine instead. */
export interface SetAside extends PositionedMessage {
  readonly caseId: string | null;
  /** The event's sequence, or for an unreadable message the case's next, which it stands in for. */
  readonly sequence: number | null;
  readonly reason: string;
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
  readonly setAside: SetAside[];
}

/** What becomes of an event at its case's head. */
export type Verdict = 'apply' | 'duplicate' | { readonly refused: string };

/**
 * Whether `event` moves its case on from `head`: only its next sequence number, linked to the
 * hash of the event before. Lower or equal is a duplicate; a gap or a broken link is refused,
 * since applying it would hide the missing or forged event forever.
 */
export function judgeAtHead(head: ChainHead, event: EventEnvelope): Verdict {
  if (event.sequence <= head.sequence) return 'duplicate';
  if (event.sequence > head.sequence + 1) return { refused: `sequence gap: expected ${head.sequence + 1}, received ${event.sequence}` };
  const broken = linkProblem(head.hash, event, nativeSha256Hex);
  return broken ? { refused: `broken hash chain: ${broken}` } : 'apply';
}

/**
 * Decides what a batch changes, given where its cases stand. A message that cannot be applied is
 * set aside, and so is every later event of its case, so that no case is ever applied out of
 * order while the rest of the partition goes on.
 */
export function planBatch(standings: ReadonlyMap<string, CaseStanding>, messages: readonly PositionedMessage[]): BatchPlan {
  const cases = new Map(standings);
  const changed = new Set<string>();
  const plan: BatchPlan = { summaries: [], timeline: [], clocks: [], duplicates: [], unhandled: [], setAside: [] };
  for (const message of messages) {
    const caseId = caseIdOf(message.reading);
    const standing = (caseId !== null && cases.get(caseId)) || UNSEEN_CASE;
    const outcome = outcomeOf(standing, caseId, message.reading);
    if ('duplicate' in outcome) plan.duplicates.push(outcome.duplicate);
    else if ('refused' in outcome) {
      const { refused: reason, sequence } = outcome;
      plan.setAside.push({ ...message, caseId, sequence, reason });
      if (caseId !== null) cases.set(caseId, { ...standing, setAsideUpTo: Math.max(standing.setAsideUpTo ?? 0, sequence ?? 0) });
    } else {
      const { step, envelope } = outcome;
      cases.set(envelope.caseId, { ...standing, summary: step.folded, headHash: envelope.hash });
      changed.add(envelope.caseId);
      plan.timeline.push(toCaseEvent(envelope, message.position));
      if (step.unhandled) plan.unhandled.push(envelope.eventId);
    }
  }
  for (const caseId of changed) plan.summaries.push(summaryOf(cases.get(caseId)!.summary!));
  plan.clocks.push(...plan.summaries.flatMap(serviceClocksOf));
  return plan;
}

type Outcome =
  | { readonly duplicate: string }
  | { readonly refused: string; readonly sequence: number | null }
  | { readonly step: FoldStep; readonly envelope: EventEnvelope };

/** What becomes of one message, given where its case stands. */
function outcomeOf(standing: CaseStanding, caseId: string | null, reading: Reading): Outcome {
  if (!reading.readable)
    return { refused: reading.reason, sequence: reading.sequence ?? (caseId === null ? null : nextSequenceOf(standing)) };
  const { envelope } = reading;
  if (standing.setAsideUpTo !== null) return { refused: EARLIER_EVENT_QUARANTINED, sequence: envelope.sequence };
  const verdict = judgeAtHead({ sequence: standing.summary?.lastSequence ?? 0, hash: standing.headHash }, envelope);
  if (verdict === 'duplicate') return { duplicate: envelope.eventId };
  const step = verdict === 'apply' ? foldInto(standing.summary, envelope) : verdict;
  return 'refused' in step ? { refused: step.refused, sequence: envelope.sequence } : { step, envelope };
}

/** The case's next sequence, counting what is set aside: an unreadable message stands in for it. */
function nextSequenceOf({ summary, setAsideUpTo }: CaseStanding): number {
  return Math.max(summary?.lastSequence ?? 0, setAsideUpTo ?? 0) + 1;
}

/** A fold that throws (an event before the case's opening, data its decider cannot read) refuses the event. */
function foldInto(row: FoldedCase | null, envelope: EventEnvelope): FoldStep | { refused: string } {
  try {
    return foldCase(row, envelope);
  } catch (error) {
    return { refused: `the case's fold refused it: ${error instanceof Error ? error.message : String(error)}` };
  }
}
