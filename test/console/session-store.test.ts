import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@entente/persistence';
import { connectionUrlOf, enginesConfig } from '@entente/platform';
import { ConsoleConfig } from '../../apps/console/src/config/console.config';
import { SessionRows } from '../../apps/console/src/sign-in/session-rows';
import { SessionStore, type Tokens } from '../../apps/console/src/sign-in/session-store';

// The console's sessions on the real PostgreSQL, as the console's own role: sealed at rest, ended
// by expiry or sign-out, refused when altered. The browser's side (a restart of the console keeps
// people signed in) is in sign-in.console.test.ts.

const { databaseUrl } = enginesConfig();
const schema = `t_sessions_${randomUUID().slice(0, 8)}`;
const owner = new Client({ connectionString: databaseUrl });
const person = { sub: 'marc.bouchard', name: 'Marc Bouchard', role: 'case-officer', teams: ['dossiers'] };
const tokens = (accessToken: string, accessExpiresAt: number, refreshToken?: string): Tokens => ({
  accessToken,
  accessExpiresAt,
  refreshToken,
});
const key = randomBytes(32);
let rows: SessionRows;
let store: SessionStore;

beforeAll(async () => {
  await runMigrations(databaseUrl, schema);
  await owner.connect();
  rows = await SessionRows.connect(connectionUrlOf(new ConsoleConfig(process.env)), schema);
  store = new SessionStore(rows, key, 60);
});

afterAll(async () => {
  await rows?.onModuleDestroy();
  await owner.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await owner.end();
});

const stored = async () =>
  (await owner.query<{ id_digest: string; sealed: Buffer }>(`SELECT id_digest, sealed FROM "${schema}".console_session`)).rows;

describe('the console session store', () => {
  it('keeps a session until it expires, then prunes it; a second store with the same key reads it', async () => {
    const id = await store.open(person, tokens('eyJ.secret-access', 3_600_000, 'secret-refresh'), 0);
    expect(await new SessionStore(rows, key, 60).find(id, 59_999)).toEqual({
      person,
      tokens: tokens('eyJ.secret-access', 3_600_000, 'secret-refresh'),
      expiresAt: 60_000,
    });
    expect(await store.find(id, 60_000)).toBeUndefined();
    // Nothing of the cookie, the person or the tokens is in the table as written.
    const [row] = await stored();
    expect(row!.sealed.toString('latin1')).not.toMatch(/secret|Marc|marc\.bouchard/);
    expect((await stored()).map((r) => r.id_digest)).not.toContain(id);
    await store.open(person, tokens('later', 3_600_000), 120_000);
    expect(await store.find(id, 1)).toBeUndefined();
    expect((await stored()).length).toBe(1);
  });

  it('ends a session at sign-out, answering who it was', async () => {
    const id = await store.open(person, tokens('token', 3_600_000));
    expect((await store.close(id))?.person).toEqual(person);
    expect(await store.find(id)).toBeUndefined();
    expect(await store.close(id)).toBeUndefined();
  });

  it('refuses an unknown id, a malformed one, a row altered or sealed under another key', async () => {
    const id = await store.open(person, tokens('token', 3_600_000));
    expect(await store.find(undefined)).toBeUndefined();
    expect(await store.find('not-a-session-id')).toBeUndefined();
    expect(await store.find(randomBytes(32).toString('base64url'))).toBeUndefined();
    expect(await new SessionStore(rows, randomBytes(32), 60).find(id)).toBeUndefined();
    await owner.query(`UPDATE "${schema}".console_session SET sealed = overlay(sealed placing '\\xff' from 20 for 1)`);
    expect(await store.find(id)).toBeUndefined();
  });

  it('refreshes an expiring access token once for the requests that need it, and stores the new one', async () => {
    const store = new SessionStore(rows, key, 3600);
    const id = await store.open(person, tokens('old', 100_000, 'refresh'), 0);
    const refresh = jest.fn(async (old: Tokens) => tokens(`new after ${old.accessToken}`, 1_000_000, old.refreshToken));
    expect(await store.accessToken(id, refresh, 10_000)).toBe('old');
    const both = await Promise.all([store.accessToken(id, refresh, 80_000), store.accessToken(id, refresh, 80_000)]);
    expect(both).toEqual(['new after old', 'new after old']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect((await store.find(id, 80_000))?.tokens.accessToken).toBe('new after old');
  });

  it('signs the person out when the provider refuses the refresh', async () => {
    const store = new SessionStore(rows, key, 3600);
    const id = await store.open(person, tokens('old', 100_000), 0);
    expect(await store.accessToken(id, () => Promise.reject(new Error('invalid_grant')), 90_000)).toBeUndefined();
    expect(await store.find(id, 1)).toBeUndefined();
  });
});
