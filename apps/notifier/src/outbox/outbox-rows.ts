import { createHash } from 'node:crypto';
import { CASE_TYPE_TEAMS, type EventEnvelope } from '@entente/contracts';
import { noticesFor, type StaffContact } from '@entente/domain';
import type { NotificationOutboxEntity } from '@entente/persistence';

export type OutboxRow = Pick<
  NotificationOutboxEntity,
  'eventId' | 'recipientId' | 'caseId' | 'caseType' | 'kind' | 'immediate' | 'dueAt' | 'messageId'
>;

/**
 * The Message-ID of one event's message to one person: the outbox row's key, digested, so that a
 * message sent again after a crash the server's reply did not survive is the same message.
 */
export function messageIdOf(eventId: string, recipientId: string): string {
  return `<${createHash('sha256').update(`${eventId}\n${recipientId}`).digest('hex').slice(0, 40)}@notifier.entente>`;
}

/** The rows an event owes, by the rules and the directory; the case's team is its case type's. */
export function outboxRowsFor(envelope: EventEnvelope, directory: readonly StaffContact[]): OutboxRow[] {
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
  }));
}
