import { createHash, randomBytes } from 'node:crypto';
import { open, seal } from '@entente/platform';
import type { SessionRow, SessionRows } from './session-rows';

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
  readonly tokens: Tokens;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

/** An access token this close to its end is refreshed before it is used. */
const MARGIN_MS = 30_000;

/** The cookie's id is 32 random bytes in base64url; anything else is refused before a query. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

const digestOf = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * Sessions in the console's PostgreSQL table (docs/adr/0013), so that a restart of the console
 * signs no one out. The cookie carries only an unguessable id; the table holds its SHA-256 digest
 * and the person and tokens sealed with AES-256-GCM under the console's session key, bound to
 * that digest. A row that does not open (altered, moved, another key) is no session.
 */
export class SessionStore {
  /** Refreshes under way in this process, shared by the requests that find the token expiring. */
  private readonly refreshing = new Map<string, Promise<Tokens>>();

  constructor(
    private readonly rows: SessionRows,
    private readonly key: Buffer,
    private readonly ttlSeconds: number,
  ) {}

  async open(person: SignedInPerson, tokens: Tokens, now = Date.now()): Promise<string> {
    await this.rows.prune(new Date(now));
    const id = randomBytes(32).toString('base64url');
    const digest = digestOf(id);
    await this.rows.insert(digest, { sealed: this.seal(digest, person, tokens), expiresAt: new Date(now + this.ttlSeconds * 1000) });
    return id;
  }

  async find(id: string | undefined, now = Date.now()): Promise<Session | undefined> {
    if (id === undefined || !SESSION_ID.test(id)) return undefined;
    const digest = digestOf(id);
    return this.unseal(digest, await this.rows.find(digest, new Date(now)));
  }

  /** Replaces the session's tokens (after a refresh), keeping who it is and when it ends. */
  async saveTokens(id: string, tokens: Tokens, now = Date.now()): Promise<void> {
    const session = await this.find(id, now);
    if (session) await this.rows.reseal(digestOf(id), this.seal(digestOf(id), session.person, tokens));
  }

  /**
   * The session's access token, refreshed first when it is about to expire; undefined (signed
   * out) when there is no session or the provider refuses the refresh: the person signs in again.
   */
  async accessToken(id: string | undefined, refresh: (tokens: Tokens) => Promise<Tokens>, now = Date.now()): Promise<string | undefined> {
    const session = await this.find(id, now);
    if (!session || id === undefined) return undefined;
    if (session.tokens.accessExpiresAt - MARGIN_MS > now) return session.tokens.accessToken;
    let refreshing = this.refreshing.get(id);
    if (!refreshing) {
      refreshing = this.refreshed(id, session.tokens, refresh, now);
      this.refreshing.set(id, refreshing);
      void refreshing.catch(() => undefined).finally(() => this.refreshing.delete(id));
    }
    try {
      return (await refreshing).accessToken;
    } catch {
      await this.close(id);
      return undefined;
    }
  }

  /** Deletes the session; answers what it was, so that sign-out can end the provider's session too. */
  async close(id: string | undefined): Promise<Session | undefined> {
    if (id === undefined || !SESSION_ID.test(id)) return undefined;
    const digest = digestOf(id);
    return this.unseal(digest, await this.rows.delete(digest));
  }

  private async refreshed(id: string, tokens: Tokens, refresh: (tokens: Tokens) => Promise<Tokens>, now: number): Promise<Tokens> {
    const fresh = await refresh(tokens);
    await this.saveTokens(id, fresh, now);
    return fresh;
  }

  private seal(digest: string, person: SignedInPerson, tokens: Tokens): Buffer {
    return seal(this.key, Buffer.from(JSON.stringify({ person, tokens }), 'utf8'), `console-session:${digest}`);
  }

  private unseal(digest: string, row: SessionRow | undefined): Session | undefined {
    if (!row) return undefined;
    try {
      const { person, tokens } = JSON.parse(open(this.key, row.sealed, `console-session:${digest}`).toString('utf8')) as Session;
      return { person, tokens, expiresAt: row.expiresAt.getTime() };
    } catch {
      return undefined;
    }
  }
}
