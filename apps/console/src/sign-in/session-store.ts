import { randomBytes } from 'node:crypto';

/** Who a session speaks for; the tokens stay here, on the server, and never reach the browser. */
export interface SignedInPerson {
  readonly sub: string;
  readonly name: string;
  readonly role: string;
  readonly teams: readonly string[];
}

export interface Tokens {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  /** Epoch milliseconds. */
  readonly accessExpiresAt: number;
}

export interface Session {
  readonly person: SignedInPerson;
  tokens: Tokens;
  readonly expiresAt: number;
  /** A refresh under way, shared by the requests that find the token expiring. */
  refreshing?: Promise<Tokens>;
}

/** An access token this close to its end is refreshed before it is used. */
const MARGIN_MS = 30_000;

/**
 * Sessions in the BFF's memory, keyed by an unguessable id that is all the cookie carries. A
 * restart signs everyone out, which a single console process can afford (docs/adr/0013).
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly ttlSeconds: number) {}

  open(person: SignedInPerson, tokens: Tokens, now = Date.now()): string {
    this.forgetExpired(now);
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, { person, tokens, expiresAt: now + this.ttlSeconds * 1000 });
    return id;
  }

  find(id: string | undefined, now = Date.now()): Session | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session || session.expiresAt <= now) return undefined;
    return session;
  }

  /**
   * The session's access token, refreshed first when it is about to expire; undefined (signed
   * out) when there is no session or the provider refuses the refresh: the person signs in again.
   */
  async accessToken(id: string | undefined, refresh: (tokens: Tokens) => Promise<Tokens>, now = Date.now()): Promise<string | undefined> {
    const session = this.find(id, now);
    if (!session) return undefined;
    if (session.tokens.accessExpiresAt - MARGIN_MS > now) return session.tokens.accessToken;
    session.refreshing ??= refresh(session.tokens).finally(() => (session.refreshing = undefined));
    try {
      session.tokens = await session.refreshing;
      return session.tokens.accessToken;
    } catch {
      this.close(id);
      return undefined;
    }
  }

  close(id: string | undefined): Session | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (id !== undefined) this.sessions.delete(id);
    return session;
  }

  private forgetExpired(now: number): void {
    for (const [id, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(id);
  }
}
