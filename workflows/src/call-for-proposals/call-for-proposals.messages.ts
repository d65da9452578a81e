import type { CallForProposalsCommand, CallForProposalsState, CloseCallForProposals } from '@entente/domain';
import { CLOCK_UPDATE_NAMES, commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/**
 * The commands staff send to a call for proposals: all but the closing, which the workflow's timer
 * issues.
 */
export type CallForProposalsStaffCommand = StaffRequest<Exclude<CallForProposalsCommand, CloseCallForProposals>>;

/** The Updates staff send to a call for proposals, by command, each under its name on the wire. */
export const CALL_FOR_PROPOSALS_UPDATES = commandUpdates<CallForProposalsState, CallForProposalsStaffCommand>({
  PublishCallForProposals: 'publishCallForProposals',
  SubmitProposal: 'submitProposal',
  ExtendCallForProposals: 'extendCallForProposals',
  AssignEvaluators: 'assignEvaluators',
  DeclareConflictOfInterest: 'declareConflictOfInterest',
  ScoreProposal: 'scoreProposal',
  DecideSelection: 'decideSelection',
  NotifyOrganization: 'notifyOrganization',
  ...CLOCK_UPDATE_NAMES,
});

export type CallForProposalsView = CaseView<CallForProposalsState>;
