import type {
  AnswerEmailRequest,
  AssignEmailRequest,
  CloseEmailRequestWithoutAnswer,
  EmailRequestState,
  ReceiveEmailRequest,
} from '@entente/domain';
import { commandUpdate, type CaseView } from '../shared/case-messages';
import type { CaseInput } from '../shared/case-workflow';

/** The clock is planned by the workflow from the receipt instant, so the caller does not send it. */
export type ReceiveEmailRequestData = Omit<ReceiveEmailRequest['data'], 'clock'>;
export type EmailRequestView = CaseView<EmailRequestState>;

export type EmailRequestWorkflowInput = CaseInput<EmailRequestState>;

export const receiveEmailRequestUpdate = commandUpdate<ReceiveEmailRequestData, EmailRequestState>('ReceiveEmailRequest');
export const assignEmailRequestUpdate = commandUpdate<AssignEmailRequest['data'], EmailRequestState>('AssignEmailRequest');
export const answerEmailRequestUpdate = commandUpdate<AnswerEmailRequest['data'], EmailRequestState>('AnswerEmailRequest');
export const closeEmailRequestWithoutAnswerUpdate = commandUpdate<CloseEmailRequestWithoutAnswer['data'], EmailRequestState>(
  'CloseEmailRequestWithoutAnswer',
);
