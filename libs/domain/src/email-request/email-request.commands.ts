import type { Command } from '../shared/command';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockCommand } from '../service-standards/clock-decisions';
import type { CloseWithoutAnswerReason, EmailSender, ReplyLanguage } from './email-request.events';

/**
 * Records an e-mail; `clock` comes from `planClock` (run in an activity, see
 * docs/architecture.md#clocks). Without a `replyLanguage` the reply is owed in French: receipts
 * sent before it existed replay without one.
 */
export type ReceiveEmailRequest = Command<
  'ReceiveEmailRequest',
  {
    caseId: string;
    sender: EmailSender;
    subject: string;
    body: string;
    replyLanguage?: ReplyLanguage | null;
    receivedAt: string;
    clock: ClockPlan;
  }
>;

/** Assigns, or reassigns when someone already holds the case (`reason` is kept for reassignments). */
export type AssignEmailRequest = Command<'AssignEmailRequest', { officerId: string; reason?: string | null }>;

/** `answeredAt`: when the answer was sent (default: now), which may be before it is recorded. */
export type AnswerEmailRequest = Command<'AnswerEmailRequest', { answer: string; answeredAt?: string | null }>;

export type CloseEmailRequestWithoutAnswer = Command<
  'CloseEmailRequestWithoutAnswer',
  { reason: CloseWithoutAnswerReason; explanation: string; duplicateOf?: string | null }
>;

export type EmailRequestCommand =
  ReceiveEmailRequest | AssignEmailRequest | AnswerEmailRequest | CloseEmailRequestWithoutAnswer | ChainedClockCommand;
