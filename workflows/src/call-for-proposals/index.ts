export { callForProposalsWorkflow, type CallForProposalsView } from './call-for-proposals.workflow';
