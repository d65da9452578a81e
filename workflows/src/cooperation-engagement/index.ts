export * from './cooperation-engagement.messages';
export { cooperationEngagementWorkflow } from './cooperation-engagement.workflow';
