import type { EmailRequestCommand, EmailRequestState } from '@entente/domain';
import type { CaseInput } from '../shared/case-definition';
import { CLOCK_UPDATE_NAMES, commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/**
 * The commands staff send to an e-mail request: the receipt without its clock, which the workflow
 * plans first.
 */
export type EmailRequestStaffCommand = StaffRequest<EmailRequestCommand>;

/** The Updates staff send to an e-mail request, by command, each under its name on the wire. */
export const EMAIL_REQUEST_UPDATES = commandUpdates<EmailRequestState, EmailRequestStaffCommand>({
  ReceiveEmailRequest: 'receiveEmailRequest',
  AssignEmailRequest: 'assignEmailRequest',
  AnswerEmailRequest: 'answerEmailRequest',
  CloseEmailRequestWithoutAnswer: 'closeEmailRequestWithoutAnswer',
  ...CLOCK_UPDATE_NAMES,
});

export type EmailRequestView = CaseView<EmailRequestState>;
export type EmailRequestWorkflowInput = CaseInput<EmailRequestState>;
