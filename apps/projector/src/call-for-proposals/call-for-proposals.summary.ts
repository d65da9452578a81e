import { callForProposalsTraits, type CallForProposals, type CallForProposalsState } from '@entente/domain';
import { CaseTypeSummary, dateOrNull } from '../case-summary/case-type-summary';

/** One call per case: its programme and title in the queue, its selection clock once it has closed. */
export const CALL_FOR_PROPOSALS_SUMMARY: CaseTypeSummary<CallForProposalsState, CallForProposals> = {
  traits: callForProposalsTraits,
  columns: (call) => {
    const finished = call.status === 'completed' || call.status === 'closed-without-proposals';
    return {
      subject: `${call.programme}: ${call.title} (${call.proposals.length} proposals)`,
      senderAddress: null,
      senderName: null,
      receivedAt: new Date(call.publishedAt),
      answeredAt: dateOrNull(call.decision?.decidedAt ?? null),
      closedAt: finished ? new Date(call.closedAt ?? call.closesAt) : null,
    };
  },
};
