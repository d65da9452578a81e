import type { ServiceStandard } from '../service-standards/service-standard';

// The two clocks of the IGO internship programme (declaration of services, in effect since
// 1 April 2001). They run one after the other in the same case, keyed by standard id.

const DECLARATION = 'Ministère des Relations internationales, Declaration of services';

export const ELIGIBILITY_REPLY_STANDARD_ID = 'internship-eligibility-reply';
export const INTERVIEW_REPLY_STANDARD_ID = 'internship-interview-reply';

export const INTERNSHIP_ELIGIBILITY_REPLY_STANDARD: ServiceStandard = {
  id: ELIGIBILITY_REPLY_STANDARD_ID,
  version: 1,
  effectiveFrom: '2001-04-01',
  title: 'IGO internship: eligibility reply within five working days of filing',
  source:
    `${DECLARATION}, International Governmental Organization Internship Program: "Candidates can expect to ` +
    'receive a reply about their eligibility within five working days of officially filing their application."',
  clock: {
    startsOn: 'InternshipApplicationFiled',
    stopsOn: ['EligibilityReplySent'],
    cancelledOn: ['InternshipApplicationWithdrawn'],
  },
  workingDays: 5,
  // One working day leaves the assignee a full day to reply, as for the e-mail standard.
  warning: { workingDaysBeforeDue: 1, notify: 'assignee' },
  // Escalation chain (configurable, revised with the standard): a breach still open this much later goes up.
  escalation: { onBreach: 'supervisor', further: { afterWorkingDays: 2, to: 'director' } },
  // A transcript or letter only the candidate can send: the clock waits for it.
  pause: { reasons: ['awaiting-candidate-documents'] },
};

export const INTERNSHIP_INTERVIEW_REPLY_STANDARD: ServiceStandard = {
  id: INTERVIEW_REPLY_STANDARD_ID,
  version: 1,
  effectiveFrom: '2001-04-01',
  title: 'IGO internship: reply within ten working days following the interview',
  source:
    `${DECLARATION}, International Governmental Organization Internship Program: "For candidates who have ` +
    'been granted an interview, our goal is to provide a reply within ten working days following the interview."',
  clock: {
    startsOn: 'InterviewHeld',
    stopsOn: ['FinalReplySent'],
    cancelledOn: ['InternshipApplicationWithdrawn'],
  },
  workingDays: 10,
  // Two working days: a selection may need the host organization's confirmation before the reply.
  warning: { workingDaysBeforeDue: 2, notify: 'assignee' },
  // Escalation chain (configurable, revised with the standard): a breach still open this much later goes up.
  escalation: { onBreach: 'supervisor', further: { afterWorkingDays: 3, to: 'director' } },
};

export const INTERNSHIP_APPLICATION_STANDARDS: readonly ServiceStandard[] = [
  INTERNSHIP_ELIGIBILITY_REPLY_STANDARD,
  INTERNSHIP_INTERVIEW_REPLY_STANDARD,
];
