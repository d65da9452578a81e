import {
  checkEmailReceipt,
  EMAIL_REQUEST_PERMISSIONS,
  EmailReceipt,
  EmailRequestCommand,
  EmailRequestEvent,
  EmailRequestState,
  emailRequestDecider,
  isOpen,
  nextEmailRequestAlarm,
} from '@entente/domain';
import { EMAIL_REQUEST_SCHEMA_VERSIONS } from '@entente/contracts';
import { CaseDefinition, clockAlarm, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';
import type { EmailRequestView, EmailRequestWorkflowInput } from './email-request.messages';

export const EMAIL_REQUEST_CASE: CaseDefinition<EmailRequestState, EmailRequestCommand, EmailRequestEvent> = {
  caseType: 'email-request',
  decider: emailRequestDecider,
  schemaVersions: EMAIL_REQUEST_SCHEMA_VERSIONS,
  staffCommands: staffCommandsOf(EMAIL_REQUEST_PERMISSIONS),
  clockStarts: {
    ReceiveEmailRequest: {
      standardId: 'email-information-request',
      startedAt: (data) => String(data.receivedAt),
      check: (command, state) => checkEmailReceipt(command as EmailReceipt, state),
    },
  },
  isOpened: (state) => state.status !== 'none',
  isOpen,
  nextAlarm: (state, nowMs) => clockAlarm(nextEmailRequestAlarm(state, nowMs)),
  clocks: (state) => (state.status === 'none' ? [] : [state.clock]),
};

export function emailRequestWorkflow(input: EmailRequestWorkflowInput): Promise<EmailRequestView> {
  return runCase(EMAIL_REQUEST_CASE, input);
}
