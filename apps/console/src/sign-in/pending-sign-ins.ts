import { randomBytes } from 'node:crypto';
import type { PendingSignIn } from './oidc-client';

/** Ten minutes to sign in at the provider, as long as the provider's own interaction lasts. */
const TTL_MS = 10 * 60_000;

/**
 * Sign-ins started and not yet returned, keyed by the id of a short-lived cookie: each is taken
 * once, so a callback replayed finds nothing.
 */
export class PendingSignIns {
  private readonly pending = new Map<string, { readonly sign: PendingSignIn; readonly until: number }>();

  put(sign: PendingSignIn, now = Date.now()): string {
    for (const [id, entry] of this.pending) if (entry.until <= now) this.pending.delete(id);
    const id = randomBytes(24).toString('base64url');
    this.pending.set(id, { sign, until: now + TTL_MS });
    return id;
  }

  take(id: string | undefined, now = Date.now()): PendingSignIn | undefined {
    const entry = id === undefined ? undefined : this.pending.get(id);
    if (id !== undefined) this.pending.delete(id);
    return entry && entry.until > now ? entry.sign : undefined;
  }
}
