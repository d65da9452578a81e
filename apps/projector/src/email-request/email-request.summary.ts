import { emailRequestTraits, type EmailRequest, type EmailRequestState } from '@entente/domain';
import { CaseTypeSummary, dateOrNull } from '../case-summary/case-type-summary';

export const EMAIL_REQUEST_SUMMARY: CaseTypeSummary<EmailRequestState, EmailRequest> = {
  traits: emailRequestTraits,
  columns: (request) => ({
    subject: request.subject,
    senderAddress: request.sender.address,
    senderName: request.sender.name,
    receivedAt: new Date(request.receivedAt),
    answeredAt: dateOrNull(request.answeredAt),
    closedAt: dateOrNull(request.closure?.closedAt ?? null),
  }),
};
