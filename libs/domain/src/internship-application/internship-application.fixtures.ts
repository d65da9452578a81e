import type { Actor } from '../shared/command';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import type { InternshipApplicationCommand } from './internship-application.commands';
import type { InternshipApplicationEvent } from './internship-application.events';
import { INTERNSHIP_ELIGIBILITY_REPLY_STANDARD, INTERNSHIP_INTERVIEW_REPLY_STANDARD } from './internship-application.standards';

// Test data for the specs beside this file (not exported from index.ts). A doctoral candidate
// files on Thursday 18 June 2026, the week of the Fête nationale (24 June), and is interviewed
// on Monday 29 June, the week of Canada Day (1 July): both clocks skip a holiday.

export const FILED_AT = '2026-06-18T14:00:00.000Z'; // Thursday 10:00 Eastern
export const RECORDED = '2026-06-19T13:00:00.000Z'; // the filing is recorded the next morning
export const ELIGIBILITY_CLOCK = planClock(INTERNSHIP_ELIGIBILITY_REPLY_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, FILED_AT);
export const REPLIED = '2026-06-22T14:00:00.000Z'; // Monday
export const INTERVIEW_FOR = '2026-06-29T14:00:00.000Z'; // Monday 10:00 Eastern
export const HELD_AT = '2026-06-29T14:30:00.000Z';
export const HELD_RECORDED = '2026-06-30T13:00:00.000Z';
export const INTERVIEW_CLOCK = planClock(INTERNSHIP_INTERVIEW_REPLY_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, HELD_AT);
export const DECIDED = '2026-07-08T15:00:00.000Z';

export const intake: Actor = { id: 'ines', role: 'intake-officer' };
export const olivier: Actor = { id: 'olivier', role: 'case-officer' };
export const odile: Actor = { id: 'odile', role: 'case-officer' };
export const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
export const director: Actor = { id: 'denis', role: 'director' };
export const system: Actor = { id: 'service-standard-clock', role: 'system' };
export const auditor: Actor = { id: 'aude', role: 'auditor' };

export function command<C extends InternshipApplicationCommand>(type: C['type'], data: C['data'], actor: Actor, now: string): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-1' } } as C;
}

export const candidate = {
  name: 'Camille Gagnon',
  email: 'camille.gagnon@ulaval.ca',
  studyLevel: 'doctorate',
  university: 'Université Laval',
  fieldOfStudy: 'International law',
} as const;

export const placement = {
  post: 'Junior programme officer, Culture Sector',
  city: 'Paris',
  startsOn: '2026-09-14',
  endsOn: '2027-02-26',
};

export const filed: InternshipApplicationEvent = {
  type: 'InternshipApplicationFiled',
  data: {
    caseId: 'igo-2026-017',
    candidate,
    preferredOrganizations: ['UNESCO', 'Organisation internationale de la Francophonie'],
    filedAt: FILED_AT,
    recordedBy: 'ines',
    clock: ELIGIBILITY_CLOCK,
  },
};
export const assigned = (officerId = 'olivier'): InternshipApplicationEvent => ({
  type: 'InternshipApplicationAssigned',
  data: { officerId, assignedBy: 'ines' },
});
export const eligible: InternshipApplicationEvent = {
  type: 'EligibilityReplySent',
  data: { decision: 'eligible', sentBy: 'olivier', sentAt: REPLIED, recordedAt: REPLIED, clockOutcome: 'met' },
};
export const notEligible: InternshipApplicationEvent = {
  type: 'EligibilityReplySent',
  data: {
    decision: 'not-eligible',
    reason: 'Bachelor’s student.',
    sentBy: 'olivier',
    sentAt: REPLIED,
    recordedAt: REPLIED,
    clockOutcome: 'met',
  },
};
export const scheduled: InternshipApplicationEvent = {
  type: 'InterviewScheduled',
  data: { scheduledFor: INTERVIEW_FOR, format: 'video-conference', rescheduledFrom: null, scheduledBy: 'olivier', scheduledAt: REPLIED },
};
export const held: InternshipApplicationEvent = {
  type: 'InterviewHeld',
  data: { heldAt: HELD_AT, panel: ['olivier', 'sophie'], recordedBy: 'olivier', clock: INTERVIEW_CLOCK },
};
export const selected: InternshipApplicationEvent = {
  type: 'FinalReplySent',
  data: {
    decision: 'selected',
    organization: 'UNESCO',
    placement,
    sentBy: 'olivier',
    sentAt: DECIDED,
    recordedAt: DECIDED,
    clockOutcome: 'met',
  },
};
export const withdrawn = (cancelledClocks: string[], withdrawnAt = REPLIED): InternshipApplicationEvent => ({
  type: 'InternshipApplicationWithdrawn',
  data: { reason: null, withdrawnAt, recordedBy: 'ines', cancelledClocks },
});

/** The history up to each stage, assigned to Olivier. */
export const FILED = [filed, assigned()];
export const ELIGIBLE = [...FILED, eligible];
export const SCHEDULED = [...ELIGIBLE, scheduled];
export const INTERVIEWED = [...SCHEDULED, held];
