import { TELEPHONE_INQUIRY_UPCASTERS } from '@entente/contracts';
import { TelephoneInquiryEvent, TelephoneInquiryState, telephoneInquiryDecider } from '@entente/domain';
import { CaseTypeSummary, clockColumns } from '../case-summary/case-type-summary';

/** A call has no clock: answered at once or referred, it is closed when recorded. */
export const TELEPHONE_INQUIRY_SUMMARY: CaseTypeSummary<TelephoneInquiryState> = {
  upcasters: TELEPHONE_INQUIRY_UPCASTERS,
  initialState: telephoneInquiryDecider.initialState,
  evolve: (state, event) => telephoneInquiryDecider.evolve(state, event as TelephoneInquiryEvent),
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('a telephone inquiry is summarized once recorded');
    const calledAt = new Date(state.calledAt);
    return {
      status: state.answeredAtOnce ? 'answered-at-once' : 'referred',
      subject: state.subject,
      senderAddress: state.caller.telephone,
      senderName: state.caller.name,
      assignee: null,
      receivedAt: calledAt,
      ...clockColumns(null),
      answeredAt: state.answeredAtOnce ? calledAt : null,
      closedAt: new Date(state.recordedAt),
    };
  },
  clocks: () => [],
};
