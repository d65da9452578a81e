export * from './internship-application.messages';
export { internshipApplicationWorkflow } from './internship-application.workflow';
