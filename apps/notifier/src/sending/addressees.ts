import { CASE_TYPE_NAMES, type CaseType } from '@entente/contracts';
import {
  composeEvaluationMessage,
  composeMessage,
  ERASED,
  type ComposedMessage,
  type ParticipantNotificationKind,
  type StaffNotificationKind,
} from '@entente/domain';
import type { NotificationOutboxEntity } from '@entente/persistence';
import { revealText, signEvaluationLink, type CaseKeyStore } from '@entente/platform';
import type { NotifierConfig } from '../config/notifier.config';
import type { NotificationOutbox } from '../outbox/notification-outbox';

/** Whom a row's message goes to, and what it says: composed when sent, from the row and the address as it is now. */
export interface Addressee {
  readonly name: string;
  readonly address: string;
  readonly message: ComposedMessage;
}

/** A message that can never be sent: the case was erased, and its participants' addresses with it. */
export class NoAddressee extends Error {}

const DAY_MS = 86_400_000;

/** Resolves a row's recipient: staff from the directory, a participant from the sealed address the row keeps. */
export class Addressees {
  constructor(
    private readonly config: NotifierConfig,
    private readonly outbox: NotificationOutbox,
    private readonly keys: Pick<CaseKeyStore, 'existingKey'>,
  ) {}

  async of(row: NotificationOutboxEntity): Promise<Addressee> {
    return row.address === null ? this.staff(row) : this.participant(row, row.address);
  }

  private async staff(row: NotificationOutboxEntity): Promise<Addressee> {
    const recipient = await this.outbox.contact(row.recipientId);
    // Retried: an administrator may yet add them.
    if (!recipient) throw new Error(`no address for ${row.recipientId} in the staff directory`);
    const about = {
      caseId: row.caseId,
      caseTypeLabel: CASE_TYPE_NAMES[row.caseType as CaseType],
      dueAt: row.dueAt?.toISOString(),
      link: `${this.config.consoleUrl}/cases/${row.caseId}`,
    };
    const notice = { recipient, kind: row.kind as StaffNotificationKind, immediate: row.immediate };
    return { name: recipient.name, address: recipient.email, message: composeMessage(notice, about) };
  }

  private async participant(row: NotificationOutboxEntity, sealedAddress: string): Promise<Addressee> {
    const key = await this.keys.existingKey(row.caseId);
    const [address, name] = [sealedAddress, row.recipientName ?? ''].map((text) => revealText(key, row.caseId, text));
    if (address === ERASED) throw new NoAddressee('the case was erased: its participants’ addresses are gone');
    const participantId = row.recipientId.slice(row.recipientId.indexOf('/') + 1);
    // The link runs from when the message was owed, so a message sent late is not given more time.
    const expiresAt = new Date(row.createdAt.getTime() + this.config.evaluationLinkDays * DAY_MS).toISOString();
    const token = signEvaluationLink({ caseId: row.caseId, participantId, expiresAt }, this.config.evaluationLinkSecret);
    const link = `${this.config.consoleUrl}/evaluation/${token}`;
    const kind = row.kind as ParticipantNotificationKind;
    return { name: name!, address: address!, message: composeEvaluationMessage({ kind, contactName: name!, link, expiresAt }) };
  }
}
