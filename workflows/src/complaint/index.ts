export * from './complaint.messages';
export { complaintWorkflow } from './complaint.workflow';
