export { cooperationEngagementWorkflow, type CooperationEngagementView } from './cooperation-engagement.workflow';
