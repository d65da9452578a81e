import type { Decider } from '../shared/decider';
import { InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import { decideClockCommand, isClockCommand } from '../service-standards/clock-decisions';
import { approve, propose, reject, requestModifications } from './cooperation-engagement.action-plan';
import {
  decideOnAssistance,
  open,
  planMission,
  reassign,
  recordMissionHeld,
  recordNeeds,
  withdraw,
} from './cooperation-engagement.assessment';
import type { CooperationEngagementCommand } from './cooperation-engagement.commands';
import {
  cancelActivity,
  declareDeliveryComplete,
  planActivity,
  recordActivityHeld,
  recordFollowUp,
  submitReport,
} from './cooperation-engagement.delivery';
import { COOPERATION_ENGAGEMENT_RULES, type CooperationEngagementRules } from './cooperation-engagement.rules';
import type { CooperationEngagementEvent } from './cooperation-engagement.events';
import { authorizeCooperationEngagementCommand, COOPERATION_ENGAGEMENT_PERMISSIONS } from './cooperation-engagement.permissions';
import { requireCase } from './cooperation-engagement.stages';
import {
  evolveCooperationEngagement,
  initialCooperationEngagementState,
  type CooperationEngagementState,
} from './cooperation-engagement.state';

export { checkProposeActionPlan, type ActionPlanProposal } from './cooperation-engagement.action-plan';
export { checkDeclareServiceDeliveryComplete, type DeliveryCompletion } from './cooperation-engagement.delivery';
export {
  DATED_COOPERATION_ENGAGEMENT_RULES,
  FIRST_COOPERATION_ENGAGEMENT_RULES,
  type CooperationEngagementRules,
} from './cooperation-engagement.rules';

type Events = CooperationEngagementEvent[];

function decide(command: CooperationEngagementCommand, state: CooperationEngagementState, rules: CooperationEngagementRules): Events {
  if (!Object.hasOwn(COOPERATION_ENGAGEMENT_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizeCooperationEngagementCommand(command, state);
  // Clocks are the shared module's business, whatever the case type.
  if (isClockCommand(command)) {
    const engagement = requireCase(state);
    return decideClockCommand(command, engagement.clocks, engagement.coordinatorId, 'coordinator');
  }
  switch (command.type) {
    case 'OpenCooperationEngagement':
      return open(command, state);
    case 'ReassignCooperationEngagement':
      return reassign(command, state);
    case 'RecordNeeds':
      return recordNeeds(command, state);
    case 'PlanAssessmentMission':
      return planMission(command, state);
    case 'RecordAssessmentMissionHeld':
      return recordMissionHeld(command, state, rules);
    case 'DecideOnAssistance':
      return decideOnAssistance(command, state);
    case 'ProposeActionPlan':
      return propose(command, state);
    case 'ApproveActionPlan':
      return approve(command, state);
    case 'RequestActionPlanModifications':
      return requestModifications(command, state);
    case 'RejectActionPlan':
      return reject(command, state);
    case 'PlanActivity':
      return planActivity(command, state, rules);
    case 'RecordActivityHeld':
      return recordActivityHeld(command, state, rules);
    case 'CancelActivity':
      return cancelActivity(command, state);
    case 'DeclareServiceDeliveryComplete':
      return declareDeliveryComplete(command, state);
    case 'RecordFollowUp':
      return recordFollowUp(command, state);
    case 'SubmitActivityReport':
      return submitReport(command, state);
    case 'WithdrawCooperationEngagement':
      return withdraw(command, state);
    default:
      return exhaustive(command, []);
  }
}

type EngagementDecider = Decider<CooperationEngagementState, CooperationEngagementCommand, CooperationEngagementEvent>;

/** The decider under a set of rules: today's, or those a case accepted its commands under. */
export function cooperationEngagementDeciderUnder(rules: CooperationEngagementRules): EngagementDecider {
  return {
    decide: (command, state) => decide(command, state, rules),
    evolve: evolveCooperationEngagement,
    initialState: initialCooperationEngagementState,
  };
}

/** A cooperation engagement of the National Assembly's Interparliamentary Cooperation Service. */
export const cooperationEngagementDecider = cooperationEngagementDeciderUnder(COOPERATION_ENGAGEMENT_RULES);
