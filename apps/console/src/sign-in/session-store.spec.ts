import { SessionStore, type Tokens } from './session-store';

const person = { sub: 'marc.bouchard', name: 'Marc Bouchard', role: 'case-officer', teams: [] };
const tokens = (accessToken: string, accessExpiresAt: number, refreshToken?: string): Tokens => ({
  accessToken,
  accessExpiresAt,
  refreshToken,
});

describe('SessionStore', () => {
  it('finds an open session until it expires or closes', () => {
    const store = new SessionStore(60);
    const id = store.open(person, tokens('token', 3_600_000), 0);
    expect(store.find(id, 59_999)?.tokens.accessToken).toBe('token');
    expect(store.find(id, 60_000)).toBeUndefined();
    const other = store.open(person, tokens('token', 3_600_000), 0);
    expect(store.close(other)?.person).toEqual(person);
    expect(store.find(other, 1)).toBeUndefined();
    expect(store.find(undefined)).toBeUndefined();
  });

  it('refreshes an expiring access token once for the requests that need it', async () => {
    const store = new SessionStore(3600);
    const id = store.open(person, tokens('old', 100_000, 'refresh'), 0);
    const refresh = jest.fn(async (old: Tokens) => tokens(`new after ${old.accessToken}`, 1_000_000, old.refreshToken));
    expect(await store.accessToken(id, refresh, 10_000)).toBe('old');
    const both = await Promise.all([store.accessToken(id, refresh, 80_000), store.accessToken(id, refresh, 80_000)]);
    expect(both).toEqual(['new after old', 'new after old']);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('signs the person out when the provider refuses the refresh', async () => {
    const store = new SessionStore(3600);
    const id = store.open(person, tokens('old', 100_000), 0);
    expect(await store.accessToken(id, () => Promise.reject(new Error('invalid_grant')), 90_000)).toBeUndefined();
    expect(store.find(id, 90_000)).toBeUndefined();
  });
});
