import { PremierMissionState, premierMissionStanding } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

/** A mission reads as its destination and theme, held by its officer; it runs no service-standard clock. */
export const PREMIER_MISSION_SUMMARY: CaseTypeSummary<PremierMissionState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('a mission is summarized once planned');
    const { destination } = state;
    return {
      ...premierMissionStanding(state),
      subject: `${destination.city} (${destination.country}): ${state.theme}, ${state.participants.length} participants`,
      senderAddress: null,
      senderName: null,
      receivedAt: new Date(state.startsAt),
      ...clockColumns(null),
      answeredAt: null,
      closedAt: dateOrNull(state.cancellation?.cancelledAt ?? state.evaluation?.compilation?.compiledAt ?? null),
    };
  },
  clocks: () => [],
};
