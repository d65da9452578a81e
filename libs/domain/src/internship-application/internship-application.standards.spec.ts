import { QC_PUBLIC_SERVICE_CALENDAR as QC } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { standardInForce } from '../service-standards/service-standard';
import {
  INTERNSHIP_APPLICATION_STANDARDS,
  INTERNSHIP_ELIGIBILITY_REPLY_STANDARD as ELIGIBILITY,
  INTERNSHIP_INTERVIEW_REPLY_STANDARD as INTERVIEW,
} from './internship-application.standards';

describe('the internship standards', () => {
  it('quote the declaration and escalate a breach to a supervisor', () => {
    expect(ELIGIBILITY).toMatchObject({
      id: 'internship-eligibility-reply',
      version: 1,
      effectiveFrom: '2001-04-01',
      workingDays: 5,
      clock: { startsOn: 'InternshipApplicationFiled', stopsOn: ['EligibilityReplySent'], cancelledOn: ['InternshipApplicationWithdrawn'] },
      escalation: { onBreach: 'supervisor' },
    });
    expect(ELIGIBILITY.source).toContain('within five working days of officially filing their application');
    expect(INTERVIEW).toMatchObject({
      id: 'internship-interview-reply',
      version: 1,
      workingDays: 10,
      clock: { startsOn: 'InterviewHeld', stopsOn: ['FinalReplySent'], cancelledOn: ['InternshipApplicationWithdrawn'] },
      escalation: { onBreach: 'supervisor' },
    });
    expect(INTERVIEW.source).toContain('within ten working days following the interview');
  });

  it('are both in force for a 2026 application', () => {
    expect(standardInForce(INTERNSHIP_APPLICATION_STANDARDS, 'internship-eligibility-reply', '2026-06-18T14:00:00Z')).toBe(ELIGIBILITY);
    expect(standardInForce(INTERNSHIP_APPLICATION_STANDARDS, 'internship-interview-reply', '2026-06-29T14:30:00Z')).toBe(INTERVIEW);
  });

  it('eligibility: filed Thursday 18 June 2026, due Friday 26 June 17:00 over the Fête nationale', () => {
    expect(planClock(ELIGIBILITY, QC, '2026-06-18T10:00:00-04:00')).toMatchObject({
      warnAt: '2026-06-25T21:00:00.000Z',
      dueAt: '2026-06-26T21:00:00.000Z',
      escalateTo: 'supervisor',
    });
  });

  it('interview: held Monday 29 June 2026, due Tuesday 14 July 17:00 over Canada Day, warned two days before', () => {
    expect(planClock(INTERVIEW, QC, '2026-06-29T10:30:00-04:00')).toMatchObject({
      warnAt: '2026-07-10T21:00:00.000Z',
      dueAt: '2026-07-14T21:00:00.000Z',
    });
  });
});
