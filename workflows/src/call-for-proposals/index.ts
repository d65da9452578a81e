export * from './call-for-proposals.messages';
export { callForProposalsWorkflow } from './call-for-proposals.workflow';
