import type { EventEnvelope } from '@entente/contracts';
import { evolveCaseSummary } from '../testing/case-summaries';
import { EARLIER_EVENT_QUARANTINED, planBatch, type CaseStanding } from '../read-models/plan-batch';
import { resealed, sealCase, steps } from '../testing/email-request.fixtures';
import { positioned } from '../testing/positioned-messages';
import { planRedrive, type QuarantinedMessage } from './plan-redrive';

const caseId = 'c-1';
const events = sealCase(caseId, [
  steps.received(caseId),
  steps.assigned('officer-a'),
  steps.warned('officer-a'),
  steps.reassigned('officer-a', 'officer-b'),
]);
const [received, assigned, warned, reassigned] = events;
const forged = resealed({ ...warned!, previousHash: 'f'.repeat(64) });
const garbage = { key: Buffer.from(caseId), value: Buffer.from('{oops') };

/** The case after its first two events, and what the live projector set aside of the rest. */
function quarantinedAfter(...messages: Parameters<typeof positioned>[0]): { standing: CaseStanding; rows: QuarantinedMessage[] } {
  const head: EventEnvelope[] = [received!, assigned!];
  const summary = head.reduce((row, event) => evolveCaseSummary(row, event).row, null as CaseStanding['summary']);
  const standing: CaseStanding = { summary, headHash: assigned!.hash, setAsideUpTo: null };
  const plan = planBatch(new Map([[caseId, standing]]), positioned(messages, 10));
  return { standing, rows: plan.setAside.map(({ position, raw, sequence, reason }) => ({ position, raw, sequence, reason })) };
}

const offsetsOf = (messages: readonly QuarantinedMessage[]) => messages.map((m) => m.position.offset);

describe('planning a re-drive', () => {
  it('leaves every message waiting, with today’s reason, until the missing event is published', () => {
    const { standing, rows } = quarantinedAfter(garbage, forged, reassigned!);
    expect(rows.map((row) => row.reason)).toEqual([
      'malformed: message value is not JSON',
      EARLIER_EVENT_QUARANTINED,
      EARLIER_EVENT_QUARANTINED,
    ]);
    const plan = planRedrive(caseId, standing, rows);
    expect(plan.batch.timeline).toEqual([]);
    expect(plan.applied).toEqual([]);
    expect(plan.superseded).toEqual([]);
    expect(plan.waiting.map((m) => [m.position.offset, m.sequence, m.reason])).toEqual([
      ['10', 3, 'malformed: message value is not JSON'],
      ['11', 3, 'broken hash chain: previous hash does not link to event 2'],
      ['12', 4, 'sequence gap: expected 3, received 4'],
    ]);
  });

  it('applies the corrected event and those it unblocks in sequence, once, and supersedes the rest', () => {
    const { standing, rows } = quarantinedAfter(garbage, forged, reassigned!, warned!);
    const plan = planRedrive(caseId, standing, rows);
    expect(plan.batch.timeline.map((row) => [row.eventId, row.kafkaOffset])).toEqual([
      ['c-1:3', '13'],
      ['c-1:4', '12'],
    ]);
    expect(plan.batch.summaries.map((row) => [row.lastSequence, row.assignee, row.clockState])).toEqual([[4, 'officer-b', 'warned']]);
    expect(offsetsOf(plan.applied)).toEqual(['12', '13']);
    expect(offsetsOf(plan.superseded)).toEqual(['10', '11']);
    expect(plan.waiting).toEqual([]);
  });

  it('applies a message that today’s code reads, whatever reason it was set aside for', () => {
    const { standing } = quarantinedAfter();
    const { position, raw } = positioned([warned!], 10)[0]!;
    const plan = planRedrive(caseId, standing, [
      { position, raw, sequence: 3, reason: 'unknown schema: EmailRequestWarned version 2, newest known 1' },
    ]);
    expect(plan.batch.timeline.map((row) => row.eventId)).toEqual(['c-1:3']);
    expect(offsetsOf(plan.applied)).toEqual(['10']);
  });

  it('clears an event already applied without applying it again', () => {
    const { standing, rows } = quarantinedAfter(forged, assigned!);
    const plan = planRedrive(caseId, standing, rows);
    expect(plan.batch.timeline).toEqual([]);
    expect(offsetsOf(plan.superseded)).toEqual(['11']);
    expect(offsetsOf(plan.waiting)).toEqual(['10']);
  });

  it('keeps an unreadable message waiting while the case has not reached the event it stands in for', () => {
    const { standing, rows } = quarantinedAfter(forged, garbage, warned!);
    const plan = planRedrive(caseId, standing, rows);
    expect(offsetsOf(plan.applied)).toEqual(['12']);
    expect(offsetsOf(plan.superseded)).toEqual(['10']);
    expect(plan.waiting.map((m) => [m.position.offset, m.sequence, m.reason])).toEqual([['11', 4, 'malformed: message value is not JSON']]);
  });

  it('has nothing to do for a case with nothing set aside', () => {
    const { standing } = quarantinedAfter();
    expect(planRedrive(caseId, standing, [])).toMatchObject({ applied: [], superseded: [], waiting: [], batch: { timeline: [] } });
  });
});
