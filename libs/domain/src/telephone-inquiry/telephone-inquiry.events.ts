import type { Event } from '../shared/event';

// An information request by telephone (declaration of services): "If you contact us by telephone,
// we answer your questions immediately or tell you how to reach the best person to provide you
// with the requested information." No clock runs: the outcome is recorded at the call, and the
// compliance report counts the share of calls answered at once.

/** The two numbers the declaration publishes: Québec City (418) 649-2300, Montréal (514) 873-6708. */
export type TelephoneLine = 'quebec-city' | 'montreal';

export const TELEPHONE_LINES: readonly TelephoneLine[] = ['quebec-city', 'montreal'];

/** Callers need not identify themselves. Personal information: confidential (declaration of services). */
export interface Caller {
  readonly name: string | null;
  readonly telephone: string | null;
}

/** Whom the caller was told to reach: an organization or a unit (or both), and maybe a contact. */
export interface Referral {
  readonly organization: string | null;
  readonly unit: string | null;
  /** A person, a number or an address, as given to the caller. */
  readonly contact: string | null;
}

export type CallOutcomeKind = 'answered-at-once' | 'referred';

export const CALL_OUTCOME_KINDS: readonly CallOutcomeKind[] = ['answered-at-once', 'referred'];

/** The two ways the declaration allows a call to end. */
export type CallOutcome =
  { readonly kind: 'answered-at-once'; readonly answer: string } | { readonly kind: 'referred'; readonly referredTo: Referral };

/** The call and its outcome; recording it closes the case. */
export type TelephoneInquiryRecorded = Event<
  'TelephoneInquiryRecorded',
  {
    caseId: string;
    line: TelephoneLine;
    caller: Caller;
    /** When the call came in; earlier the same day than its recording. */
    calledAt: string;
    subject: string;
    outcome: CallOutcome;
    /** What the compliance report counts: true when the caller's question was answered during the call. */
    answeredAtOnce: boolean;
    recordedBy: string;
    recordedAt: string;
  }
>;

/** A supervisor's correction of a recorded call: the subject and outcome as they now stand, and why. */
export type TelephoneInquiryCorrected = Event<
  'TelephoneInquiryCorrected',
  {
    subject: string;
    outcome: CallOutcome;
    answeredAtOnce: boolean;
    reason: string;
    correctedBy: string;
    correctedAt: string;
  }
>;

export type TelephoneInquiryEvent = TelephoneInquiryRecorded | TelephoneInquiryCorrected;
