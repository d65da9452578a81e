import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import type { CallOutcome, Caller, TelephoneInquiryEvent, TelephoneLine } from './telephone-inquiry.events';

export interface TelephoneInquiryCorrection {
  readonly reason: string;
  readonly correctedBy: string;
  readonly correctedAt: string;
}

/** A recorded call: closed from the start, since its outcome is recorded at the call. */
export interface TelephoneInquiry {
  readonly status: 'closed';
  readonly caseId: string;
  readonly line: TelephoneLine;
  readonly caller: Caller;
  readonly calledAt: string;
  readonly subject: string;
  readonly outcome: CallOutcome;
  readonly answeredAtOnce: boolean;
  readonly recordedBy: string;
  readonly recordedAt: string;
  /** Every correction, oldest first. */
  readonly corrections: readonly TelephoneInquiryCorrection[];
}

export type TelephoneInquiryState = { readonly status: 'none' } | TelephoneInquiry;

export function initialTelephoneInquiryState(): TelephoneInquiryState {
  return { status: 'none' };
}

/** Never open: there is nothing left to do once a call is recorded (a correction needs no open case). */
export function isTelephoneInquiryOpen(_state: TelephoneInquiryState): boolean {
  return false;
}

/** Where the call stands, for the work queue and Temporal's search attributes: answered at once or referred. */
export function telephoneInquiryStanding(state: TelephoneInquiryState): CaseStanding {
  if (state.status === 'none') return { status: 'none', assignee: null };
  return { status: state.answeredAtOnce ? 'answered-at-once' : 'referred', assignee: null };
}

/** Pure and total: every event type is handled and none throws. */
export function evolveTelephoneInquiry(state: TelephoneInquiryState, event: TelephoneInquiryEvent): TelephoneInquiryState {
  switch (event.type) {
    case 'TelephoneInquiryRecorded':
      return { status: 'closed', ...event.data, corrections: [] };
    case 'TelephoneInquiryCorrected': {
      if (state.status === 'none') return state;
      const { subject, outcome, answeredAtOnce, reason, correctedBy, correctedAt } = event.data;
      const corrections = [...state.corrections, { reason, correctedBy, correctedAt }];
      return { ...state, subject, outcome, answeredAtOnce, corrections };
    }
    default:
      return exhaustive(event, state);
  }
}
