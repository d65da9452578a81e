import { CASE_TYPE_TEAMS, type EventEnvelope } from '@entente/contracts';
import { noticesFor, PARTICIPANT_NOTIFICATIONS, type EvaluationRecipient, type StaffContact } from '@entente/domain';
import { messageIdOf, type NotificationOutboxEntity } from '@entente/persistence';

export type OutboxRow = Pick<
  NotificationOutboxEntity,
  | 'eventId'
  | 'recipientId'
  | 'caseId'
  | 'caseType'
  | 'kind'
  | 'immediate'
  | 'dueAt'
  | 'messageId'
  | 'address'
  | 'recipientName'
  | 'recipientLanguage'
>;

/** A participant is not staff: their recipient id says so, and never meets a staff member's. */
const PARTICIPANT_PREFIX = 'participant/';
export const participantRecipientId = (participantId: string) => `${PARTICIPANT_PREFIX}${participantId}`;
/** The participant a row is addressed to, read back from its recipient id. */
export const participantIdOf = (recipientId: string) => recipientId.slice(PARTICIPANT_PREFIX.length);

/** The rows an event owes: to staff by the rules and the directory, or to the mission participant it names. */
export function outboxRowsFor(envelope: EventEnvelope, directory: readonly StaffContact[]): OutboxRow[] {
  return envelope.type in PARTICIPANT_NOTIFICATIONS ? participantRowsFor(envelope) : staffRowsFor(envelope, directory);
}

/** Staff are told at once or in their digest; the case's team is its case type's. */
function staffRowsFor(envelope: EventEnvelope, directory: readonly StaffContact[]): OutboxRow[] {
  const dueAt = (envelope.data as { dueAt?: unknown } | null)?.dueAt;
  return noticesFor(envelope, CASE_TYPE_TEAMS[envelope.caseType], directory).map(({ recipient, kind, immediate }) => ({
    eventId: envelope.eventId,
    recipientId: recipient.id,
    caseId: envelope.caseId,
    caseType: envelope.caseType,
    kind,
    immediate,
    dueAt: typeof dueAt === 'string' ? new Date(dueAt) : null,
    messageId: messageIdOf(envelope.eventId, recipient.id),
    address: null,
    recipientName: null,
    recipientLanguage: null,
  }));
}

/** A participant is written to at once, at the address the event carries, kept sealed as it came. */
function participantRowsFor(envelope: EventEnvelope): OutboxRow[] {
  const { participantId, contact } = envelope.data as EvaluationRecipient;
  const recipientId = participantRecipientId(participantId);
  return [
    {
      eventId: envelope.eventId,
      recipientId,
      caseId: envelope.caseId,
      caseType: envelope.caseType,
      kind: PARTICIPANT_NOTIFICATIONS[envelope.type]!,
      immediate: true,
      dueAt: null,
      messageId: messageIdOf(envelope.eventId, recipientId),
      address: contact.email,
      recipientName: contact.name,
      recipientLanguage: contact.language ?? null,
    },
  ];
}
