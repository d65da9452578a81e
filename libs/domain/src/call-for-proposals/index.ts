export * from './call-for-proposals.events';
export * from './call-for-proposals.commands';
export * from './call-for-proposals.state';
export * from './call-for-proposals.permissions';
export * from './call-for-proposals.standards';
export * from './call-for-proposals.ranking';
export * from './call-for-proposals.rules';
export {
  callForProposalsDecider,
  callForProposalsDeciderUnder,
  checkCloseCallForProposals,
  type CallClosing,
} from './call-for-proposals.decider';
export * from './call-for-proposals.deadlines';
export * from './call-for-proposals.traits';
export * from './call-for-proposals.sealing';
