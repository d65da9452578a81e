export { premierMissionWorkflow, type PremierMissionView } from './premier-mission.workflow';
