import { CALL_FOR_PROPOSALS_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CallForProposalsEvent, CallForProposalsState } from '@entente/domain';
import {
  CLOSED,
  CLOSES_AT,
  closedWithoutProposals,
  DECIDED,
  DECIDED_AT,
  NOTIFIED_AT,
  OPEN,
  published,
  PUBLISHED_AT,
} from '../../../../libs/domain/src/call-for-proposals/call-for-proposals.fixtures';
import { summaryAfter } from '../testing/case-summaries';
import { CALL_FOR_PROPOSALS_SUMMARY } from './call-for-proposals.summary';

const summarized = (events: CallForProposalsEvent[]) => summaryAfter('call-for-proposals', CALL_FOR_PROPOSALS_SCHEMA_VERSIONS, events);

const allNotified: CallForProposalsEvent = {
  type: 'AllOrganizationsNotified',
  data: { organizationCount: 2, completedAt: NOTIFIED_AT, clockOutcome: 'met' },
};

describe('a call for proposals in the work queue', () => {
  it('reads as its programme, title and proposals while open, held by nobody, with no clock yet', () => {
    expect(summarized(OPEN)).toMatchObject({
      caseType: 'call-for-proposals',
      status: 'open',
      assignee: null,
      subject: 'humanitarian-action: Humanitarian Action Assistance Program 2026-2027, first call (3 proposals)',
      senderAddress: null,
      senderName: null,
      receivedAt: new Date(PUBLISHED_AT),
      dueAt: null,
      clockState: null,
      standardId: null,
      answeredAt: null,
      endedAt: null,
      outcome: null,
    });
  });

  it('shows its forty-working-day selection clock from the closing', () => {
    expect(summarized(CLOSED)).toMatchObject({
      status: 'evaluating',
      standardId: 'call-for-proposals-selection',
      warnAt: new Date('2026-07-08T21:00:00.000Z'),
      dueAt: new Date('2026-07-15T21:00:00.000Z'),
      clockState: 'running',
      endedAt: null,
      outcome: null,
    });
  });

  it('is answered by its selection, and completes once every organization is notified', () => {
    expect(summarized(DECIDED)).toMatchObject({ status: 'decided', answeredAt: new Date(DECIDED_AT), endedAt: null, outcome: null });
    const row = summarized([...DECIDED, allNotified]);
    expect(row).toMatchObject({ status: 'completed', clockState: 'met', answeredAt: new Date(DECIDED_AT) });
    expect(row).toMatchObject({ endedAt: new Date(NOTIFIED_AT), outcome: 'completed' });
    expect(CALL_FOR_PROPOSALS_SUMMARY.traits.clocks(row!.state as CallForProposalsState)).toEqual([
      expect.objectContaining({ stoppedAt: NOTIFIED_AT, outcome: 'met' }),
    ]);
  });

  it('ends at its closing when no proposal came, with no clock', () => {
    const row = summarized([published, closedWithoutProposals]);
    expect(row).toMatchObject({
      status: 'closed-without-proposals',
      subject: expect.stringMatching(/\(0 proposals\)$/),
      clockState: null,
      endedAt: new Date(CLOSES_AT),
      outcome: 'closed-without-answer',
    });
    expect(CALL_FOR_PROPOSALS_SUMMARY.traits.clocks(row!.state as CallForProposalsState)).toEqual([]);
  });

  it('has no row until it is published', () => {
    expect(CALL_FOR_PROPOSALS_SUMMARY.traits.isOpened({ status: 'none' })).toBe(false);
    expect(() => summarized([OPEN[1]!])).toThrow('ProposalSubmitted (sequence 1) before its opening event');
  });
});
