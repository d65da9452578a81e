import { endedBy, premierMissionTraits, STILL_OPEN, type CaseEnding, type PremierMission, type PremierMissionState } from '@entente/domain';
import { endingColumns, type CaseTypeSummary } from '../case-summary/case-type-summary';

/** A mission reads as its destination and theme, held by its officer; it runs no service-standard clock. */
export const PREMIER_MISSION_SUMMARY: CaseTypeSummary<PremierMissionState, PremierMission> = {
  traits: premierMissionTraits,
  columns: (mission) => {
    const { destination } = mission;
    return {
      subject: `${destination.city} (${destination.country}): ${mission.theme}, ${mission.participants.length} participants`,
      senderAddress: null,
      senderName: null,
      receivedAt: new Date(mission.startsAt),
      answeredAt: null,
      ...endingColumns(ending(mission)),
    };
  },
};

function ending({ cancellation, evaluation }: PremierMission): CaseEnding {
  if (cancellation) return endedBy('cancelled', cancellation.cancelledAt);
  const compiledAt = evaluation?.compilation?.compiledAt;
  return compiledAt ? endedBy('completed', compiledAt) : STILL_OPEN;
}
