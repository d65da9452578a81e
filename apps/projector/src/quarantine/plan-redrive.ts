import type { ChainHead } from '@entente/contracts';
import type { KafkaPosition } from '../case-timeline/case-timeline.projection';
import { BatchPlan, CaseStanding, judgeAtHead, planBatch, PositionedMessage } from '../read-models/plan-batch';
import { RawMessage, readMessage } from '../read-models/read-message';

/** A message of the case as the quarantine keeps it. */
export interface QuarantinedMessage {
  readonly position: KafkaPosition;
  readonly raw: RawMessage;
  /** As stored: the event's sequence, or the one an unreadable message stands in for. */
  readonly sequence: number | null;
  readonly reason: string;
}

export interface RedrivePlan {
  /** What the re-drive applies; what it would set aside stays in the quarantine instead. */
  readonly batch: BatchPlan;
  readonly applied: QuarantinedMessage[];
  /** At or below the case's head once applied: a copy, or a message an applied event replaces. Cleared unapplied. */
  readonly superseded: QuarantinedMessage[];
  /** Still not applicable, each with today's reason. */
  readonly waiting: QuarantinedMessage[];
}

/**
 * One case's set-aside messages, read again with today's code: the readable ones applied in
 * sequence order from the case's head, whatever order they were published in (a corrected event
 * comes after the events it unblocks), each only as the case's next, linked to its head. What
 * ends at or below the head is superseded; an unreadable message counts at the sequence it
 * stood in for. Everything else waits, so nothing is ever applied twice or out of sequence.
 */
export function planRedrive(caseId: string, standing: CaseStanding, messages: readonly QuarantinedMessage[]): RedrivePlan {
  const readings = messages.map((message) => ({ message, reading: readMessage(message.raw) }));
  /** Today's reason a message is not applied, by its position. */
  const reasons = new Map<string, string>();
  const chosen: PositionedMessage[] = [];
  let head: ChainHead = { sequence: standing.summary?.lastSequence ?? 0, hash: standing.headHash };
  for (const { message, reading } of [...readings].sort(bySequenceThenOffset)) {
    if (!reading.readable) {
      reasons.set(positionKey(message.position), reading.reason);
      continue;
    }
    const verdict = judgeAtHead(head, reading.envelope);
    if (verdict === 'apply') {
      chosen.push({ position: message.position, raw: message.raw, reading });
      head = { sequence: reading.envelope.sequence, hash: reading.envelope.hash };
    } else if (verdict !== 'duplicate') reasons.set(positionKey(message.position), verdict.refused);
  }
  const batch = planBatch(new Map([[caseId, { ...standing, setAsideUpTo: null }]]), chosen);
  const appliedAt = new Set(batch.timeline.map((row) => positionKey({ ...row, offset: row.kafkaOffset })));
  for (const refused of batch.setAside) reasons.set(positionKey(refused.position), refused.reason);
  const reached = batch.summaries[0]?.lastSequence ?? standing.summary?.lastSequence ?? 0;
  const plan: RedrivePlan = { batch, applied: [], superseded: [], waiting: [] };
  for (const { message, reading } of readings) {
    const at = positionKey(message.position);
    const sequence = reading.readable ? reading.envelope.sequence : (reading.sequence ?? message.sequence);
    if (appliedAt.has(at)) plan.applied.push(message);
    else if (sequence !== null && sequence <= reached) plan.superseded.push(message);
    else plan.waiting.push({ ...message, reason: reasons.get(at) ?? message.reason });
  }
  return plan;
}

type Read = { readonly message: QuarantinedMessage; readonly reading: ReturnType<typeof readMessage> };

function bySequenceThenOffset(a: Read, b: Read): number {
  const sequenceOf = ({ reading }: Read) => (reading.readable ? reading.envelope.sequence : 0);
  return sequenceOf(a) - sequenceOf(b) || compareOffsets(a.message.position.offset, b.message.position.offset);
}

function compareOffsets(a: string, b: string): number {
  return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
}

function positionKey({ topic, partition, offset }: KafkaPosition): string {
  return `${topic}#${partition}@${offset}`;
}
