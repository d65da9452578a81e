import type { Actor } from '../shared/command';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import type { ComplaintCommand, ReceiveComplaint } from './complaint.commands';
import type {
  ComplaintAnswered,
  ComplaintAssigned,
  ComplaintClosedWithoutAnswer,
  ComplaintFindingsRecorded,
  ComplaintReceived,
} from './complaint.events';
import { COMPLAINT_STANDARD } from './complaint.standards';

// Test data for the specs beside this file (not exported from index.ts). A letter reaches the
// Secretary General on Monday 11 May 2026 and is recorded the next morning; National Patriots'
// Day (Monday 18 May) is not a working day, so the fifteen working days end on Tuesday 2 June.

export const RECEIVED_AT = '2026-05-11T14:00:00.000Z'; // Monday 10:00 Eastern
export const RECORDED = '2026-05-12T13:00:00.000Z'; // Tuesday 09:00
export const CLOCK = planClock(COMPLAINT_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, RECEIVED_AT);
export const ASSIGNED_AT = '2026-05-12T15:00:00.000Z';
export const FOUND_AT = '2026-05-21T15:00:00.000Z';
export const ANSWERED_AT = '2026-05-26T15:00:00.000Z';
export const AFTER_DUE = '2026-06-03T13:00:00.000Z'; // Wednesday, the day after the due date

export const intake: Actor = { id: 'ines', role: 'intake-officer' };
export const olivier: Actor = { id: 'olivier', role: 'case-officer' };
export const odile: Actor = { id: 'odile', role: 'case-officer' };
export const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
export const secretaryGeneral: Actor = { id: 'genevieve', role: 'secretary-general' };
export const director: Actor = { id: 'denis', role: 'director' };
export const coordinator: Actor = { id: 'colette', role: 'coordinator' };
export const administrator: Actor = { id: 'adam', role: 'administrator' };
export const system: Actor = { id: 'service-standard-clock', role: 'system' };
export const auditor: Actor = { id: 'aude', role: 'auditor' };

export function command<C extends ComplaintCommand>(type: C['type'], data: C['data'], actor: Actor, now: string): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-1' } } as C;
}

/** The complainant's e-mail to the ministry went unanswered: the four-working-day standard was not applied. */
export const receiptData: ReceiveComplaint['data'] = {
  caseId: 'complaint-2026-008',
  complainant: {
    name: 'Jean-François Côté',
    email: null,
    postalAddress: '1200, avenue Cartier, Québec (Québec) G1R 2S6',
  },
  channel: 'letter',
  subject: 'No answer to my e-mail about the IGO internship program',
  details: 'I wrote on 14 April about internships at UNESCO for doctoral students and received no answer.',
  concern: {
    kind: 'standard-not-applied',
    service: 'Information requests by e-mail',
    standardId: 'email-information-request',
    relatedCaseId: 'email-2026-0412',
  },
  receivedAt: RECEIVED_AT,
  clock: CLOCK,
};

export const received: ComplaintReceived = {
  type: 'ComplaintReceived',
  data: { ...receiptData, recordedBy: 'ines' },
};
export const assigned = (officerId = 'olivier'): ComplaintAssigned => ({
  type: 'ComplaintAssigned',
  data: { officerId, assignedBy: 'genevieve', assignedAt: ASSIGNED_AT },
});
export const findingsRecorded: ComplaintFindingsRecorded = {
  type: 'ComplaintFindingsRecorded',
  data: {
    findings: 'The e-mail was filed as spam by the mail gateway and never reached an officer.',
    conclusion: 'founded',
    recordedBy: 'olivier',
    recordedAt: FOUND_AT,
  },
};
export const answered: ComplaintAnswered = {
  type: 'ComplaintAnswered',
  data: {
    answer: 'We apologize; your question is answered below.',
    answeredBy: 'olivier',
    answeredAt: ANSWERED_AT,
    recordedAt: ANSWERED_AT,
    clockOutcome: 'met',
  },
};
export const closed: ComplaintClosedWithoutAnswer = {
  type: 'ComplaintClosedWithoutAnswer',
  data: { reason: 'withdrawn', explanation: 'The complainant withdrew by telephone.', closedBy: 'olivier', closedAt: ANSWERED_AT },
};

/** The history of a complaint assigned to Olivier. */
export const ASSIGNED = [received, assigned()];
