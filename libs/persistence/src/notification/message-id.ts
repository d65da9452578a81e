import { createHash } from 'node:crypto';

/**
 * The Message-ID of one event's message to one person: the outbox row's key, digested, so that a
 * message sent again after a crash the server's reply did not survive is the same message.
 */
export function messageIdOf(eventId: string, recipientId: string): string {
  return messageIdTagged(createHash('sha256').update(`${eventId}\n${recipientId}`).digest('hex').slice(0, 40));
}

/** The Message-ID whose local part is `tag`: how a bounce's return address is read back (ADR 0028). */
export const messageIdTagged = (tag: string) => `<${tag}@notifier.entente>`;

/** The key of a day's digest to one person: at most one digest a day each, whoever gathers it. */
const DIGEST_PREFIX = 'digest/';
export const digestEventId = (date: string) => `${DIGEST_PREFIX}${date}`;
/** The Québec date a digest row stands for, read back from its key. */
export const digestDateOf = (eventId: string) => eventId.slice(DIGEST_PREFIX.length);
