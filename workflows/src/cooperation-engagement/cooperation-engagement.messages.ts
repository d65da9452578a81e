import type { CooperationEngagementCommand, CooperationEngagementState } from '@entente/domain';
import { CLOCK_UPDATE_NAMES, commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/**
 * The commands staff send to a cooperation engagement: a plan proposed and delivery declared
 * complete without the clocks they start, which the workflow plans first.
 */
export type CooperationEngagementStaffCommand = StaffRequest<CooperationEngagementCommand>;

/** The Updates staff send to a cooperation engagement, by command, each under its name on the wire. */
export const COOPERATION_ENGAGEMENT_UPDATES = commandUpdates<CooperationEngagementState, CooperationEngagementStaffCommand>({
  OpenCooperationEngagement: 'openCooperationEngagement',
  ReassignCooperationEngagement: 'reassignCooperationEngagement',
  RecordNeeds: 'recordNeeds',
  PlanAssessmentMission: 'planAssessmentMission',
  RecordAssessmentMissionHeld: 'recordAssessmentMissionHeld',
  DecideOnAssistance: 'decideOnAssistance',
  ProposeActionPlan: 'proposeActionPlan',
  ApproveActionPlan: 'approveActionPlan',
  RequestActionPlanModifications: 'requestActionPlanModifications',
  RejectActionPlan: 'rejectActionPlan',
  PlanActivity: 'planActivity',
  RecordActivityHeld: 'recordActivityHeld',
  CancelActivity: 'cancelActivity',
  DeclareServiceDeliveryComplete: 'declareServiceDeliveryComplete',
  RecordFollowUp: 'recordFollowUp',
  SubmitActivityReport: 'submitActivityReport',
  WithdrawCooperationEngagement: 'withdrawCooperationEngagement',
  ...CLOCK_UPDATE_NAMES,
});

export type CooperationEngagementView = CaseView<CooperationEngagementState>;
