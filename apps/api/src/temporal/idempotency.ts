import { createHash } from 'node:crypto';
import { canonicalJson } from '@entente/contracts';
import type { Actor } from '@entente/domain';

/*
 * A client that retries a command after a lost answer sends the same Idempotency-Key. Keys are
 * scoped by their owner (the token's subject), so two callers' keys never meet; the same key
 * always names the same Temporal update, which Temporal runs once and answers again with the
 * first outcome; and a key is bound to its first request (`IdempotencyKeys`).
 */

/** SHA-256 (hex) of the parts, each prefixed with its length: `a:x` + `k` and `a` + `x:k` differ. */
function digestOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

/** The key as its owner's: what names its update and binds it to its request. */
export function keyDigest(owner: Actor, key: string): string {
  return digestOf(owner.id, key);
}

export function updateIdFor(actor: Actor, key: string | undefined): string | undefined {
  return key === undefined ? undefined : `key-${keyDigest(actor, key)}`;
}

/** A case opened under a key gets an id derived from it, so a retry finds the same case. */
export function caseIdFor(caseType: string, actor: Actor, key: string): string {
  const hex = digestOf(caseType, actor.id, key);
  // RFC 9562 layout: version 8 (custom), variant 10.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What a key is bound to: the request as the client sent it (method, path, body), whatever its fields' order. */
export function requestDigest(method: string, path: string, body: unknown): string {
  return digestOf(method, path, canonicalJson(body ?? null));
}
