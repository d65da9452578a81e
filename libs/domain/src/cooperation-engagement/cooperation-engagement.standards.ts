import type { ServiceStandard } from '../service-standards/service-standard';

// Configurable targets (docs/domain.md#cooperation-engagements): the National Assembly's page gives
// no deadline, so these are defaults an administrator revises with `reviseStandard`. They are in
// force from 1996, when the Assembly's interparliamentary cooperation began, so every engagement
// finds a version.

const SOURCE = 'National Assembly of Québec, Interparliamentary Cooperation';

export const ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID = 'action-plan-partner-answer';
export const ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID = 'engagement-activity-report';

export const ACTION_PLAN_PARTNER_ANSWER_STANDARD: ServiceStandard = {
  id: ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID,
  version: 1,
  effectiveFrom: '1996-01-01',
  title: 'Cooperation engagement: partner answer to a proposed action plan within 20 working days',
  source:
    `${SOURCE}: "The action plan is then approved, modified or rejected by the parliamentary partner." ` +
    'Configurable target, no deadline in the source: 20 working days (about a month) lets a partner ' +
    'parliament, often with its support group, circulate the plan to its bureau; the warning 5 working ' +
    "days earlier is the coordinator's reminder to follow up; an unanswered plan goes to the director.",
  clock: {
    startsOn: 'ActionPlanProposed',
    stopsOn: ['ActionPlanApproved', 'ActionPlanModificationsRequested', 'ActionPlanRejected'],
    cancelledOn: ['CooperationEngagementWithdrawn'],
  },
  workingDays: 20,
  warning: { workingDaysBeforeDue: 5, notify: 'assignee' },
  // Escalation chain (configurable, revised with the standard): a breach still open this much later goes up.
  escalation: { onBreach: 'director', further: { afterWorkingDays: 10, to: 'secretary-general' } },
};

export const ENGAGEMENT_ACTIVITY_REPORT_STANDARD: ServiceStandard = {
  id: ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID,
  version: 1,
  effectiveFrom: '1996-01-01',
  title: 'Cooperation engagement: activity report within 30 working days of the end of service delivery',
  source:
    `${SOURCE}: "In all cases, an activity report containing the team's main observations, ` +
    'recommendations and results closes the operation." Configurable target, no deadline in the source: ' +
    '30 working days (about six weeks) leaves time for follow-up at a distance and for the team members, ' +
    'parliamentarians among them, to contribute; warned 5 working days before; breaches go to the director. ' +
    'The clock starts when the coordinator declares service delivery complete, the only moment the last ' +
    'activity is known to be the last.',
  clock: {
    startsOn: 'ServiceDeliveryCompleted',
    stopsOn: ['ActivityReportSubmitted'],
    cancelledOn: ['CooperationEngagementWithdrawn'],
  },
  workingDays: 30,
  warning: { workingDaysBeforeDue: 5, notify: 'assignee' },
  // Escalation chain (configurable, revised with the standard): a breach still open this much later goes up.
  escalation: { onBreach: 'director', further: { afterWorkingDays: 10, to: 'secretary-general' } },
};

export const COOPERATION_ENGAGEMENT_STANDARDS: readonly ServiceStandard[] = [
  ACTION_PLAN_PARTNER_ANSWER_STANDARD,
  ENGAGEMENT_ACTIVITY_REPORT_STANDARD,
];
