import { clockedCaseTraits } from '../case-traits';
import { nextCooperationEngagementAlarm } from './cooperation-engagement.deadlines';
import { cooperationEngagementStanding, isCooperationEngagementOpen, type CooperationEngagement } from './cooperation-engagement.state';

/** How a cooperation engagement reads to its workflow and to the work queue. */
export const cooperationEngagementTraits = clockedCaseTraits<CooperationEngagement>({
  isOpen: isCooperationEngagementOpen,
  nextAlarm: nextCooperationEngagementAlarm,
  standing: cooperationEngagementStanding,
});
