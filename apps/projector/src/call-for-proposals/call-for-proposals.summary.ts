import {
  callForProposalsTraits,
  endedBy,
  SELECTION_STANDARD_ID,
  STILL_OPEN,
  type CallForProposals,
  type CallForProposalsState,
  type CaseEnding,
} from '@entente/domain';
import { CaseTypeSummary, dateOrNull, endingColumns } from '../case-summary/case-type-summary';

/** One call per case: its programme and title in the queue, its selection clock once it has closed. */
export const CALL_FOR_PROPOSALS_SUMMARY: CaseTypeSummary<CallForProposalsState, CallForProposals> = {
  traits: callForProposalsTraits,
  columns: (call) => {
    return {
      subject: `${call.programme}: ${call.title} (${call.proposals.length} proposals)`,
      senderAddress: null,
      senderName: null,
      receivedAt: new Date(call.publishedAt),
      answeredAt: dateOrNull(call.decision?.decidedAt ?? null),
      ...endingColumns(ending(call)),
    };
  },
};

/** A call completes when its selection clock stops, every organization notified of the decision. */
function ending(call: CallForProposals): CaseEnding {
  const completedAt = call.clocks[SELECTION_STANDARD_ID]?.stoppedAt ?? null;
  if (call.status === 'completed' && completedAt) return endedBy('completed', completedAt);
  if (call.status === 'closed-without-proposals') return endedBy('closed-without-answer', call.closedAt ?? call.closesAt);
  return STILL_OPEN;
}
