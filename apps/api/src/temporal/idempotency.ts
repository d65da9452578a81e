import { createHash } from 'node:crypto';
import type { Actor } from '@entente/domain';

/*
 * A client that retries a command after a lost answer sends the same Idempotency-Key. Keys are
 * scoped by actor, so two callers' keys never meet; the same key always names the same Temporal
 * update, which Temporal runs once and answers again with the first outcome.
 */

export function updateIdFor(actor: Actor, key: string | undefined): string | undefined {
  return key === undefined ? undefined : `${actor.id}:${key}`;
}

/** A case opened under a key gets an id derived from it, so a retry finds the same case. */
export function caseIdFor(caseType: string, actor: Actor, key: string): string {
  const hex = createHash('sha256').update(`${caseType}\n${actor.id}\n${key}`).digest('hex');
  // RFC 9562 layout: version 8 (custom), variant 10.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
