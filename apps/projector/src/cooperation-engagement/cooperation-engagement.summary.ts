import {
  cooperationEngagementTraits,
  endedBy,
  STILL_OPEN,
  type CaseEnding,
  type CaseOutcome,
  type CooperationEngagement,
  type CooperationEngagementState,
  type CooperationEngagementStatus,
} from '@entente/domain';
import { CaseTypeSummary, dateOrNull, endingColumns } from '../case-summary/case-type-summary';

/** In the queue, an engagement reads as its partner parliament and requester, held by its coordinator. */
export const COOPERATION_ENGAGEMENT_SUMMARY: CaseTypeSummary<CooperationEngagementState, CooperationEngagement> = {
  traits: cooperationEngagementTraits,
  columns: (engagement) => {
    const { partnerParliament, requester } = engagement;
    return {
      subject: `${partnerParliament.name} (${partnerParliament.country}): ${engagement.request}`,
      senderAddress: null,
      senderName: requester.name,
      receivedAt: new Date(engagement.contactedAt),
      answeredAt: dateOrNull(engagement.report?.submittedAt ?? null),
      ...endingColumns(ending(engagement)),
    };
  },
};

const OUTCOMES: Partial<Record<CooperationEngagementStatus, CaseOutcome>> = {
  completed: 'completed',
  declined: 'refused',
  rejected: 'refused',
  withdrawn: 'withdrawn',
};

function ending({ status, closure }: CooperationEngagement): CaseEnding {
  const outcome = OUTCOMES[status];
  return outcome && closure ? endedBy(outcome, closure.closedAt) : STILL_OPEN;
}
