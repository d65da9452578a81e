import { endedBy, telephoneInquiryTraits, type TelephoneInquiry, type TelephoneInquiryState } from '@entente/domain';
import { endingColumns, type CaseTypeSummary } from '../case-summary/case-type-summary';

/** A call has no clock: answered at once or referred, it ends with the call. */
export const TELEPHONE_INQUIRY_SUMMARY: CaseTypeSummary<TelephoneInquiryState, TelephoneInquiry> = {
  traits: telephoneInquiryTraits,
  columns: (inquiry) => {
    const calledAt = new Date(inquiry.calledAt);
    return {
      subject: inquiry.subject,
      senderAddress: inquiry.caller.telephone,
      senderName: inquiry.caller.name,
      receivedAt: calledAt,
      answeredAt: inquiry.answeredAtOnce ? calledAt : null,
      ...endingColumns(endedBy(inquiry.answeredAtOnce ? 'answered' : 'referred', inquiry.calledAt)),
    };
  },
};
