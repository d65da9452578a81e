import { EmailRequestState, emailRequestStanding } from '@entente/domain';
import { CaseTypeSummary, clockColumns, dateOrNull } from '../case-summary/case-type-summary';

export const EMAIL_REQUEST_SUMMARY: CaseTypeSummary<EmailRequestState> = {
  isOpened: (state) => state.status !== 'none',
  summarize: (state) => {
    if (state.status === 'none') throw new Error('an e-mail request is summarized once received');
    return {
      ...emailRequestStanding(state),
      subject: state.subject,
      senderAddress: state.sender.address,
      senderName: state.sender.name,
      receivedAt: new Date(state.receivedAt),
      ...clockColumns(state.clock),
      answeredAt: dateOrNull(state.answeredAt),
      closedAt: dateOrNull(state.closure?.closedAt ?? null),
    };
  },
  clocks: (state) => (state.status === 'none' ? [] : [state.clock]),
};
