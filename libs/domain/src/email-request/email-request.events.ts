import type { Event } from '../shared/event';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockEvent } from '../service-standards/clock-decisions';

/** The requester. Personal information: confidential (declaration of services). */
export interface EmailSender {
  readonly name: string | null;
  /** Named `email` as in every case type (schema 2 and before named it `address`). */
  readonly email: string;
}

export type CloseWithoutAnswerReason = 'duplicate' | 'not-for-ministry' | 'withdrawn';

export const CLOSE_WITHOUT_ANSWER_REASONS: readonly CloseWithoutAnswerReason[] = ['duplicate', 'not-for-ministry', 'withdrawn'];

/** The languages the declaration of services is published in, and so those a requester is answered in. */
export type ReplyLanguage = 'fr' | 'en';

export const REPLY_LANGUAGES: readonly ReplyLanguage[] = ['fr', 'en'];

/**
 * French is the official language of Québec and of its Administration (Charter of the French
 * language): a requester is answered in it unless they wrote in English.
 */
export const DEFAULT_REPLY_LANGUAGE: ReplyLanguage = 'fr';

/**
 * Starts the four-working-day clock; the plan was computed when the e-mail was recorded. Schema 2
 * added `replyLanguage`: the officer answers in it; schema 3 renamed `sender.address` to `email`.
 */
export type EmailRequestReceived = Event<
  'EmailRequestReceived',
  {
    caseId: string;
    sender: EmailSender;
    subject: string;
    body: string;
    replyLanguage: ReplyLanguage;
    receivedAt: string;
    clock: ClockPlan;
  }
>;

/** The first assignment. */
export type EmailRequestAssigned = Event<'EmailRequestAssigned', { officerId: string }>;

export type EmailRequestReassigned = Event<'EmailRequestReassigned', { fromOfficerId: string; toOfficerId: string; reason: string | null }>;

/**
 * Stops the clock: met if answered by the due instant, late otherwise. `answeredAt` is when the
 * answer was sent, `recordedAt` when it was recorded (schema 2; the same instant before).
 */
export type EmailRequestAnswered = Event<
  'EmailRequestAnswered',
  { answer: string; answeredBy: string; answeredAt: string; recordedAt: string; clockOutcome: 'met' | 'late' }
>;

/** Stops the clock as cancelled: nothing was owed. */
export type EmailRequestClosedWithoutAnswer = Event<
  'EmailRequestClosedWithoutAnswer',
  { reason: CloseWithoutAnswerReason; explanation: string; duplicateOf: string | null; closedAt: string }
>;

export type EmailRequestEvent =
  | EmailRequestReceived
  | EmailRequestAssigned
  | EmailRequestReassigned
  | EmailRequestAnswered
  | EmailRequestClosedWithoutAnswer
  | ChainedClockEvent;
