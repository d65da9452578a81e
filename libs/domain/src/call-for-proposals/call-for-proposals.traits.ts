import { clockedCaseTraits } from '../case-traits';
import { nextCallForProposalsAlarm } from './call-for-proposals.deadlines';
import { callForProposalsStanding, isCallForProposalsOpen, type CallForProposals } from './call-for-proposals.state';

/** How a call for proposals reads to its workflow and to the work queue. */
export const callForProposalsTraits = clockedCaseTraits<CallForProposals>({
  isOpen: isCallForProposalsOpen,
  nextAlarm: nextCallForProposalsAlarm,
  standing: callForProposalsStanding,
});
