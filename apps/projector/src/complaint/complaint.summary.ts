import { ComplaintState, complaintStanding, clocksInOrder, type ClockState } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

const clocksOf = (state: ComplaintState): ClockState[] => (state.status === 'none' ? [] : clocksInOrder(state.clocks));

export const COMPLAINT_SUMMARY: CaseTypeSummary<ComplaintState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('a complaint is summarized once received');
    return {
      ...complaintStanding(state),
      subject: state.subject,
      senderAddress: state.complainant.email,
      senderName: state.complainant.name,
      receivedAt: new Date(state.receivedAt),
      ...clockColumns(clocksOf(state)[0] ?? null),
      answeredAt: dateOrNull(state.answer?.answeredAt ?? null),
      closedAt: dateOrNull(state.closure?.closedAt ?? null),
    };
  },
  clocks: clocksOf,
};
