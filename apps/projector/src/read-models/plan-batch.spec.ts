import type { EventEnvelope } from '@entente/contracts';
import type { CaseSummaryEntity } from '@entente/persistence';
import { evolveCaseSummary } from '../case-summary/case-summary.projection';
import { sealCase, steps } from '../testing/email-request.fixtures';
import { planBatch, PositionedEnvelope, SequenceGap } from './plan-batch';

const at = (events: readonly EventEnvelope[], firstOffset = 0): PositionedEnvelope[] =>
  events.map((envelope, index) => ({ envelope, position: { topic: 't', partition: 0, offset: String(firstOffset + index) } }));

const summaries = (...rows: CaseSummaryEntity[]) => new Map(rows.map((row) => [row.caseId, row]));

describe('planning a batch', () => {
  const one = sealCase('c-1', [steps.received('c-1'), steps.assigned('officer-a'), steps.warned('officer-a')]);
  const two = sealCase('c-2', [steps.received('c-2'), steps.assigned('officer-b')]);

  it('applies interleaved cases and writes each changed summary once, in its final state', () => {
    const plan = planBatch(new Map(), at([one[0]!, two[0]!, one[1]!, two[1]!, one[2]!]));
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
  });

  it('continues a case from its stored summary', () => {
    const stored = evolveCaseSummary(evolveCaseSummary(null, one[0]!).row, one[1]!).row;
    const plan = planBatch(summaries(stored), at([one[2]!], 7));
    expect(plan.summaries).toEqual([evolveCaseSummary(stored, one[2]!).row]);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-1:3']);
  });

  it('skips events already applied, stored or earlier in the same batch', () => {
    const stored = evolveCaseSummary(null, one[0]!).row;
    const plan = planBatch(summaries(stored), at([one[0]!, one[1]!, one[1]!]));
    expect(plan.duplicates).toEqual(['c-1:1', 'c-1:2']);
    expect(plan.timeline.map((row) => row.eventId)).toEqual(['c-1:2']);
    expect(plan.summaries.map((row) => row.lastSequence)).toEqual([2]);
  });

  it('changes nothing when every event is a duplicate', () => {
    const stored = evolveCaseSummary(null, one[0]!).row;
    expect(planBatch(summaries(stored), at([one[0]!]))).toEqual({
      summaries: [],
      timeline: [],
      clocks: [],
      duplicates: ['c-1:1'],
      unhandled: [],
    });
  });

  it('refuses the whole batch at a gap in a case', () => {
    const plan = () => planBatch(new Map(), at([two[0]!, one[0]!, one[2]!]));
    expect(plan).toThrow(SequenceGap);
    expect(plan).toThrow('case c-1: expected sequence 2, received 3');
  });

  it('treats a case whose first event is missing as a gap', () => {
    expect(() => planBatch(new Map(), at([one[1]!]))).toThrow('case c-1: expected sequence 1, received 2');
  });

  it('applies an event type the summary does not know, and reports it', () => {
    const unknown = { ...one[1]!, type: 'EmailRequestTranslated' };
    const plan = planBatch(new Map(), at([one[0]!, unknown]));
    expect(plan.unhandled).toEqual(['c-1:2']);
    expect(plan.summaries[0]).toMatchObject({ lastSequence: 2, status: 'received' });
  });
});
