import type { Command } from '../shared/command';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { factInstant, nowOf, optionalText, requireOneOf, text } from '../shared/validation';
import { localDateOf } from '../calendar/time-zone';
import { requireClockFor } from '../service-standards/clock-plan';
import { STANDARDS_TIME_ZONE } from '../service-standards/service-standard';
import { outcomeAt } from '../service-standards/clock-state';
import type {
  CancelActivity,
  DeclareServiceDeliveryComplete,
  PlanActivity,
  RecordActivityHeld,
  RecordFollowUp,
  SubmitActivityReport,
} from './cooperation-engagement.commands';
import { ACTIVITY_FORMS, ACTIVITY_PLACES, type CooperationEngagementEvent } from './cooperation-engagement.events';
import { authorizeCooperationEngagementCommand } from './cooperation-engagement.permissions';
import { dayStep, latestStep, recorded, type PriorStep } from './cooperation-engagement.recorded';
import { COOPERATION_ENGAGEMENT_RULES, requireHeldAsPlanned } from './cooperation-engagement.rules';
import { ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID } from './cooperation-engagement.standards';
import type { Activity, CooperationEngagement, CooperationEngagementState } from './cooperation-engagement.state';
import { requireStage, runningClock } from './cooperation-engagement.stages';
import { requireBoolean, requirePeriod, requireSectors, requireTeam, requireTexts } from './cooperation-engagement.validation';

// Stage 3 (service delivery: activities of the approved plan) and stage 4 (follow-up, then the
// activity report that closes the engagement).

type Events = CooperationEngagementEvent[];

/** The approved plan's services and schedule, which bound the forms, sectors and dates of the activities. */
function approvedPlan(engagement: CooperationEngagement) {
  const approved = engagement.plans.find((plan) => plan.version === engagement.approvedVersion);
  const approvedAt = approved?.answer?.answeredAt;
  return {
    version: engagement.approvedVersion,
    services: approved?.plan.services,
    schedule: approved?.plan.schedule,
    approvedOn: approvedAt === undefined ? undefined : localDateOf(approvedAt, STANDARDS_TIME_ZONE),
  };
}

type Period = { startsOn: string; endsOn: string };

/** Nothing of a plan happens before the partner approved it, whatever its schedule said. */
function requireAfterApproval(period: Period, approvedOn: string | undefined): Period {
  if (approvedOn !== undefined && period.startsOn < approvedOn) {
    throw new InvalidCommand('startsOn', `must not be before the partner approved the action plan (${approvedOn})`);
  }
  return period;
}

/** An activity of the plan falls within its schedule: one outside it was not what the partner approved. */
function requireWithinSchedule(period: Period, schedule: Period | undefined) {
  if (!schedule) return period;
  if (period.startsOn < schedule.startsOn) {
    throw new InvalidCommand('startsOn', `must not be before the approved action plan's start (${schedule.startsOn})`);
  }
  if (period.endsOn > schedule.endsOn) {
    throw new InvalidCommand('endsOn', `must not be after the approved action plan's end (${schedule.endsOn})`);
  }
  return period;
}

export function planActivity(
  { type, data, metadata }: PlanActivity,
  state: CooperationEngagementState,
  rules = COOPERATION_ENGAGEMENT_RULES,
): Events {
  const engagement = requireStage(state, 'service-delivery', type);
  const activityId = text(data.activityId, 'activityId');
  if (engagement.activities.some((activity) => activity.activityId === activityId)) {
    throw new CommandRefused(`activity ${activityId} is already planned`);
  }
  const form = requireOneOf(data.form, ACTIVITY_FORMS, 'form');
  const sectors = requireSectors(data.sectors, 'sectors');
  const { version, services, schedule, approvedOn } = approvedPlan(engagement);
  if (!services?.forms.includes(form)) throw new CommandRefused(`the approved action plan (version ${version}) provides no ${form}`);
  const outside = sectors.filter((sector) => !services.sectors.includes(sector));
  if (outside.length > 0) {
    throw new CommandRefused(`the approved action plan (version ${version}) does not cover sector ${outside.join(', ')}`);
  }
  const planned = {
    activityId,
    title: text(data.title, 'title'),
    form,
    place: requireOneOf(data.place, ACTIVITY_PLACES, 'place'),
    sectors,
    team: requireTeam(data.team, 'team'),
    ...requireAfterApproval(
      requireWithinSchedule(requirePeriod(data.startsOn, data.endsOn), rules.heldAsPlanned ? schedule : undefined),
      rules.afterApproval ? approvedOn : undefined,
    ),
  };
  return [{ type: 'ActivityPlanned', data: { ...planned, ...recorded(metadata) } }];
}

/** The activity named by the command, if it is still planned (neither held nor cancelled). */
function requirePlannedActivity(engagement: CooperationEngagement, value: unknown): Activity {
  const activityId = text(value, 'activityId');
  const activity = engagement.activities.find((candidate) => candidate.activityId === activityId);
  if (!activity) throw new CommandRefused(`no activity ${activityId} is planned`);
  if (activity.status === 'held') throw new CommandRefused(`activity ${activityId} was already held on ${activity.heldOn}`);
  if (activity.status === 'cancelled') throw new CommandRefused(`activity ${activityId} was cancelled`);
  return activity;
}

export function recordActivityHeld(
  { type, data, metadata }: RecordActivityHeld,
  state: CooperationEngagementState,
  rules = COOPERATION_ENGAGEMENT_RULES,
): Events {
  const activity = requirePlannedActivity(requireStage(state, 'service-delivery', type), data.activityId);
  const { activityId } = activity;
  const held = {
    activityId,
    heldOn: requireHeldAsPlanned(
      data.heldOn,
      nowOf(metadata),
      { ...activity, what: "the activity's planned dates", remedy: 'if it moved, cancel it and plan the new dates' },
      rules,
    ),
    notes: optionalText(data.notes, 'notes'),
  };
  return [{ type: 'ActivityHeld', data: { ...held, ...recorded(metadata) } }];
}

export function cancelActivity({ type, data, metadata }: CancelActivity, state: CooperationEngagementState): Events {
  const { activityId } = requirePlannedActivity(requireStage(state, 'service-delivery', type), data.activityId);
  return [{ type: 'ActivityCancelled', data: { activityId, reason: text(data.reason, 'reason'), ...recorded(metadata) } }];
}

/** A declaration before its clock is planned (the plan comes from an activity, after validation). */
export type DeliveryCompletion = Command<'DeclareServiceDeliveryComplete', Omit<DeclareServiceDeliveryComplete['data'], 'clock'>>;

/** Everything the declaration must satisfy except its clock: every activity held or cancelled, one held. */
export function checkDeclareServiceDeliveryComplete({ type, data, metadata }: DeliveryCompletion, state: CooperationEngagementState) {
  authorizeCooperationEngagementCommand({ type, metadata }, state);
  const engagement = requireStage(state, 'service-delivery', type);
  const pending = engagement.activities.filter((activity) => activity.status === 'planned');
  if (pending.length > 0) {
    const ids = pending.map((activity) => activity.activityId).join(', ');
    throw new CommandRefused(`activities still planned: ${ids}; record them held or cancel them first`);
  }
  const held = engagement.activities.filter((activity) => activity.status === 'held');
  if (held.length === 0) throw new CommandRefused('no activity has been held; withdraw the engagement instead');
  const { recordedBy: completedBy, recordedAt } = recorded(metadata);
  const lastHeldOn =
    held
      .map((activity) => activity.heldOn ?? '')
      .sort()
      .pop() ?? '';
  const completedAt = factInstant(data.completedAt, 'completedAt', metadata, dayStep(lastHeldOn, 'the last activity held'));
  return { heldActivityIds: held.map((activity) => activity.activityId), lastHeldOn, completedBy, completedAt, recordedAt };
}

export function declareDeliveryComplete(command: DeclareServiceDeliveryComplete, state: CooperationEngagementState): Events {
  const { clock: planned, ...data } = command.data;
  const completion = checkDeclareServiceDeliveryComplete({ ...command, data }, state);
  const clock = requireClockFor(planned, ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID, completion.completedAt, 'completedAt');
  return [{ type: 'ServiceDeliveryCompleted', data: { ...completion, clock } }];
}

/** Follow-up and the report come after service delivery ended. */
function deliveryEnd(engagement: CooperationEngagement): PriorStep | null {
  const endedAt = engagement.deliveryCompletedAt;
  return endedAt ? { at: endedAt, what: 'the end of service delivery' } : null;
}

export function recordFollowUp({ type, data, metadata }: RecordFollowUp, state: CooperationEngagementState): Events {
  const engagement = requireStage(state, 'follow-up', type);
  const followUp = {
    note: text(data.note, 'note'),
    atDistance: requireBoolean(data.atDistance, 'atDistance'),
    heldAt: factInstant(data.heldAt, 'heldAt', metadata, deliveryEnd(engagement) ?? undefined),
  };
  return [{ type: 'FollowUpRecorded', data: { ...followUp, ...recorded(metadata) } }];
}

/** The report follows the end of delivery and every follow-up it reports on. */
function reportFollows(engagement: CooperationEngagement): PriorStep | undefined {
  const followUps = engagement.followUps.map(({ heldAt }) => ({ at: heldAt, what: 'a follow-up' }));
  return latestStep([deliveryEnd(engagement), ...followUps]);
}

export function submitReport({ type, data, metadata }: SubmitActivityReport, state: CooperationEngagementState): Events {
  const engagement = requireStage(state, 'follow-up', type);
  const { recordedBy: submittedBy, recordedAt } = recorded(metadata);
  const submittedAt = factInstant(data.submittedAt, 'submittedAt', metadata, reportFollows(engagement));
  const report = {
    observations: requireTexts(data.observations, 'observations'),
    recommendations: requireTexts(data.recommendations, 'recommendations'),
    results: requireTexts(data.results, 'results'),
    submittedBy,
    submittedAt,
    recordedAt,
    clockOutcome: outcomeAt(runningClock(engagement, ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID), Date.parse(submittedAt)),
  };
  return [{ type: 'ActivityReportSubmitted', data: report }];
}
