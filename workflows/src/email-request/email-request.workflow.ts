import { patched } from '@temporalio/workflow';
import {
  checkEmailReceipt,
  EMAIL_REQUEST_PERMISSIONS,
  EmailReceipt,
  EmailRequestCommand,
  emailRequestDecider,
  EmailRequestEvent,
  EmailRequestState,
  emailRequestTraits,
} from '@entente/domain';
import { EMAIL_REQUEST_SCHEMA_VERSIONS, type EmailRequestReceivedV1 } from '@entente/contracts';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';
import type { EmailRequestView, EmailRequestWorkflowInput } from './email-request.messages';

/**
 * A case received before the reply language was recorded replays its receipt as schema 1, the
 * bytes it published. Its state is the same either way: the decider owes such a receipt a French
 * reply, as the upcaster reads schema 1.
 */
function receiptAsPublished(event: EmailRequestEvent): WrittenEvent | null {
  if (event.type !== 'EmailRequestReceived' || patched('email-request-reply-language')) return null;
  const { replyLanguage: _notRecorded, ...published } = event.data;
  return { schemaVersion: 1, data: published satisfies EmailRequestReceivedV1 };
}

export const EMAIL_REQUEST_CASE: CaseDefinition<EmailRequestState, EmailRequestCommand, EmailRequestEvent> = {
  caseType: 'email-request',
  decider: emailRequestDecider,
  schemaVersions: EMAIL_REQUEST_SCHEMA_VERSIONS,
  writtenAsPublished: receiptAsPublished,
  staffCommands: staffCommandsOf(EMAIL_REQUEST_PERMISSIONS),
  clockStarts: {
    ReceiveEmailRequest: {
      standardId: 'email-information-request',
      startedAt: (data) => String(data.receivedAt),
      startedAtField: 'receivedAt',
      check: (command, state) => checkEmailReceipt(command as EmailReceipt, state),
    },
  },
  ...emailRequestTraits,
};

export function emailRequestWorkflow(input: EmailRequestWorkflowInput): Promise<EmailRequestView> {
  return runCase(EMAIL_REQUEST_CASE, input);
}
