import type { Command } from '../shared/command';
import type { CallOutcome, Caller, TelephoneLine } from './telephone-inquiry.events';

/** Records a call with its outcome, at the call or later the same day. */
export type RecordTelephoneInquiry = Command<
  'RecordTelephoneInquiry',
  { caseId: string; line: TelephoneLine; caller?: Partial<Caller> | null; calledAt: string; subject: string; outcome: CallOutcome }
>;

/** Corrects what was recorded; an absent `subject` or `outcome` is kept as it stands. */
export type CorrectTelephoneInquiry = Command<
  'CorrectTelephoneInquiry',
  { subject?: string | null; outcome?: CallOutcome | null; reason: string }
>;

export type TelephoneInquiryCommand = RecordTelephoneInquiry | CorrectTelephoneInquiry;
