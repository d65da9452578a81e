import {
  checkEmailReceipt,
  EmailRequestCommand,
  emailRequestDecider,
  EmailRequestEvent,
  EmailRequestState,
  emailRequestTraits,
} from '@entente/domain';
import {
  EMAIL_REQUEST_SCHEMA_VERSIONS,
  emailRequestAsCarried,
  type EmailRequestAnsweredV1,
  type EmailRequestReceivedV1,
  type EmailRequestReceivedV2,
} from '@entente/contracts';
import { takesChange } from '../shared/earlier-changes';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, runCase } from '../shared/case-workflow';
import {
  EMAIL_REQUEST_UPDATES,
  type EmailRequestStaffCommand,
  type EmailRequestView,
  type EmailRequestWorkflowInput,
} from './email-request.messages';

/**
 * A case received before the reply language was recorded replays its receipt as schema 1, the
 * bytes it published; one received before the sender's e-mail was named `email`, as schema 2.
 * Its state is the same either way: the upcasters read both as the current schema.
 */
function receiptAsPublished(event: EmailRequestEvent): WrittenEvent | null {
  if (event.type !== 'EmailRequestReceived') return null;
  const languageRecorded = takesChange('email-request-reply-language');
  if (languageRecorded && takesChange('email-request-one-vocabulary')) return null;
  const { name, email } = event.data.sender;
  const v2: EmailRequestReceivedV2 = { ...event.data, sender: { name, address: email } };
  if (languageRecorded) return { schemaVersion: 2, data: v2 };
  const { replyLanguage: _notRecorded, ...published } = v2;
  return { schemaVersion: 1, data: published satisfies EmailRequestReceivedV1 };
}

/**
 * An answer decided before answers took their own instant replays as schema 1: it was sent when
 * recorded, so its `recordedAt` is its `answeredAt`, as the upcaster reads it.
 */
function answerAsPublished(event: EmailRequestEvent): WrittenEvent | null {
  if (event.type !== 'EmailRequestAnswered' || takesChange('email-request-fact-instants')) return null;
  const { recordedAt: _sameInstant, ...published } = event.data;
  return { schemaVersion: 1, data: published satisfies EmailRequestAnsweredV1 };
}

export const EMAIL_REQUEST_CASE: CaseDefinition<EmailRequestState, EmailRequestCommand, EmailRequestEvent, EmailRequestStaffCommand> = {
  caseType: 'email-request',
  decider: emailRequestDecider,
  schemaVersions: EMAIL_REQUEST_SCHEMA_VERSIONS,
  writtenAsPublished: (event) => receiptAsPublished(event) ?? answerAsPublished(event),
  carriedAsCurrent: emailRequestAsCarried,
  updates: EMAIL_REQUEST_UPDATES,
  clockStarts: {
    ReceiveEmailRequest: {
      standardId: 'email-information-request',
      startedAt: (data) => data.receivedAt,
      startedAtField: 'receivedAt',
      check: checkEmailReceipt,
    },
  },
  ...emailRequestTraits,
};

export function emailRequestWorkflow(input: EmailRequestWorkflowInput): Promise<EmailRequestView> {
  return runCase(EMAIL_REQUEST_CASE, input);
}
