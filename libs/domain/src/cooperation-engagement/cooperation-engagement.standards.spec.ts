import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { standardInForce } from '../service-standards/service-standard';
import type { CooperationEngagementEvent } from './cooperation-engagement.events';
import {
  ACTION_PLAN_PARTNER_ANSWER_STANDARD as ANSWER,
  COOPERATION_ENGAGEMENT_STANDARDS,
  ENGAGEMENT_ACTIVITY_REPORT_STANDARD as REPORT,
} from './cooperation-engagement.standards';

// Event names the standards refer to must be this case's events (a typo would leave a clock unstopped).
const EVENT_TYPES: readonly CooperationEngagementEvent['type'][] = [
  'ActionPlanProposed',
  'ActionPlanApproved',
  'ActionPlanModificationsRequested',
  'ActionPlanRejected',
  'ServiceDeliveryCompleted',
  'ActivityReportSubmitted',
  'CooperationEngagementWithdrawn',
];

describe('the cooperation engagement targets', () => {
  it.each([
    [ANSWER, 'action-plan-partner-answer', 20],
    [REPORT, 'engagement-activity-report', 30],
  ])('%#: %s defaults to %i working days, warned 5 before, escalated to the director', (standard, id, days) => {
    expect(standard).toMatchObject({
      id,
      version: 1,
      workingDays: days,
      warning: { workingDaysBeforeDue: 5, notify: 'assignee' },
      escalation: { onBreach: 'director' },
    });
    expect(standard.source).toContain('Configurable target');
    const { startsOn, stopsOn, cancelledOn } = standard.clock;
    [startsOn, ...stopsOn, ...cancelledOn].forEach((type) => expect(EVENT_TYPES).toContain(type));
  });

  it('are in force for any engagement since the programme began', () => {
    expect(standardInForce(COOPERATION_ENGAGEMENT_STANDARDS, ANSWER.id, '1996-06-03T14:00:00Z')).toBe(ANSWER);
    expect(standardInForce(COOPERATION_ENGAGEMENT_STANDARDS, REPORT.id, '2026-10-19T14:00:00Z')).toBe(REPORT);
  });

  it('skip the Christmas and New Year holidays: a report clock started 2 December 2026 is due 19 January 2027', () => {
    // Working days after Wed 2 Dec: 18 in December (24, 25 and 31 are holidays), then from Monday
    // 4 January (1 January is a holiday, 2-3 a weekend): the 30th is Tuesday 19 January, 17:00 EST.
    expect(planClock(REPORT, QC_PUBLIC_SERVICE_CALENDAR, '2026-12-02T15:00:00Z')).toMatchObject({
      dueAt: '2027-01-19T22:00:00.000Z',
      warnAt: '2027-01-12T22:00:00.000Z',
    });
  });
});
