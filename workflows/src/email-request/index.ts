export * from './email-request.messages';
export { emailRequestWorkflow } from './email-request.workflow';
