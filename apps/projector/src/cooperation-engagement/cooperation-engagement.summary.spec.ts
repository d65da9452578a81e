import { COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CooperationEngagementEvent, CooperationEngagementState } from '@entente/domain';
import {
  AT_DELIVERY,
  AT_FOLLOW_UP,
  AT_NEEDS_ASSESSMENT,
  AWAITING_V1,
  AWAITING_V2,
  CONTACTED_AT,
  needsRecorded,
  REPORTED_AT,
} from '../../../../libs/domain/src/cooperation-engagement/cooperation-engagement.fixtures';
import { summaryAfter } from '../testing/case-summaries';
import { COOPERATION_ENGAGEMENT_SUMMARY } from './cooperation-engagement.summary';

const summarized = (events: CooperationEngagementEvent[]) =>
  summaryAfter('cooperation-engagement', COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS, events);

const reported: CooperationEngagementEvent = {
  type: 'ActivityReportSubmitted',
  data: {
    observations: ['Committee clerks now draft amendments themselves.'],
    recommendations: ['A second seminar on committee reports.'],
    results: ['Twelve clerks trained.'],
    submittedBy: 'sjobert',
    submittedAt: REPORTED_AT,
    recordedAt: '2026-11-20T15:00:00.000Z', // recorded days later: the row counts when it was submitted
    clockOutcome: 'met',
  },
};

describe('a cooperation engagement in the work queue', () => {
  it('reads as its partner parliament, request and requester, held by its coordinator, with no clock at first', () => {
    expect(summarized(AT_NEEDS_ASSESSMENT)).toMatchObject({
      caseType: 'cooperation-engagement',
      status: 'needs-assessment',
      assignee: 'sjobert',
      subject: 'National Assembly of Benin (Benin): Support to the legislative process and to committee sittings.',
      senderAddress: null,
      senderName: 'United Nations Development Programme (UNDP)',
      receivedAt: new Date(CONTACTED_AT),
      dueAt: null,
      clockState: null,
      answeredAt: null,
      endedAt: null,
      outcome: null,
    });
  });

  it('shows the partner-answer clock of the plan awaiting its answer, the revised one once revised', () => {
    expect(summarized(AWAITING_V1)).toMatchObject({
      status: 'action-plan',
      standardId: 'action-plan-partner-answer',
      dueAt: new Date('2026-04-24T21:00:00.000Z'),
      clockState: 'running',
    });
    expect(summarized(AWAITING_V2)).toMatchObject({ dueAt: new Date('2026-05-19T21:00:00.000Z'), clockState: 'running' });
    expect(summarized(AT_DELIVERY)).toMatchObject({
      status: 'service-delivery',
      standardId: 'action-plan-partner-answer',
      clockState: 'met',
    });
  });

  it('shows the activity-report clock after delivery, the latest of its clocks', () => {
    const row = summarized(AT_FOLLOW_UP);
    expect(row).toMatchObject({
      status: 'follow-up',
      standardId: 'engagement-activity-report',
      dueAt: new Date('2026-11-30T22:00:00.000Z'),
      clockState: 'running',
    });
    const clocks = COOPERATION_ENGAGEMENT_SUMMARY.traits.clocks(row!.state as CooperationEngagementState);
    expect(clocks.map(({ plan, outcome }) => [plan.standardId, outcome])).toEqual([
      ['action-plan-partner-answer', 'met'],
      ['engagement-activity-report', null],
    ]);
  });

  it('is answered and closed by its activity report', () => {
    expect(summarized([...AT_FOLLOW_UP, reported])).toMatchObject({
      status: 'completed',
      clockState: 'met',
      answeredAt: new Date(REPORTED_AT),
      endedAt: new Date(REPORTED_AT),
      outcome: 'completed',
    });
  });

  it('has no row until it is opened', () => {
    expect(COOPERATION_ENGAGEMENT_SUMMARY.traits.isOpened({ status: 'none' })).toBe(false);
    expect(() => summarized([needsRecorded])).toThrow('NeedsRecorded (sequence 1) before its opening event');
  });
});
