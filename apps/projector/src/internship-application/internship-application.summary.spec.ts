import { INTERNSHIP_APPLICATION_SCHEMA_VERSIONS } from '@entente/contracts';
import type { InternshipApplicationEvent, InternshipApplicationState } from '@entente/domain';
import {
  DECIDED,
  FILED,
  FILED_AT,
  INTERVIEWED,
  notEligible,
  REPLIED,
  selected,
  withdrawn,
} from '../../../../libs/domain/src/internship-application/internship-application.fixtures';
import { summaryAfter } from '../testing/case-summaries';
import { INTERNSHIP_APPLICATION_SUMMARY } from './internship-application.summary';

const summarized = (events: InternshipApplicationEvent[]) =>
  summaryAfter('internship-application', INTERNSHIP_APPLICATION_SCHEMA_VERSIONS, events);

describe('an internship application in the work queue', () => {
  it('reads as the candidate and field of study, its eligibility clock running from filing', () => {
    expect(summarized(FILED)).toMatchObject({
      caseType: 'internship-application',
      status: 'filed',
      assignee: 'olivier',
      subject: 'IGO internship application: International law (Université Laval)',
      senderAddress: 'camille.gagnon@ulaval.ca',
      senderName: 'Camille Gagnon',
      receivedAt: new Date(FILED_AT),
      warnAt: new Date('2026-06-25T21:00:00.000Z'),
      dueAt: new Date('2026-06-26T21:00:00.000Z'),
      clockState: 'running',
      standardId: 'internship-eligibility-reply',
      escalatedTo: null,
      answeredAt: null,
      endedAt: null,
      outcome: null,
    });
  });

  it('shows the interview clock once the interview is held, the eligibility reply as its answer', () => {
    expect(summarized(INTERVIEWED)).toMatchObject({
      status: 'interviewed',
      standardId: 'internship-interview-reply',
      dueAt: new Date('2026-07-14T21:00:00.000Z'),
      clockState: 'running',
      answeredAt: new Date(REPLIED),
      endedAt: null,
      outcome: null,
    });
  });

  it('closes with the final reply, both clocks met in the order they ran', () => {
    const row = summarized([...INTERVIEWED, selected]);
    expect(row).toMatchObject({
      status: 'selected',
      standardId: 'internship-interview-reply',
      clockState: 'met',
      answeredAt: new Date(DECIDED),
      endedAt: new Date(DECIDED),
      outcome: 'answered',
    });
    const clocks = INTERNSHIP_APPLICATION_SUMMARY.traits.clocks(row!.state as InternshipApplicationState);
    expect(clocks.map(({ plan, outcome }) => [plan.standardId, outcome])).toEqual([
      ['internship-eligibility-reply', 'met'],
      ['internship-interview-reply', 'met'],
    ]);
  });

  it('closes with a reply that the candidate is not eligible', () => {
    expect(summarized([...FILED, notEligible])).toMatchObject({
      status: 'not-eligible',
      clockState: 'met',
      answeredAt: new Date(REPLIED),
      endedAt: new Date(REPLIED),
      outcome: 'answered',
    });
  });

  it('closes when the candidate withdraws, the running clock cancelled', () => {
    const row = summarized([...FILED, withdrawn(['internship-eligibility-reply'], '2026-06-20T14:00:00.000Z')]);
    expect(row).toMatchObject({
      status: 'withdrawn',
      clockState: 'cancelled',
      answeredAt: null,
      endedAt: new Date('2026-06-20T14:00:00.000Z'),
      outcome: 'withdrawn',
    });
  });

  it('has no row until it is filed', () => {
    expect(INTERNSHIP_APPLICATION_SUMMARY.traits.isOpened({ status: 'none' })).toBe(false);
    expect(() => summarized([FILED[1]!])).toThrow('InternshipApplicationAssigned (sequence 1) before its opening event');
  });
});
