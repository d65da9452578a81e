import { BilateralProjectState, bilateralProjectStanding, clocksInOrder, type ClockState } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

const clocksOf = (state: BilateralProjectState): ClockState[] => (state.status === 'none' ? [] : clocksInOrder(state.clocks));

/** A bilateral project reads as its institution and partner government in the queue. */
export const BILATERAL_PROJECT_SUMMARY: CaseTypeSummary<BilateralProjectState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('a bilateral project is summarized once submitted');
    return {
      ...bilateralProjectStanding(state),
      subject: `${state.title} (${state.agreement.partnerGovernment})`,
      senderAddress: state.institution.contactEmail,
      senderName: state.institution.name,
      receivedAt: new Date(state.submittedAt),
      ...clockColumns(clocksOf(state).at(-1) ?? null),
      answeredAt: dateOrNull(state.analysis?.notifiedAt ?? null),
      closedAt: dateOrNull(state.closure?.closedAt ?? state.deployment?.deployedAt ?? (state.status === 'refused' ? (state.analysis?.notifiedAt ?? null) : null)),
    };
  },
  clocks: clocksOf,
};
