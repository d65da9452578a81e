import { caseAlarmOf, hasOpened, type CaseTraits } from '../case-traits';
import { nextPremierMissionAlarm } from './premier-mission.deadlines';
import { premierMissionStanding, isPremierMissionOpen, type PremierMission, type PremierMissionState } from './premier-mission.state';

/** How a Premier-led mission reads to its workflow and to the work queue. */
export const premierMissionTraits: CaseTraits<PremierMissionState, PremierMission> = {
  isOpened: hasOpened,
  isOpen: isPremierMissionOpen,
  clocks: () => [],
  nextAlarm: (state, nowMs) => caseAlarmOf(nextPremierMissionAlarm(state, nowMs)),
  standing: premierMissionStanding,
};
