import { clocksInOrder, CooperationEngagementState, cooperationEngagementStanding, type ClockState } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

const clocksOf = (state: CooperationEngagementState): ClockState[] => (state.status === 'none' ? [] : clocksInOrder(state.clocks));

/** In the queue, an engagement reads as its partner parliament and requester, held by its coordinator. */
export const COOPERATION_ENGAGEMENT_SUMMARY: CaseTypeSummary<CooperationEngagementState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('an engagement is summarized once opened');
    const { partnerParliament, requester } = state;
    return {
      ...cooperationEngagementStanding(state),
      subject: `${partnerParliament.name} (${partnerParliament.country}): ${state.request}`,
      senderAddress: null,
      senderName: requester.name,
      receivedAt: new Date(state.contactedAt),
      ...clockColumns(clocksOf(state).at(-1) ?? null),
      answeredAt: dateOrNull(state.report?.submittedAt ?? null),
      closedAt: dateOrNull(state.closure?.closedAt ?? state.report?.submittedAt ?? null),
    };
  },
  clocks: clocksOf,
};
