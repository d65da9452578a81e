import type { CaseClocks } from '../service-standards/clock-decisions';
import type {
  ActionPlan,
  ActivityForm,
  ActivityPlace,
  PartnerParliament,
  Recorded,
  Requester,
  Sector,
  Signatory,
  TeamMember,
} from './cooperation-engagement.events';

// What the decider knows of one engagement: the fold of its events (see cooperation-engagement.state.ts).

/** The four stages in order, then how the engagement ended. */
export type CooperationEngagementStatus =
  'needs-assessment' | 'action-plan' | 'service-delivery' | 'follow-up' | 'declined' | 'rejected' | 'completed' | 'withdrawn';

export const OPEN_STATUSES: readonly CooperationEngagementStatus[] = ['needs-assessment', 'action-plan', 'service-delivery', 'follow-up'];

export interface AssessmentMission {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly team: readonly TeamMember[];
  readonly held: ({ readonly heldOn: string; readonly findings: string } & Recorded) | null;
}

export type PartnerAnswer = {
  readonly kind: 'approved' | 'modifications-requested' | 'rejected';
  readonly signatory: Signatory;
  readonly answeredAt: string;
  /** The partner's comments (modifications) or reason (rejection); null for an approval. */
  readonly text: string | null;
} & Recorded;

/** One version of the action plan as sent to the partner; every version is kept. */
export interface ActionPlanVersion {
  readonly version: number;
  readonly plan: ActionPlan;
  readonly proposedBy: string;
  readonly proposedAt: string;
  readonly answer: PartnerAnswer | null;
}

export interface Activity {
  readonly activityId: string;
  readonly title: string;
  readonly form: ActivityForm;
  readonly place: ActivityPlace;
  readonly sectors: readonly Sector[];
  readonly team: readonly TeamMember[];
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: 'planned' | 'held' | 'cancelled';
  readonly heldOn: string | null;
  readonly notes: string | null;
  readonly cancellationReason: string | null;
}

export interface ActivityReport {
  readonly observations: readonly string[];
  readonly recommendations: readonly string[];
  readonly results: readonly string[];
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly recordedAt: string;
}

export interface Closure {
  readonly reason: string | null;
  readonly closedBy: string;
  readonly closedAt: string;
}

export interface CooperationEngagement {
  readonly status: CooperationEngagementStatus;
  readonly caseId: string;
  readonly requester: Requester;
  readonly partnerParliament: PartnerParliament;
  readonly request: string;
  readonly contactedAt: string;
  readonly coordinatorId: string;
  readonly needs: ({ readonly description: string; readonly sectors: readonly Sector[]; readonly assessedAt: string } & Recorded) | null;
  /** When the Assembly decided it could assist (the action plan follows it). */
  readonly assistanceAgreedAt: string | null;
  readonly mission: AssessmentMission | null;
  readonly plans: readonly ActionPlanVersion[];
  readonly approvedVersion: number | null;
  readonly activities: readonly Activity[];
  readonly deliveryCompletedAt: string | null;
  readonly followUps: readonly ({ readonly note: string; readonly atDistance: boolean; readonly heldAt: string } & Recorded)[];
  readonly report: ActivityReport | null;
  readonly closure: Closure | null;
  /** `action-plan-partner-answer` (restarted by each proposal), then `engagement-activity-report`. */
  readonly clocks: CaseClocks;
}

export type CooperationEngagementState = { readonly status: 'none' } | CooperationEngagement;

export type ActiveCooperationEngagement = CooperationEngagement & {
  readonly status: 'needs-assessment' | 'action-plan' | 'service-delivery' | 'follow-up';
};
