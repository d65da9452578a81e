import { COMPLAINT_SCHEMA_VERSIONS } from '@entente/contracts';
import type { ComplaintEvent, ComplaintState } from '@entente/domain';
import {
  answered,
  ANSWERED_AT,
  ASSIGNED,
  CLOCK,
  closed,
  findingsRecorded,
  RECEIVED_AT,
  received,
} from '../../../../libs/domain/src/complaint/complaint.fixtures';
import { summaryAfter } from '../testing/case-summaries';
import { COMPLAINT_SUMMARY } from './complaint.summary';

const summarized = (events: ComplaintEvent[]) => summaryAfter('complaint', COMPLAINT_SCHEMA_VERSIONS, events);

const breached: ComplaintEvent = {
  type: 'ServiceStandardBreached',
  data: { standardId: 'complaint', standardVersion: 1, dueAt: CLOCK.dueAt, breachedAt: CLOCK.dueAt, escalatedTo: 'secretary-general' },
};

describe('a complaint in the work queue', () => {
  it('reads as its subject and complainant, assigned, its fifteen-working-day clock running', () => {
    expect(summarized(ASSIGNED)).toMatchObject({
      caseType: 'complaint',
      status: 'assigned',
      assignee: 'olivier',
      subject: 'No answer to my e-mail about the IGO internship program',
      senderAddress: null,
      senderName: 'Jean-François Côté',
      receivedAt: new Date(RECEIVED_AT),
      warnAt: new Date('2026-05-28T21:00:00.000Z'),
      dueAt: new Date('2026-06-02T21:00:00.000Z'),
      clockState: 'running',
      standardId: 'complaint',
      standardVersion: 1,
      escalatedTo: null,
      answeredAt: null,
      endedAt: null,
      outcome: null,
    });
  });

  it('shows a breach escalated to the Secretary General', () => {
    expect(summarized([...ASSIGNED, breached])).toMatchObject({ clockState: 'breached', escalatedTo: 'secretary-general' });
  });

  it('ends answered on time, its clock met', () => {
    const row = summarized([...ASSIGNED, findingsRecorded, answered]);
    expect(row).toMatchObject({ status: 'answered', clockState: 'met', answeredAt: new Date(ANSWERED_AT) });
    expect(row).toMatchObject({ endedAt: new Date(ANSWERED_AT), outcome: 'answered' });
    expect(COMPLAINT_SUMMARY.traits.clocks(row!.state as ComplaintState)).toEqual([
      expect.objectContaining({ plan: CLOCK, stoppedAt: ANSWERED_AT, outcome: 'met' }),
    ]);
  });

  it('is closed without an answer, its clock cancelled', () => {
    expect(summarized([...ASSIGNED, closed])).toMatchObject({
      status: 'closed',
      clockState: 'cancelled',
      answeredAt: null,
      endedAt: new Date(ANSWERED_AT),
      outcome: 'closed-without-answer',
    });
  });

  it('has no row until it is received', () => {
    expect(COMPLAINT_SUMMARY.traits.isOpened({ status: 'none' })).toBe(false);
    expect(COMPLAINT_SUMMARY.traits.clocks({ status: 'none' })).toEqual([]);
    expect(() => summarized([ASSIGNED[1]!])).toThrow('ComplaintAssigned (sequence 1) before its opening event');
    expect(summarized([received])).toMatchObject({ status: 'received', assignee: null });
  });
});
