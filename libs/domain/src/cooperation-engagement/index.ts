export * from './cooperation-engagement.events';
export * from './cooperation-engagement.commands';
export * from './cooperation-engagement.state';
export * from './cooperation-engagement.permissions';
export * from './cooperation-engagement.standards';
export {
  checkDeclareServiceDeliveryComplete,
  checkProposeActionPlan,
  cooperationEngagementDecider,
  cooperationEngagementDeciderUnder,
  DATED_COOPERATION_ENGAGEMENT_RULES,
  FIRST_COOPERATION_ENGAGEMENT_RULES,
  type ActionPlanProposal,
  type CooperationEngagementRules,
  type DeliveryCompletion,
} from './cooperation-engagement.decider';
export * from './cooperation-engagement.plan-diff';
export * from './cooperation-engagement.deadlines';
export * from './cooperation-engagement.traits';
export * from './cooperation-engagement.references';
