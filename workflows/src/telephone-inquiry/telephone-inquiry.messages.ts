import type { TelephoneInquiryCommand, TelephoneInquiryState } from '@entente/domain';
import { commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/** The commands staff send to a telephone inquiry: the call and its correction. */
export type TelephoneInquiryStaffCommand = StaffRequest<TelephoneInquiryCommand>;

/** The Updates staff send to a telephone inquiry, by command, each under its name on the wire. */
export const TELEPHONE_INQUIRY_UPDATES = commandUpdates<TelephoneInquiryState, TelephoneInquiryStaffCommand>({
  RecordTelephoneInquiry: 'recordTelephoneInquiry',
  CorrectTelephoneInquiry: 'correctTelephoneInquiry',
});

export type TelephoneInquiryView = CaseView<TelephoneInquiryState>;
