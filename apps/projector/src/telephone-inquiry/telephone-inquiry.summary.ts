import { TelephoneInquiryState, telephoneInquiryStanding } from '@entente/domain';
import { CaseTypeSummary, clockColumns } from '../case-summary/case-type-summary';

/** A call has no clock: answered at once or referred, it is closed when recorded. */
export const TELEPHONE_INQUIRY_SUMMARY: CaseTypeSummary<TelephoneInquiryState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('a telephone inquiry is summarized once recorded');
    const calledAt = new Date(state.calledAt);
    return {
      ...telephoneInquiryStanding(state),
      subject: state.subject,
      senderAddress: state.caller.telephone,
      senderName: state.caller.name,
      receivedAt: calledAt,
      ...clockColumns(null),
      answeredAt: state.answeredAtOnce ? calledAt : null,
      closedAt: new Date(state.recordedAt),
    };
  },
  clocks: () => [],
};
