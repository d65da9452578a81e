export * from './call-for-proposals.events';
export * from './call-for-proposals.commands';
// `isOpen` and `mayIssue` are renamed so that the package index can re-export every case type.
export {
  evolveCallForProposals,
  initialCallForProposalsState,
  isOpen as isCallForProposalsOpen,
  callForProposalsStanding,
  type CallForProposals,
  type CallForProposalsState,
  type CallForProposalsStatus,
  type ConflictDeclaration,
  type Evaluation,
  type OpenCallForProposals,
  type Proposal,
  type SelectionDecision,
} from './call-for-proposals.state';
export {
  authorizeCallForProposalsCommand,
  CALL_FOR_PROPOSALS_PERMISSIONS,
  EVALUATOR_COMMANDS,
  mayIssue as mayIssueCallForProposalsCommand,
} from './call-for-proposals.permissions';
export * from './call-for-proposals.standards';
export * from './call-for-proposals.ranking';
export { callForProposalsDecider, checkCloseCallForProposals, type CallClosing } from './call-for-proposals.decider';
export * from './call-for-proposals.deadlines';
