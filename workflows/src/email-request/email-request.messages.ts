import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AnswerEmailRequest,
  AssignEmailRequest,
  CloseEmailRequestWithoutAnswer,
  EmailRequestState,
  ReceiveEmailRequest,
} from '@entente/domain';
import type { CaseView, CommandRequest } from '../shared/case-messages';

/** The clock is planned by the workflow from the receipt instant, so the caller does not send it. */
export type ReceiveEmailRequestData = Omit<ReceiveEmailRequest['data'], 'clock'>;
export type EmailRequestView = CaseView<EmailRequestState>;

export interface EmailRequestWorkflowInput {
  readonly caseId: string;
}

export const receiveEmailRequestUpdate = defineUpdate<EmailRequestView, [CommandRequest<ReceiveEmailRequestData>]>(
  'receiveEmailRequest',
);
export const assignEmailRequestUpdate = defineUpdate<EmailRequestView, [CommandRequest<AssignEmailRequest['data']>]>(
  'assignEmailRequest',
);
export const answerEmailRequestUpdate = defineUpdate<EmailRequestView, [CommandRequest<AnswerEmailRequest['data']>]>(
  'answerEmailRequest',
);
export const closeEmailRequestWithoutAnswerUpdate = defineUpdate<
  EmailRequestView,
  [CommandRequest<CloseEmailRequestWithoutAnswer['data']>]
>('closeEmailRequestWithoutAnswer');
export const emailRequestViewQuery = defineQuery<EmailRequestView>('emailRequestView');
