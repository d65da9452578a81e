import { emailRequestTraits, endedBy, STILL_OPEN, type CaseEnding, type EmailRequest, type EmailRequestState } from '@entente/domain';
import { CaseTypeSummary, dateOrNull, endingColumns } from '../case-summary/case-type-summary';

export const EMAIL_REQUEST_SUMMARY: CaseTypeSummary<EmailRequestState, EmailRequest> = {
  traits: emailRequestTraits,
  columns: (request) => ({
    subject: request.subject,
    senderAddress: request.sender.email,
    senderName: request.sender.name,
    receivedAt: new Date(request.receivedAt),
    answeredAt: dateOrNull(request.answeredAt),
    ...endingColumns(ending(request)),
  }),
};

function ending({ answeredAt, closure }: EmailRequest): CaseEnding {
  if (answeredAt) return endedBy('answered', answeredAt);
  return closure ? endedBy('closed-without-answer', closure.closedAt) : STILL_OPEN;
}
