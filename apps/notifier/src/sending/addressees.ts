import { CASE_TYPE_NAMES, type CaseType } from '@entente/contracts';
import {
  composeDigest,
  composeEvaluationMessage,
  composeMessage,
  DAILY_DIGEST,
  ERASED,
  type CaseAbout,
  type ComposedMessage,
  type NoticeLanguage,
  type ParticipantNotificationKind,
  type StaffContact,
  type StaffNotificationKind,
} from '@entente/domain';
import { digestDateOf, type NotificationOutboxEntity } from '@entente/persistence';
import { revealText, signEvaluationLink, type CaseKeyStore } from '@entente/platform';
import type { NotifierConfig } from '../config/notifier.config';
import type { NotificationOutbox } from '../outbox/notification-outbox';
import { participantIdOf } from '../outbox/outbox-rows';

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
    if (row.kind === DAILY_DIGEST) return this.digest(row);
    if (row.caseId === null) throw new Error(`the outbox row ${row.eventId} names no case`);
    return row.address === null ? this.staff(row, row.caseId) : this.participant(row, row.caseId, row.address);
  }

  private async staffMember(id: string): Promise<StaffContact> {
    const recipient = await this.outbox.contact(id);
    // Retried: an administrator may yet add them.
    if (!recipient) throw new Error(`no address for ${id} in the staff directory`);
    return recipient;
  }

  /** What a message to staff says of its case: never the requester's personal information, only where to look. */
  private about(row: NotificationOutboxEntity, caseId: string): CaseAbout {
    return {
      caseId,
      caseTypeLabel: CASE_TYPE_NAMES[row.caseType as CaseType],
      dueAt: row.dueAt?.toISOString(),
      link: `${this.config.consoleUrl}/cases/${caseId}`,
    };
  }

  private async staff(row: NotificationOutboxEntity, caseId: string): Promise<Addressee> {
    const recipient = await this.staffMember(row.recipientId);
    const notice = { recipient, kind: row.kind as StaffNotificationKind, immediate: row.immediate };
    return { name: recipient.name, address: recipient.email, message: composeMessage(notice, this.about(row, caseId)) };
  }

  private async digest(row: NotificationOutboxEntity): Promise<Addressee> {
    const recipient = await this.staffMember(row.recipientId);
    const gathered = await this.outbox.gatheredBy(row.eventId, row.recipientId);
    const items = gathered.map((item) => ({ ...this.about(item, item.caseId ?? ''), kind: item.kind as StaffNotificationKind }));
    return { name: recipient.name, address: recipient.email, message: composeDigest(recipient, digestDateOf(row.eventId), items) };
  }

  private async participant(row: NotificationOutboxEntity, caseId: string, sealedAddress: string): Promise<Addressee> {
    const key = await this.keys.existingKey(caseId);
    const [address, name] = [sealedAddress, row.recipientName ?? ''].map((text) => revealText(key, caseId, text));
    if (address === ERASED) throw new NoAddressee('the case was erased: its participants’ addresses are gone');
    const participantId = participantIdOf(row.recipientId);
    // The link runs from when the message was owed, so a message sent late is not given more time.
    const expiresAt = new Date(row.createdAt.getTime() + this.config.evaluationLinkDays * DAY_MS).toISOString();
    const token = signEvaluationLink({ caseId, participantId, expiresAt }, this.config.evaluationLinkSecret);
    const link = `${this.config.consoleUrl}/evaluation/${token}`;
    const kind = row.kind as ParticipantNotificationKind;
    const language = row.recipientLanguage as NoticeLanguage | null;
    return { name: name!, address: address!, message: composeEvaluationMessage({ kind, contactName: name!, link, expiresAt, language }) };
  }
}
