import type { EventEnvelope } from '@entente/contracts';
import { evolveCaseSummary } from '../testing/case-summaries';
import { resealed, sealCase, steps } from '../testing/email-request.fixtures';
import { positioned } from '../testing/positioned-messages';
import { CaseStanding, EARLIER_EVENT_QUARANTINED, planBatch } from './plan-batch';

/** Where a case stands once `events` are applied, and how many of its messages are set aside. */
function standingAfter(events: readonly EventEnvelope[], setAsideUpTo: number | null = null): CaseStanding {
  const summary = events.reduce(
    (row, event) => evolveCaseSummary(row, event).row,
    null as ReturnType<typeof evolveCaseSummary>['row'] | null,
  );
  return { summary, headHash: events[events.length - 1]?.hash ?? null, setAsideUpTo };
}

const standings = (...cases: [string, CaseStanding][]) => new Map(cases);
const setAsideOf = (plan: ReturnType<typeof planBatch>) =>
  plan.setAside.map(({ position, caseId, sequence, reason }) => [position.offset, caseId, sequence, reason]);

describe('planning a batch', () => {
  const one = sealCase('c-1', [steps.received('c-1'), steps.assigned('officer-a'), steps.warned('officer-a')]);
  const two = sealCase('c-2', [steps.received('c-2'), steps.assigned('officer-b')]);
  const notJson = { key: Buffer.from('c-1'), value: Buffer.from('{oops') };

  it('applies interleaved cases and writes each changed summary once, in its final state', () => {
    const plan = planBatch(new Map(), positioned([one[0]!, two[0]!, one[1]!, two[1]!, one[2]!]));
    expect(plan.timeline.map((row) => [row.eventId, row.kafkaOffset])).toEqual([
      ['c-1:1', '0'],
      ['c-2:1', '1'],
      ['c-1:2', '2'],
      ['c-2:2', '3'],
      ['c-1:3', '4'],
    ]);
    expect(plan.summaries.map((row) => [row.caseId, row.lastSequence, row.clockState])).toEqual([
      ['c-1', 3, 'warned'],
      ['c-2', 2, 'running'],
    ]);
    expect(plan.duplicates).toEqual([]);
    expect(plan.setAside).toEqual([]);
  });

  it('continues a case from its stored summary and head', () => {
    const stored = standingAfter(one.slice(0, 2));
    const plan = planBatch(standings(['c-1', stored]), positioned([one[2]!], 7));
    expect(plan.summaries).toEqual([evolveCaseSummary(stored.summary, one[2]!).row]);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-1:3']);
  });

  it('skips events already applied, stored or earlier in the same batch', () => {
    const plan = planBatch(standings(['c-1', standingAfter(one.slice(0, 1))]), positioned([one[0]!, one[1]!, one[1]!]));
    expect(plan.duplicates).toEqual(['c-1:1', 'c-1:2']);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-1:2']);
    expect(plan.summaries.map((row) => row.lastSequence)).toEqual([2]);
  });

  it('changes nothing when every event is a duplicate', () => {
    expect(planBatch(standings(['c-1', standingAfter(one.slice(0, 1))]), positioned([one[0]!]))).toEqual({
      summaries: [],
      timeline: [],
      clocks: [],
      duplicates: ['c-1:1'],
      unhandled: [],
      setAside: [],
    });
  });

  it('sets aside an event after a gap in its case, and the case waits while the others go on', () => {
    const plan = planBatch(new Map(), positioned([two[0]!, one[0]!, one[2]!, two[1]!]));
    expect(setAsideOf(plan)).toEqual([['2', 'c-1', 3, 'sequence gap: expected 2, received 3']]);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-2:1', 'c-1:1', 'c-2:2']);
  });

  it('treats a case whose first event is missing as a gap', () => {
    expect(setAsideOf(planBatch(new Map(), positioned([one[1]!])))).toEqual([['0', 'c-1', 2, 'sequence gap: expected 1, received 2']]);
  });

  it('sets aside an event whose previous hash is not its head’s, then every later event of its case', () => {
    const forged = resealed({ ...one[1]!, previousHash: 'f'.repeat(64) });
    const plan = planBatch(new Map(), positioned([one[0]!, forged, two[0]!, one[2]!, one[1]!]));
    expect(setAsideOf(plan)).toEqual([
      ['1', 'c-1', 2, 'broken hash chain: previous hash does not link to event 1'],
      ['3', 'c-1', 3, EARLIER_EVENT_QUARANTINED],
      ['4', 'c-1', 2, EARLIER_EVENT_QUARANTINED],
    ]);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-1:1', 'c-2:1']);
    expect(plan.summaries.map((row) => [row.caseId, row.lastSequence])).toEqual([
      ['c-1', 1],
      ['c-2', 1],
    ]);
  });

  it('sets aside an event whose content does not match its hash', () => {
    const altered = { ...one[0]!, data: { ...(one[0]!.data as object), subject: 'changed' } };
    expect(setAsideOf(planBatch(new Map(), positioned([altered])))).toEqual([
      ['0', 'c-1', 1, 'broken hash chain: hash does not match the content'],
    ]);
  });

  it('sets aside a message that is not an event, for the case its key names, at the sequence it stands in for', () => {
    const plan = planBatch(standings(['c-1', standingAfter(one.slice(0, 1))]), positioned([notJson, two[0]!, one[1]!, one[2]!]));
    expect(setAsideOf(plan)).toEqual([
      ['0', 'c-1', 2, 'malformed: message value is not JSON'],
      ['2', 'c-1', 2, EARLIER_EVENT_QUARANTINED],
      ['3', 'c-1', 3, EARLIER_EVENT_QUARANTINED],
    ]);
    expect(plan.setAside[0]!.raw).toEqual(notJson);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-2:1']);
  });

  it('sets aside a message of no known case without holding any case back', () => {
    const plan = planBatch(new Map(), positioned([{ key: null, value: null }, one[0]!]));
    expect(setAsideOf(plan)).toEqual([['0', null, null, 'malformed: message has no value']]);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-1:1']);
  });

  it('sets aside an event of a schema newer than this projector reads', () => {
    const newer = resealed({ ...one[0]!, schemaVersion: 99 });
    expect(setAsideOf(planBatch(new Map(), positioned([newer])))).toEqual([
      ['0', 'c-1', 1, 'unknown schema: EmailRequestReceived version 99, newest known 3'],
    ]);
  });

  it('keeps setting aside the events of a case already quarantined', () => {
    const plan = planBatch(standings(['c-1', standingAfter(one.slice(0, 1), 2)]), positioned([one[1]!]));
    expect(setAsideOf(plan)).toEqual([['0', 'c-1', 2, EARLIER_EVENT_QUARANTINED]]);
    expect(plan.summaries).toEqual([]);
  });

  it('sets aside an event its case’s fold refuses', () => {
    const [, assigned] = sealCase('c-3', [steps.assigned('officer-a'), steps.assigned('officer-a')]);
    const first = resealed({ ...assigned!, sequence: 1, eventId: 'c-3:1', previousHash: null });
    expect(setAsideOf(planBatch(new Map(), positioned([first])))).toEqual([
      ['0', 'c-3', 1, "the case's fold refused it: case c-3: EmailRequestAssigned (sequence 1) before its opening event"],
    ]);
  });

  it('applies an event type the summary does not know, and reports it', () => {
    const unknown = resealed({ ...one[1]!, type: 'EmailRequestTranslated' });
    const plan = planBatch(new Map(), positioned([one[0]!, unknown]));
    expect(plan.unhandled).toEqual(['c-1:2']);
    expect(plan.summaries[0]).toMatchObject({ lastSequence: 2, status: 'received' });
  });
});
