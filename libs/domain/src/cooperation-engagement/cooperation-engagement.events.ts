import type { Event } from '../shared/event';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ClockOutcome } from '../service-standards/clock-state';
import type { ChainedClockEvent } from '../service-standards/clock-decisions';

// A cooperation engagement of the National Assembly's Interparliamentary Cooperation Service
// (docs/domain.md#cooperation-engagements): needs assessment, action plan, service delivery,
// follow-up and assessment. Local dates are 'YYYY-MM-DD'; instants are ISO strings in UTC.

/** Who contacted the Cooperation Service: a group supporting a parliament, or the parliament itself. */
export type RequesterKind = 'support-organization' | 'partner-parliament';
export const REQUESTER_KINDS: readonly RequesterKind[] = ['support-organization', 'partner-parliament'];

export interface Requester {
  readonly kind: RequesterKind;
  /** e.g. "United Nations Development Programme (UNDP)", or the partner parliament's own name. */
  readonly name: string;
  /** Its id in the support organizations' list (libs/domain/src/reference); null for a parliament or a name no list knows. */
  readonly supportOrganizationId: string | null;
}

/** `name` and `country` as stated (a list's English names when stated by id); the ids null where no list knows them. */
export interface PartnerParliament {
  readonly name: string;
  readonly country: string;
  readonly parliamentId: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string | null;
}

/** The three forms of the Assembly's initiatives, the last split in two (seed document). */
export type ActivityForm = 'needs-assessment-and-support-service' | 'training-seminar' | 'practical-workshop' | 'internship';
export const ACTIVITY_FORMS: readonly ActivityForm[] = [
  'needs-assessment-and-support-service',
  'training-seminar',
  'practical-workshop',
  'internship',
];

export type ActivityPlace = 'partner-offices' | 'national-assembly-quebec' | 'video-conference';
export const ACTIVITY_PLACES: readonly ActivityPlace[] = ['partner-offices', 'national-assembly-quebec', 'video-conference'];

/** The six sectors of the seed document, by their number there. */
export type Sector = 1 | 2 | 3 | 4 | 5 | 6;
export const SECTORS: Readonly<Record<Sector, string>> = {
  1: 'General administration of a parliament',
  2: 'Organization of sittings',
  3: 'Legislative process',
  4: 'Parliamentary control and accountability',
  5: 'Public communications and citizen participation',
  6: 'New parliamentarian training at the start of a legislature',
};

export type TeamMemberKind = 'parliamentarian' | 'public-servant';
export const TEAM_MEMBER_KINDS: readonly TeamMemberKind[] = ['parliamentarian', 'public-servant'];

export interface TeamMember {
  readonly name: string;
  readonly kind: TeamMemberKind;
}

/** The action plan's four parts (seed document: schedule, budget, team profile, services). */
export interface ActionPlan {
  readonly schedule: {
    readonly startsOn: string;
    readonly endsOn: string;
    readonly milestones: readonly { readonly on: string; readonly description: string }[];
  };
  /** `amount` in the currency's units, at most two decimals; `currency` ISO 4217 (CAD, XOF, USD...). */
  readonly budget: { readonly amount: number; readonly currency: string; readonly fundedBy: string | null };
  readonly teamProfile: { readonly parliamentarians: number; readonly publicServants: number; readonly expertise: readonly string[] };
  readonly services: { readonly description: string; readonly forms: readonly ActivityForm[]; readonly sectors: readonly Sector[] };
}

/** The partner's person who signed its answer; the coordinator records it on the partner's behalf. */
export interface Signatory {
  readonly name: string;
  readonly title: string;
}

/** Who recorded a step and when (the command's actor and `metadata.now`). */
export interface Recorded {
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export type CooperationEngagementOpened = Event<
  'CooperationEngagementOpened',
  {
    caseId: string;
    requester: Requester;
    partnerParliament: PartnerParliament;
    request: string;
    coordinatorId: string;
    contactedAt: string;
    openedBy: string;
  }
>;

export type CooperationEngagementReassigned = Event<
  'CooperationEngagementReassigned',
  { fromCoordinatorId: string; toCoordinatorId: string; reason: string | null } & Recorded
>;

/** Stage 1: the parliament's needs as assessed then (`assessedAt`); a later record replaces an earlier one. */
export type NeedsRecorded = Event<'NeedsRecorded', { description: string; sectors: Sector[]; assessedAt: string } & Recorded>;

/** An on-site needs assessment mission, in the partner's offices; planning again replaces the plan. */
export type AssessmentMissionPlanned = Event<
  'AssessmentMissionPlanned',
  { startsOn: string; endsOn: string; team: TeamMember[] } & Recorded
>;

export type AssessmentMissionHeld = Event<'AssessmentMissionHeld', { heldOn: string; findings: string } & Recorded>;

/** The Assembly can assist (decided at `decidedAt`): on to the action plan. */
export type AssistanceAgreed = Event<'AssistanceAgreed', { rationale: string | null; decidedAt: string } & Recorded>;

/** The Assembly cannot assist (decided at `decidedAt`): the engagement is closed. */
export type EngagementDeclined = Event<'EngagementDeclined', { reason: string; decidedAt: string } & Recorded>;

/** Stage 2: a plan version goes to the partner (`proposedAt`); starts the `action-plan-partner-answer` clock then. */
export type ActionPlanProposed = Event<
  'ActionPlanProposed',
  {
    version: number;
    supersedes: number | null;
    plan: ActionPlan;
    proposedBy: string;
    proposedAt: string;
    recordedAt: string;
    clock: ClockPlan;
  }
>;

/** What every partner answer records; `answeredAt` is when the partner answered, recorded maybe later. */
export type PartnerAnswerData = {
  version: number;
  signatory: Signatory;
  answeredAt: string;
  clockOutcome: Exclude<ClockOutcome, 'cancelled'>;
} & Recorded;

export type ActionPlanApproved = Event<'ActionPlanApproved', PartnerAnswerData>;
export type ActionPlanModificationsRequested = Event<'ActionPlanModificationsRequested', PartnerAnswerData & { comments: string }>;
/** Closes the engagement. */
export type ActionPlanRejected = Event<'ActionPlanRejected', PartnerAnswerData & { reason: string }>;

/** Stage 3: one activity of the approved plan. */
export type ActivityPlanned = Event<
  'ActivityPlanned',
  {
    activityId: string;
    title: string;
    form: ActivityForm;
    place: ActivityPlace;
    sectors: Sector[];
    team: TeamMember[];
    startsOn: string;
    endsOn: string;
  } & Recorded
>;

export type ActivityHeld = Event<'ActivityHeld', { activityId: string; heldOn: string; notes: string | null } & Recorded>;
export type ActivityCancelled = Event<'ActivityCancelled', { activityId: string; reason: string } & Recorded>;

/** No activity left to hold since `completedAt`: on to follow-up; starts the `engagement-activity-report` clock then. */
export type ServiceDeliveryCompleted = Event<
  'ServiceDeliveryCompleted',
  { heldActivityIds: string[]; lastHeldOn: string; completedBy: string; completedAt: string; recordedAt: string; clock: ClockPlan }
>;

/** Stage 4: follow-up, often at a distance, held at `heldAt`. */
export type FollowUpRecorded = Event<'FollowUpRecorded', { note: string; atDistance: boolean; heldAt: string } & Recorded>;

/** Closes the engagement; stops the report clock when it was submitted (`submittedAt`), however late it was recorded. */
export type ActivityReportSubmitted = Event<
  'ActivityReportSubmitted',
  {
    observations: string[];
    recommendations: string[];
    results: string[];
    submittedBy: string;
    submittedAt: string;
    recordedAt: string;
    clockOutcome: Exclude<ClockOutcome, 'cancelled'>;
  }
>;

/** The engagement ends before its report (the partner or its support group withdrew, funding fell through). */
export type CooperationEngagementWithdrawn = Event<
  'CooperationEngagementWithdrawn',
  { reason: string; cancelledClocks: string[] } & Recorded
>;

export type CooperationEngagementEvent =
  | CooperationEngagementOpened
  | CooperationEngagementReassigned
  | NeedsRecorded
  | AssessmentMissionPlanned
  | AssessmentMissionHeld
  | AssistanceAgreed
  | EngagementDeclined
  | ActionPlanProposed
  | ActionPlanApproved
  | ActionPlanModificationsRequested
  | ActionPlanRejected
  | ActivityPlanned
  | ActivityHeld
  | ActivityCancelled
  | ServiceDeliveryCompleted
  | FollowUpRecorded
  | ActivityReportSubmitted
  | CooperationEngagementWithdrawn
  | ChainedClockEvent;
