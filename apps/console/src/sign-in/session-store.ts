import { randomBytes } from 'node:crypto';

/** Who a session speaks for; the token stays here, on the server, and never reaches the browser. */
export interface SignedInPerson {
  readonly sub: string;
  readonly name: string;
  readonly role: string;
  readonly teams: readonly string[];
}

interface Session {
  readonly person: SignedInPerson;
  readonly accessToken: string;
  readonly expiresAt: number;
}

/**
 * Sessions in the BFF's memory, keyed by an unguessable id that is all the cookie carries. A
 * restart signs everyone out, which a single console process can afford.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly ttlSeconds: number) {}

  open(person: SignedInPerson, accessToken: string, now = Date.now()): string {
    this.forgetExpired(now);
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, { person, accessToken, expiresAt: now + this.ttlSeconds * 1000 });
    return id;
  }

  find(id: string | undefined, now = Date.now()): Session | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session || session.expiresAt <= now) return undefined;
    return session;
  }

  close(id: string | undefined): void {
    if (id !== undefined) this.sessions.delete(id);
  }

  private forgetExpired(now: number): void {
    for (const [id, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(id);
  }
}
