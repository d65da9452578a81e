export * from './cooperation-engagement.events';
export * from './cooperation-engagement.commands';
// `isOpen` and `mayIssue` are renamed so that the package index can re-export every case type.
export {
  evolveCooperationEngagement,
  initialCooperationEngagementState,
  isOpen as isCooperationEngagementOpen,
  cooperationEngagementStanding,
  pendingPlan,
  type Activity,
  type ActionPlanVersion,
  type ActivityReport,
  type AssessmentMission,
  type Closure,
  type CooperationEngagement,
  type CooperationEngagementState,
  type CooperationEngagementStatus,
  type ActiveCooperationEngagement,
  type PartnerAnswer,
} from './cooperation-engagement.state';
export {
  authorizeCooperationEngagementCommand,
  COOPERATION_ENGAGEMENT_ASSIGNEE_ONLY_ROLES,
  COOPERATION_ENGAGEMENT_PERMISSIONS,
  mayIssue as mayIssueCooperationEngagementCommand,
  type AuthorizedCommand as CooperationEngagementAuthorization,
} from './cooperation-engagement.permissions';
export * from './cooperation-engagement.standards';
export {
  checkDeclareServiceDeliveryComplete,
  checkProposeActionPlan,
  cooperationEngagementDecider,
  type ActionPlanProposal,
  type DeliveryCompletion,
} from './cooperation-engagement.decider';
export * from './cooperation-engagement.plan-diff';
export * from './cooperation-engagement.deadlines';
