import { cooperationEngagementTraits, type CooperationEngagement, type CooperationEngagementState } from '@entente/domain';
import { CaseTypeSummary, dateOrNull } from '../case-summary/case-type-summary';

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
      closedAt: dateOrNull(engagement.closure?.closedAt ?? engagement.report?.submittedAt ?? null),
    };
  },
};
