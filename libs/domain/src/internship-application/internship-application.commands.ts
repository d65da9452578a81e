import type { Command } from '../shared/command';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockCommand } from '../service-standards/clock-decisions';
import type { Candidate, EligibilityDecision, FinalDecision, InterviewFormat } from './internship-application.events';

/**
 * Records an officially filed application. `filedAt` is when it was filed (it may be recorded
 * later); `clock` is the `internship-eligibility-reply` plan from `planClock`, run in an activity.
 */
export type FileInternshipApplication = Command<
  'FileInternshipApplication',
  { caseId: string; candidate: Candidate; preferredOrganizations: readonly string[]; filedAt: string; clock: ClockPlan }
>;

/** Assigns, or reassigns when someone already holds the case (`reason` is kept for reassignments). */
export type AssignInternshipApplication = Command<'AssignInternshipApplication', { officerId: string; reason?: string | null }>;

/** When a reply was sent (default: now), which may be before it is recorded. */
interface SentAt {
  readonly sentAt?: string | null;
}

export type SendEligibilityReply = Command<'SendEligibilityReply', EligibilityDecision & SentAt>;

/** Schedules the interview of an eligible candidate, or moves it while it has not been held. */
export type ScheduleInterview = Command<'ScheduleInterview', { scheduledFor: string; format: InterviewFormat }>;

/**
 * `heldAt` may be in the past, not before the interview's scheduled time; `clock` is the
 * `internship-interview-reply` plan starting at `heldAt`.
 */
export type RecordInterviewHeld = Command<'RecordInterviewHeld', { heldAt: string; panel: readonly string[]; clock: ClockPlan }>;

/** Selected needs a held interview; not selected may follow eligibility without one. */
export type SendFinalReply = Command<'SendFinalReply', FinalDecision & SentAt>;

export type WithdrawInternshipApplication = Command<'WithdrawInternshipApplication', { reason?: string | null }>;

export type InternshipApplicationCommand =
  | FileInternshipApplication
  | AssignInternshipApplication
  | SendEligibilityReply
  | ScheduleInterview
  | RecordInterviewHeld
  | SendFinalReply
  | WithdrawInternshipApplication
  | ChainedClockCommand;
