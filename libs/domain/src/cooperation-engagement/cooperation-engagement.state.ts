import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import { evolveClocks, isClockEvent, type CaseClocks } from '../service-standards/clock-decisions';
import { startClock, stopClock, type ClockOutcome } from '../service-standards/clock-state';
import type { CooperationEngagementEvent, CooperationEngagementOpened } from './cooperation-engagement.events';
import { ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID, ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID } from './cooperation-engagement.standards';

import {
  OPEN_STATUSES,
  type ActiveCooperationEngagement,
  type Activity,
  type ActionPlanVersion,
  type Closure,
  type CooperationEngagement,
  type CooperationEngagementState,
  type CooperationEngagementStatus,
  type PartnerAnswer,
} from './cooperation-engagement.model';

export * from './cooperation-engagement.model';

export function initialCooperationEngagementState(): CooperationEngagementState {
  return { status: 'none' };
}

export function isCooperationEngagementOpen(state: CooperationEngagementState): state is ActiveCooperationEngagement {
  return state.status !== 'none' && OPEN_STATUSES.includes(state.status);
}

/** Where the engagement stands, for the work queue and Temporal's search attributes. */
export function cooperationEngagementStanding(state: CooperationEngagementState): CaseStanding {
  return { status: state.status, assignee: state.status === 'none' ? null : state.coordinatorId };
}

/** The version the partner has not answered yet, if any. */
export function pendingPlan(engagement: CooperationEngagement): ActionPlanVersion | null {
  const latest = engagement.plans[engagement.plans.length - 1];
  return latest && latest.answer === null ? latest : null;
}

function stopped(clocks: CaseClocks, standardId: string, at: string, outcome: ClockOutcome): CaseClocks {
  const clock = clocks[standardId];
  return clock ? { ...clocks, [standardId]: stopClock(clock, at, outcome) } : clocks;
}

function opened({ data }: CooperationEngagementOpened): CooperationEngagement {
  const { caseId, requester, partnerParliament, request, contactedAt, coordinatorId } = data;
  return {
    status: 'needs-assessment',
    ...{ caseId, requester, partnerParliament, request, contactedAt, coordinatorId },
    needs: null,
    assistanceAgreedAt: null,
    mission: null,
    plans: [],
    approvedVersion: null,
    activities: [],
    deliveryCompletedAt: null,
    followUps: [],
    report: null,
    closure: null,
    clocks: {},
  };
}

/** Applies `change` to an existing case; events for a case that does not exist change nothing. */
function onCase(
  state: CooperationEngagementState,
  change: (engagement: CooperationEngagement) => CooperationEngagement,
): CooperationEngagementState {
  return state.status === 'none' ? state : change(state);
}

/** Records the partner's answer on the version it answers and stops the answer clock at its true instant. */
function answered(engagement: CooperationEngagement, version: number, answer: PartnerAnswer, outcome: ClockOutcome): CooperationEngagement {
  return {
    ...engagement,
    plans: engagement.plans.map((plan) => (plan.version === version ? { ...plan, answer } : plan)),
    clocks: stopped(engagement.clocks, ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID, answer.answeredAt, outcome),
  };
}

function updateActivity(engagement: CooperationEngagement, activityId: string, change: Partial<Activity>): CooperationEngagement {
  const activities = engagement.activities.map((activity) => (activity.activityId === activityId ? { ...activity, ...change } : activity));
  return { ...engagement, activities };
}

function closed(engagement: CooperationEngagement, status: CooperationEngagementStatus, closure: Closure): CooperationEngagement {
  return { ...engagement, status, closure };
}

/** Pure and total: every event type is handled and none throws. */
export function evolveCooperationEngagement(
  state: CooperationEngagementState,
  event: CooperationEngagementEvent,
): CooperationEngagementState {
  if (isClockEvent(event)) return onCase(state, (e) => ({ ...e, clocks: evolveClocks(e.clocks, event) }));
  switch (event.type) {
    case 'CooperationEngagementOpened':
      return opened(event);
    case 'CooperationEngagementReassigned':
      return onCase(state, (e) => ({ ...e, coordinatorId: event.data.toCoordinatorId }));
    case 'NeedsRecorded':
      return onCase(state, (e) => ({ ...e, needs: { ...event.data } }));
    case 'AssessmentMissionPlanned': {
      const { startsOn, endsOn, team } = event.data;
      return onCase(state, (e) => ({ ...e, mission: { startsOn, endsOn, team, held: null } }));
    }
    case 'AssessmentMissionHeld':
      return onCase(state, (e) => ({ ...e, mission: e.mission && { ...e.mission, held: { ...event.data } } }));
    case 'AssistanceAgreed':
      return onCase(state, (e) => ({ ...e, status: 'action-plan', assistanceAgreedAt: event.data.decidedAt }));
    case 'EngagementDeclined': {
      const { reason, recordedBy, decidedAt } = event.data;
      return onCase(state, (e) => closed(e, 'declined', { reason, closedBy: recordedBy, closedAt: decidedAt }));
    }
    case 'ActionPlanProposed': {
      const { version, plan, proposedBy, proposedAt, clock } = event.data;
      return onCase(state, (e) => ({
        ...e,
        plans: [...e.plans, { version, plan, proposedBy, proposedAt, answer: null }],
        clocks: { ...e.clocks, [clock.standardId]: startClock(clock) },
      }));
    }
    case 'ActionPlanApproved':
    case 'ActionPlanModificationsRequested':
    case 'ActionPlanRejected':
      return onCase(state, (e) => evolvePartnerAnswer(e, event));
    case 'ActivityPlanned': {
      const { recordedBy: _by, recordedAt: _at, ...planned } = event.data;
      const activity: Activity = { ...planned, status: 'planned', heldOn: null, notes: null, cancellationReason: null };
      return onCase(state, (e) => ({ ...e, activities: [...e.activities, activity] }));
    }
    case 'ActivityHeld': {
      const { activityId, heldOn, notes } = event.data;
      return onCase(state, (e) => updateActivity(e, activityId, { status: 'held', heldOn, notes }));
    }
    case 'ActivityCancelled': {
      const { activityId, reason } = event.data;
      return onCase(state, (e) => updateActivity(e, activityId, { status: 'cancelled', cancellationReason: reason }));
    }
    case 'ServiceDeliveryCompleted': {
      const { completedAt, clock } = event.data;
      return onCase(state, (e) => ({
        ...e,
        status: 'follow-up',
        deliveryCompletedAt: completedAt,
        clocks: { ...e.clocks, [clock.standardId]: startClock(clock) },
      }));
    }
    case 'FollowUpRecorded':
      return onCase(state, (e) => ({ ...e, followUps: [...e.followUps, { ...event.data }] }));
    case 'ActivityReportSubmitted': {
      const { clockOutcome, ...report } = event.data;
      return onCase(state, (e) => ({
        ...closed(e, 'completed', { reason: null, closedBy: report.submittedBy, closedAt: report.submittedAt }),
        report,
        clocks: stopped(e.clocks, ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID, report.submittedAt, clockOutcome),
      }));
    }
    case 'CooperationEngagementWithdrawn': {
      const { reason, recordedBy, recordedAt, cancelledClocks } = event.data;
      return onCase(state, (e) => ({
        ...closed(e, 'withdrawn', { reason, closedBy: recordedBy, closedAt: recordedAt }),
        clocks: cancelledClocks.reduce((clocks, id) => stopped(clocks, id, recordedAt, 'cancelled'), e.clocks),
      }));
    }
    default:
      return exhaustive(event, state);
  }
}

type AnswerEvent = Extract<
  CooperationEngagementEvent,
  { type: 'ActionPlanApproved' | 'ActionPlanModificationsRequested' | 'ActionPlanRejected' }
>;

/** Approval moves on to delivery, a rejection closes, a request for modifications awaits a revision. */
function evolvePartnerAnswer(engagement: CooperationEngagement, event: AnswerEvent): CooperationEngagement {
  const { version, signatory, answeredAt, recordedBy, recordedAt, clockOutcome } = event.data;
  const base = { signatory, answeredAt, recordedBy, recordedAt };
  switch (event.type) {
    case 'ActionPlanApproved':
      return {
        ...answered(engagement, version, { ...base, kind: 'approved', text: null }, clockOutcome),
        status: 'service-delivery',
        approvedVersion: version,
      };
    case 'ActionPlanModificationsRequested':
      return answered(engagement, version, { ...base, kind: 'modifications-requested', text: event.data.comments }, clockOutcome);
    case 'ActionPlanRejected': {
      const after = answered(engagement, version, { ...base, kind: 'rejected', text: event.data.reason }, clockOutcome);
      return closed(after, 'rejected', { reason: event.data.reason, closedBy: recordedBy, closedAt: recordedAt });
    }
    default:
      return exhaustive(event, engagement);
  }
}
