import { clocksInOrder, InternshipApplicationState, internshipApplicationStanding, isInternshipApplicationOpen, type ClockState } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

/** The clocks in the order they run: the queue shows the latest one started. */
const clocksOf = (state: InternshipApplicationState): ClockState[] => (state.status === 'none' ? [] : clocksInOrder(state.clocks));

export const INTERNSHIP_APPLICATION_SUMMARY: CaseTypeSummary<InternshipApplicationState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('an internship application is summarized once filed');
    const lastReply = state.finalReply ?? state.eligibility;
    const closedAt = isInternshipApplicationOpen(state) ? null : (state.withdrawal?.withdrawnAt ?? lastReply?.sentAt ?? null);
    return {
      ...internshipApplicationStanding(state),
      subject: `IGO internship application: ${state.candidate.fieldOfStudy} (${state.candidate.university})`,
      senderAddress: state.candidate.email,
      senderName: state.candidate.name,
      receivedAt: new Date(state.filedAt),
      ...clockColumns(clocksOf(state).at(-1) ?? null),
      answeredAt: dateOrNull(lastReply?.sentAt ?? null),
      closedAt: dateOrNull(closedAt),
    };
  },
  clocks: clocksOf,
};
