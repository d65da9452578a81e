export * from './premier-mission.messages';
export { premierMissionWorkflow } from './premier-mission.workflow';
