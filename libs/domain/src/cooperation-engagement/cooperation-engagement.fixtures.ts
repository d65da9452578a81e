import type { Actor } from '../shared/command';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import type { CooperationEngagementCommand } from './cooperation-engagement.commands';
import type {
  ActionPlan,
  ActionPlanApproved,
  ActionPlanModificationsRequested,
  ActionPlanProposed,
  ActivityCancelled,
  ActivityHeld,
  ActivityPlanned,
  AssessmentMissionHeld,
  AssessmentMissionPlanned,
  AssistanceAgreed,
  CooperationEngagementOpened,
  NeedsRecorded,
  ServiceDeliveryCompleted,
  CooperationEngagementEvent,
} from './cooperation-engagement.events';
import { ACTION_PLAN_PARTNER_ANSWER_STANDARD, ENGAGEMENT_ACTIVITY_REPORT_STANDARD } from './cooperation-engagement.standards';

// Test data for the cooperation engagement specs: an engagement with the National Assembly of
// Benin, brought by the UNDP, through its four stages in 2026 (Good Friday 3 April, Easter Monday
// 6 April, National Patriots' Day 18 May and Thanksgiving 12 October fall inside).

export const coordinator: Actor = { id: 'sjobert', role: 'coordinator' };
export const otherCoordinator: Actor = { id: 'mgagnon', role: 'coordinator' };
export const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
export const director: Actor = { id: 'diane', role: 'director' };
export const auditor: Actor = { id: 'aude', role: 'auditor' };
export const system: Actor = { id: 'service-standard-clock', role: 'system' };

export function command<C extends CooperationEngagementCommand>(
  type: C['type'],
  data: C['data'],
  actor: Actor = coordinator,
  now: string,
): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-benin' } } as C;
}

export const field = (name: string) => (error: { field?: string }) => error.field === name;
export const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);

// Instants (UTC): Eastern time is UTC-5 until 8 March 2026 and from 1 November, UTC-4 between.
export const CONTACTED_AT = '2026-01-05T15:00:00.000Z';
export const OPENED_AT = '2026-01-06T14:00:00.000Z';
export const NEEDS_AT = '2026-01-20T15:00:00.000Z';
export const MISSION_PLANNED_AT = '2026-01-27T15:00:00.000Z';
export const MISSION_HELD_RECORDED_AT = '2026-02-23T15:00:00.000Z';
export const AGREED_AT = '2026-03-02T15:00:00.000Z';
export const PROPOSED_AT = '2026-03-25T14:00:00.000Z';
export const MODIFICATIONS_AT = '2026-04-14T13:30:00.000Z';
export const REVISED_AT = '2026-04-20T14:00:00.000Z';
export const APPROVED_AT = '2026-05-12T14:00:00.000Z';
export const ACTIVITY_PLANNED_AT = '2026-05-19T14:00:00.000Z';
export const SEMINAR_HELD_RECORDED_AT = '2026-06-15T14:00:00.000Z';
export const COMPLETED_AT = '2026-10-19T14:00:00.000Z';
export const REPORTED_AT = '2026-11-16T15:00:00.000Z';

export const PLAN_CLOCK = planClock(ACTION_PLAN_PARTNER_ANSWER_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, PROPOSED_AT);
export const REVISED_CLOCK = planClock(ACTION_PLAN_PARTNER_ANSWER_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, REVISED_AT);
export const REPORT_CLOCK = planClock(ENGAGEMENT_ACTIVITY_REPORT_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, COMPLETED_AT);

export const PLAN: ActionPlan = {
  schedule: {
    startsOn: '2026-06-01',
    endsOn: '2026-10-30',
    milestones: [
      { on: '2026-06-12', description: 'Seminar on drafting bills and amendments, Porto-Novo' },
      { on: '2026-10-16', description: 'Internship of two committee clerks in Québec' },
    ],
  },
  budget: { amount: 84500, currency: 'CAD', fundedBy: 'United Nations Development Programme (UNDP)' },
  teamProfile: {
    parliamentarians: 1,
    publicServants: 3,
    expertise: ['legislative drafting', 'committee procedure', 'transcription of debates'],
  },
  services: {
    description: 'Strengthen the drafting of bills and amendments and the organization of committee sittings.',
    forms: ['training-seminar', 'practical-workshop', 'internship'],
    sectors: [2, 3],
  },
};

export const REVISED_PLAN: ActionPlan = {
  ...PLAN,
  budget: { ...PLAN.budget, amount: 92000 },
  services: { ...PLAN.services, sectors: [2, 3, 5] },
};

const TEAM = [
  { name: 'Sébastien Jobert', kind: 'public-servant' as const },
  { name: 'Member for Jean-Talon', kind: 'parliamentarian' as const },
];

export const opened: CooperationEngagementOpened = {
  type: 'CooperationEngagementOpened',
  data: {
    caseId: 'coop-2026-benin',
    requester: { kind: 'support-organization', name: 'United Nations Development Programme (UNDP)', supportOrganizationId: 'undp' },
    partnerParliament: { name: 'National Assembly of Benin', country: 'Benin', parliamentId: 'bj-national-assembly', countryCode: 'BJ' },
    request: 'Support to the legislative process and to committee sittings.',
    coordinatorId: 'sjobert',
    contactedAt: CONTACTED_AT,
    openedBy: 'sjobert',
  },
};

const by = (recordedAt: string, recordedBy = 'sjobert') => ({ recordedBy, recordedAt });

export const needsRecorded: NeedsRecorded = {
  type: 'NeedsRecorded',
  data: {
    description: 'Bills are drafted by the executive alone; committees lack clerks.',
    sectors: [2, 3],
    assessedAt: NEEDS_AT,
    ...by(NEEDS_AT),
  },
};
export const missionPlanned: AssessmentMissionPlanned = {
  type: 'AssessmentMissionPlanned',
  data: { startsOn: '2026-02-16', endsOn: '2026-02-20', team: TEAM, ...by(MISSION_PLANNED_AT) },
};
export const missionHeld: AssessmentMissionHeld = {
  type: 'AssessmentMissionHeld',
  data: { heldOn: '2026-02-20', findings: 'Committee clerks ask for drafting training.', ...by(MISSION_HELD_RECORDED_AT) },
};
export const assistanceAgreed: AssistanceAgreed = {
  type: 'AssistanceAgreed',
  data: { rationale: null, decidedAt: AGREED_AT, ...by(AGREED_AT) },
};
export const proposed: ActionPlanProposed = {
  type: 'ActionPlanProposed',
  data: {
    version: 1,
    supersedes: null,
    plan: PLAN,
    proposedBy: 'sjobert',
    proposedAt: PROPOSED_AT,
    recordedAt: PROPOSED_AT,
    clock: PLAN_CLOCK,
  },
};
export const SIGNATORY = { name: 'Awa Dossou', title: 'Secretary General' };
export const modificationsRequested: ActionPlanModificationsRequested = {
  type: 'ActionPlanModificationsRequested',
  data: {
    version: 1,
    signatory: SIGNATORY,
    answeredAt: MODIFICATIONS_AT,
    clockOutcome: 'met',
    comments: 'Add debate broadcasting (sector 5); the UNDP raises its contribution.',
    ...by(MODIFICATIONS_AT),
  },
};
export const revised: ActionPlanProposed = {
  type: 'ActionPlanProposed',
  data: {
    version: 2,
    supersedes: 1,
    plan: REVISED_PLAN,
    proposedBy: 'sjobert',
    proposedAt: REVISED_AT,
    recordedAt: REVISED_AT,
    clock: REVISED_CLOCK,
  },
};
export const approved: ActionPlanApproved = {
  type: 'ActionPlanApproved',
  data: { version: 2, signatory: SIGNATORY, answeredAt: APPROVED_AT, clockOutcome: 'met', ...by(APPROVED_AT) },
};
export const seminarPlanned: ActivityPlanned = {
  type: 'ActivityPlanned',
  data: {
    activityId: 'seminar-drafting',
    title: 'Seminar on drafting bills and amendments',
    form: 'training-seminar',
    place: 'partner-offices',
    sectors: [3],
    team: TEAM,
    startsOn: '2026-06-08',
    endsOn: '2026-06-12',
    ...by(ACTIVITY_PLANNED_AT),
  },
};
export const workshopPlanned: ActivityPlanned = {
  type: 'ActivityPlanned',
  data: {
    activityId: 'workshop-transcription',
    title: 'Practical workshop on the transcription of debates',
    form: 'practical-workshop',
    place: 'video-conference',
    sectors: [2],
    team: [TEAM[0]!],
    startsOn: '2026-09-15',
    endsOn: '2026-09-15',
    ...by(ACTIVITY_PLANNED_AT),
  },
};
export const seminarHeld: ActivityHeld = {
  type: 'ActivityHeld',
  data: { activityId: 'seminar-drafting', heldOn: '2026-06-12', notes: null, ...by(SEMINAR_HELD_RECORDED_AT) },
};
export const workshopCancelled: ActivityCancelled = {
  type: 'ActivityCancelled',
  data: { activityId: 'workshop-transcription', reason: 'Parliament in extraordinary session.', ...by('2026-09-01T14:00:00.000Z') },
};
export const deliveryCompleted: ServiceDeliveryCompleted = {
  type: 'ServiceDeliveryCompleted',
  data: {
    heldActivityIds: ['seminar-drafting'],
    lastHeldOn: '2026-06-12',
    completedBy: 'sjobert',
    completedAt: COMPLETED_AT,
    recordedAt: COMPLETED_AT,
    clock: REPORT_CLOCK,
  },
};

/** The history up to each stage, to start a `given` from. */
export const AT_NEEDS_ASSESSMENT: CooperationEngagementEvent[] = [opened];
export const AT_ACTION_PLAN: CooperationEngagementEvent[] = [opened, needsRecorded, assistanceAgreed];
export const AWAITING_V1 = [...AT_ACTION_PLAN, proposed];
export const AWAITING_REVISION = [...AWAITING_V1, modificationsRequested];
export const AWAITING_V2 = [...AWAITING_REVISION, revised];
export const AT_DELIVERY = [...AWAITING_V2, approved];
export const AT_FOLLOW_UP = [...AT_DELIVERY, seminarPlanned, workshopPlanned, seminarHeld, workshopCancelled, deliveryCompleted];
