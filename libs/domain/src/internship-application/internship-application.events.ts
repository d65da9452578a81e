import type { Event } from '../shared/event';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockEvent } from '../service-standards/clock-decisions';

// The International Governmental Organization Internship Program (declaration of services):
// master's and doctoral students apply; eligibility reply within 5 working days of filing; for
// candidates granted an interview, a reply within 10 working days following the interview.

/** The programme is for master's and doctoral students; `other` is recorded, then found not eligible. */
export type StudyLevel = 'master' | 'doctorate' | 'other';

export const STUDY_LEVELS: readonly StudyLevel[] = ['master', 'doctorate', 'other'];

/** The applicant. Personal information: confidential (declaration of services). */
export interface Candidate {
  readonly name: string;
  readonly email: string;
  readonly studyLevel: StudyLevel;
  readonly university: string;
  readonly fieldOfStudy: string;
}

export type InterviewFormat = 'in-person' | 'video-conference' | 'telephone';

export const INTERVIEW_FORMATS: readonly InterviewFormat[] = ['in-person', 'video-conference', 'telephone'];

/** The eligibility reply: a candidate found not eligible is told why. */
export type EligibilityDecision = { readonly decision: 'eligible' } | { readonly decision: 'not-eligible'; readonly reason: string };

/** Where a selected candidate goes; dates are local dates (YYYY-MM-DD). */
export interface Placement {
  readonly post: string;
  readonly city: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** The final reply: selected for an internship with an organization, or not selected and why. */
export type FinalDecision =
  | { readonly decision: 'selected'; readonly organization: string; readonly placement: Placement }
  | { readonly decision: 'not-selected'; readonly reason: string };

/**
 * A reply sent by its clock's due instant is met, after it late; `null` when no clock ran for it
 * (a final reply to an eligible candidate who was not granted an interview).
 */
export type ReplyClockOutcome = 'met' | 'late' | null;

/** Starts the `internship-eligibility-reply` clock; the plan was computed when the filing was recorded. */
export type InternshipApplicationFiled = Event<
  'InternshipApplicationFiled',
  {
    caseId: string;
    candidate: Candidate;
    preferredOrganizations: readonly string[];
    filedAt: string;
    recordedBy: string;
    clock: ClockPlan;
  }
>;

/** The first assignment. */
export type InternshipApplicationAssigned = Event<'InternshipApplicationAssigned', { officerId: string; assignedBy: string }>;

export type InternshipApplicationReassigned = Event<
  'InternshipApplicationReassigned',
  { fromOfficerId: string; toOfficerId: string; reason: string | null; assignedBy: string }
>;

/** Who sent a reply, when it was sent, when it was recorded (schema 2; the same instant before), and its clock's outcome. */
interface ReplySent {
  sentBy: string;
  sentAt: string;
  recordedAt: string;
  clockOutcome: ReplyClockOutcome;
}

/** Stops the eligibility clock at `sentAt`; a not-eligible reply closes the case. */
export type EligibilityReplySent = Event<'EligibilityReplySent', EligibilityDecision & ReplySent>;

/** An interview granted to an eligible candidate; `rescheduledFrom` is the previous date when it moved. */
export type InterviewScheduled = Event<
  'InterviewScheduled',
  { scheduledFor: string; format: InterviewFormat; rescheduledFrom: string | null; scheduledBy: string; scheduledAt: string }
>;

/** Starts the `internship-interview-reply` clock at the true instant of the interview. */
export type InterviewHeld = Event<'InterviewHeld', { heldAt: string; panel: readonly string[]; recordedBy: string; clock: ClockPlan }>;

/** Stops the interview clock, if an interview was held (`clockOutcome` is then set), and closes the case. */
export type FinalReplySent = Event<'FinalReplySent', FinalDecision & ReplySent>;

/** The candidate withdrew; the clocks still running (by standard id) stop as cancelled: nothing is owed. */
export type InternshipApplicationWithdrawn = Event<
  'InternshipApplicationWithdrawn',
  { reason: string | null; withdrawnAt: string; recordedBy: string; cancelledClocks: readonly string[] }
>;

export type InternshipApplicationEvent =
  | InternshipApplicationFiled
  | InternshipApplicationAssigned
  | InternshipApplicationReassigned
  | EligibilityReplySent
  | InterviewScheduled
  | InterviewHeld
  | FinalReplySent
  | InternshipApplicationWithdrawn
  | ChainedClockEvent;
