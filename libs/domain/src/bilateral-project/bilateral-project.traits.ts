import { clockedCaseTraits } from '../case-traits';
import { nextBilateralProjectAlarm } from './bilateral-project.deadlines';
import { bilateralProjectStanding, isBilateralProjectOpen, type BilateralProject } from './bilateral-project.state';

/** How a bilateral project reads to its workflow and to the work queue. */
export const bilateralProjectTraits = clockedCaseTraits<BilateralProject>({
  isOpen: isBilateralProjectOpen,
  nextAlarm: nextBilateralProjectAlarm,
  standing: bilateralProjectStanding,
});
