import { PREMIER_MISSION_UPCASTERS } from '@entente/contracts';
import { premierMissionDecider, PremierMissionEvent, PremierMissionState } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

/** A mission reads as its destination and theme, held by its officer; it runs no service-standard clock. */
export const PREMIER_MISSION_SUMMARY: CaseTypeSummary<PremierMissionState> = {
  upcasters: PREMIER_MISSION_UPCASTERS,
  initialState: premierMissionDecider.initialState,
  evolve: (state, event) => premierMissionDecider.evolve(state, event as PremierMissionEvent),
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('a mission is summarized once planned');
    const { destination } = state;
    return {
      status: state.status,
      subject: `${destination.city} (${destination.country}): ${state.theme}, ${state.participants.length} participants`,
      senderAddress: null,
      senderName: null,
      assignee: state.officerId,
      receivedAt: new Date(state.startsAt),
      ...clockColumns(null),
      answeredAt: null,
      closedAt: dateOrNull(state.cancellation?.cancelledAt ?? state.evaluation?.compilation?.compiledAt ?? null),
    };
  },
  clocks: () => [],
};
