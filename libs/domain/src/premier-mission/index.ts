export * from './premier-mission.events';
export * from './premier-mission.commands';
// `isOpen` and `mayIssue` are renamed so that the package index can re-export every case type.
export {
  evolvePremierMission,
  initialPremierMissionState,
  isBeforeStart as isPremierMissionBeforeStart,
  isEvaluating as isPremierMissionEvaluating,
  isOpen as isPremierMissionOpen,
  premierMissionStanding,
  type EvaluationAnswer,
  type EvaluatingPremierMission,
  type MissionEvaluation,
  type MissionLogisticsService,
  type MissionParticipant,
  type OpenPremierMission,
  type PremierMission,
  type PremierMissionState,
  type PremierMissionStatus,
} from './premier-mission.state';
export {
  authorizePremierMissionCommand,
  mayIssue as mayIssuePremierMissionCommand,
  PREMIER_MISSION_ASSIGNEE_ONLY_COMMANDS,
  PREMIER_MISSION_PERMISSIONS,
} from './premier-mission.permissions';
export { premierMissionDecider } from './premier-mission.decider';
export { checkEndPremierMission, type MissionEnding } from './premier-mission.evaluation';
export * from './premier-mission.evaluation-plan';
export { compileEvaluations, type CompiledAnswer } from './premier-mission.compilation';
export * from './premier-mission.deadlines';
export * from './premier-mission.standards';
