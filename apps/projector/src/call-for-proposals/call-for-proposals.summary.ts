import { CallForProposalsState, callForProposalsStanding, clocksInOrder, type ClockState } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

const clocksOf = (state: CallForProposalsState): ClockState[] => (state.status === 'none' ? [] : clocksInOrder(state.clocks));

/** One call per case: its programme and title in the queue, its selection clock once it has closed. */
export const CALL_FOR_PROPOSALS_SUMMARY: CaseTypeSummary<CallForProposalsState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('a call for proposals is summarized once published');
    const finished = state.status === 'completed' || state.status === 'closed-without-proposals';
    return {
      ...callForProposalsStanding(state),
      subject: `${state.programme}: ${state.title} (${state.proposals.length} proposals)`,
      senderAddress: null,
      senderName: null,
      receivedAt: new Date(state.publishedAt),
      ...clockColumns(clocksOf(state)[0] ?? null),
      answeredAt: dateOrNull(state.decision?.decidedAt ?? null),
      closedAt: finished ? new Date(state.closedAt ?? state.closesAt) : null,
    };
  },
  clocks: clocksOf,
};
