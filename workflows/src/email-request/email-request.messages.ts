import type {
  AnswerEmailRequest,
  AssignEmailRequest,
  CloseEmailRequestWithoutAnswer,
  EmailRequestState,
  ReceiveEmailRequest,
} from '@entente/domain';
import { commandUpdate, type CaseView } from '../shared/case-messages';

/** The clock is planned by the workflow from the receipt instant, so the caller does not send it. */
export type ReceiveEmailRequestData = Omit<ReceiveEmailRequest['data'], 'clock'>;
export type EmailRequestView = CaseView<EmailRequestState>;

export interface EmailRequestWorkflowInput {
  readonly caseId: string;
}

export const receiveEmailRequestUpdate = commandUpdate<ReceiveEmailRequestData, EmailRequestState>('ReceiveEmailRequest');
export const assignEmailRequestUpdate = commandUpdate<AssignEmailRequest['data'], EmailRequestState>('AssignEmailRequest');
export const answerEmailRequestUpdate = commandUpdate<AnswerEmailRequest['data'], EmailRequestState>('AnswerEmailRequest');
export const closeEmailRequestWithoutAnswerUpdate = commandUpdate<CloseEmailRequestWithoutAnswer['data'], EmailRequestState>(
  'CloseEmailRequestWithoutAnswer',
);
