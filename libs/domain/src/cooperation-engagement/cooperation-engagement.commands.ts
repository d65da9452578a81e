import type { Command } from '../shared/command';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockCommand } from '../service-standards/clock-decisions';
import type {
  ActionPlan,
  ActivityForm,
  ActivityPlace,
  RequesterKind,
  Sector,
  Signatory,
  TeamMember,
} from './cooperation-engagement.events';

// Commands of a cooperation engagement. Partner answers are recorded by the coordinator on the
// partner's behalf; commands that start a clock carry a `clock` planned by `planClock` in an activity.

/**
 * Partners by their ids in the reference lists (libs/domain/src/reference). Named as text instead
 * (`name`, `country`), as before the lists, they are still taken for one version, read against the lists.
 */
export type StatedRequester = { kind: RequesterKind; supportOrganizationId?: string; name?: string };
export type StatedPartnerParliament = { parliamentId?: string; name?: string; country?: string };

/** The Cooperation Service was contacted (`contactedAt`, possibly before it is recorded). */
export type OpenCooperationEngagement = Command<
  'OpenCooperationEngagement',
  {
    caseId: string;
    requester: StatedRequester;
    partnerParliament: StatedPartnerParliament;
    request: string;
    coordinatorId: string;
    contactedAt: string;
  }
>;

export type ReassignCooperationEngagement = Command<'ReassignCooperationEngagement', { coordinatorId: string; reason?: string | null }>;

// A command stating a fact takes when it happened (`assessedAt`, `decidedAt`...; default: now).

export type RecordNeeds = Command<'RecordNeeds', { description: string; sectors: Sector[]; assessedAt?: string }>;

export type PlanAssessmentMission = Command<'PlanAssessmentMission', { startsOn: string; endsOn: string; team: TeamMember[] }>;

export type RecordAssessmentMissionHeld = Command<'RecordAssessmentMissionHeld', { heldOn: string; findings: string }>;

/** Concludes the needs assessment: the Assembly can assist (`proceed`) or not (`decline`, with a reason). */
export type DecideOnAssistance = Command<
  'DecideOnAssistance',
  ({ decision: 'proceed'; rationale?: string | null } | { decision: 'decline'; reason: string }) & { decidedAt?: string }
>;

/** The first plan, or a revision after the partner asked for modifications, sent at `proposedAt`. */
export type ProposeActionPlan = Command<'ProposeActionPlan', { plan: ActionPlan; proposedAt?: string; clock: ClockPlan }>;

/** Every partner answer names the version it answers, who signed it, and when the partner answered. */
export type PartnerAnswerCommandData = { version: number; signatory: Signatory; answeredAt: string };

export type ApproveActionPlan = Command<'ApproveActionPlan', PartnerAnswerCommandData>;
export type RequestActionPlanModifications = Command<'RequestActionPlanModifications', PartnerAnswerCommandData & { comments: string }>;
export type RejectActionPlan = Command<'RejectActionPlan', PartnerAnswerCommandData & { reason: string }>;

export type PlanActivity = Command<
  'PlanActivity',
  {
    activityId: string;
    title: string;
    form: ActivityForm;
    place: ActivityPlace;
    sectors: Sector[];
    team: TeamMember[];
    startsOn: string;
    endsOn: string;
  }
>;

export type RecordActivityHeld = Command<'RecordActivityHeld', { activityId: string; heldOn: string; notes?: string | null }>;

export type CancelActivity = Command<'CancelActivity', { activityId: string; reason: string }>;

/** No more activities since `completedAt`: starts the activity-report clock there. */
export type DeclareServiceDeliveryComplete = Command<'DeclareServiceDeliveryComplete', { completedAt?: string; clock: ClockPlan }>;

export type RecordFollowUp = Command<'RecordFollowUp', { note: string; atDistance: boolean; heldAt?: string }>;

export type SubmitActivityReport = Command<
  'SubmitActivityReport',
  { observations: string[]; recommendations: string[]; results: string[]; submittedAt?: string }
>;

export type WithdrawCooperationEngagement = Command<'WithdrawCooperationEngagement', { reason: string }>;

export type CooperationEngagementCommand =
  | OpenCooperationEngagement
  | ReassignCooperationEngagement
  | RecordNeeds
  | PlanAssessmentMission
  | RecordAssessmentMissionHeld
  | DecideOnAssistance
  | ProposeActionPlan
  | ApproveActionPlan
  | RequestActionPlanModifications
  | RejectActionPlan
  | PlanActivity
  | RecordActivityHeld
  | CancelActivity
  | DeclareServiceDeliveryComplete
  | RecordFollowUp
  | SubmitActivityReport
  | WithdrawCooperationEngagement
  | ChainedClockCommand;
