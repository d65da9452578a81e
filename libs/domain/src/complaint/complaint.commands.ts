import type { Command } from '../shared/command';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockCommand } from '../service-standards/clock-decisions';
import type { Complainant, ComplaintChannel, ComplaintCloseReason, ComplaintConclusion, ComplaintConcern } from './complaint.events';

/** Records a complaint; `clock` comes from `planClock` for the `complaint` standard (run in an activity). */
export type ReceiveComplaint = Command<
  'ReceiveComplaint',
  {
    caseId: string;
    complainant: Complainant;
    channel: ComplaintChannel;
    subject: string;
    details: string;
    concern: ComplaintConcern;
    receivedAt: string;
    clock: ClockPlan;
  }
>;

/** Assigns, or reassigns when someone already holds the case (`reason` is kept for reassignments). */
export type AssignComplaint = Command<'AssignComplaint', { officerId: string; reason?: string | null }>;

export type RecordComplaintFindings = Command<'RecordComplaintFindings', { findings: string; conclusion: ComplaintConclusion }>;

/**
 * The answer sent to the complainant, stating the findings recorded before it; `answeredAt` is
 * when it was sent (default: now), which may be before it is recorded.
 */
export type AnswerComplaint = Command<'AnswerComplaint', { answer: string; answeredAt?: string | null }>;

export type CloseComplaintWithoutAnswer = Command<'CloseComplaintWithoutAnswer', { reason: ComplaintCloseReason; explanation: string }>;

export type ComplaintCommand =
  ReceiveComplaint | AssignComplaint | RecordComplaintFindings | AnswerComplaint | CloseComplaintWithoutAnswer | ChainedClockCommand;
