import { DEFAULT_REPLY_LANGUAGE, type EmailRequestAnswered, type EmailRequestEvent, type EmailRequestReceived } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import { recordedAsItHappened, type Upcaster } from '../upcasting';

/** Current schema version of each e-mail request event; bump it and add an upcaster on change. */
export const EMAIL_REQUEST_SCHEMA_VERSIONS: Readonly<Record<EmailRequestEvent['type'], number>> = {
  EmailRequestReceived: 3,
  EmailRequestAssigned: 1,
  EmailRequestReassigned: 1,
  EmailRequestAnswered: 2,
  EmailRequestClosedWithoutAnswer: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

/** A receipt as schema 2 wrote it: the sender's e-mail named `address`, unlike every other case type. */
export type EmailRequestReceivedV2 = Omit<EmailRequestReceived['data'], 'sender'> & {
  sender: { readonly name: string | null; readonly address: string };
};

/** A receipt as schema 1 wrote it: the language the requester is answered in was not recorded. */
export type EmailRequestReceivedV1 = Omit<EmailRequestReceivedV2, 'replyLanguage'>;

/**
 * Schema 1 receipts read with a French reply owed: no language was recorded, and French is the
 * language of Québec's Administration (Charter of the French language), the one a requester is
 * answered in unless they asked otherwise. The domain decides a receipt without one the same way.
 */
const replyLanguageRecorded: Upcaster = {
  type: 'EmailRequestReceived',
  fromVersion: 1,
  upcast: (data): EmailRequestReceivedV2 => ({ ...(data as EmailRequestReceivedV1), replyLanguage: DEFAULT_REPLY_LANGUAGE }),
};

/** Schema 2 receipts read with the sender's e-mail under the name every case type uses. */
const senderEmailNamed: Upcaster = {
  type: 'EmailRequestReceived',
  fromVersion: 2,
  upcast: (data): Partial<EmailRequestReceived['data']> => {
    // Only the key is renamed: an event that holds no sender (a trimmed fixture) folds as it is.
    const { sender, ...receipt } = data as Partial<EmailRequestReceivedV2>;
    return sender ? { ...receipt, sender: { name: sender.name, email: sender.address } } : receipt;
  },
};

/** An answer as schema 1 wrote it: recorded when it was sent, so with one instant. */
export type EmailRequestAnsweredV1 = Omit<EmailRequestAnswered['data'], 'recordedAt'>;

export const EMAIL_REQUEST_UPCASTERS: readonly Upcaster[] = [
  replyLanguageRecorded,
  senderEmailNamed,
  recordedAsItHappened('EmailRequestAnswered', 1, 'answeredAt'),
];
