import { SessionStore } from './session-store';

const person = { sub: 'marc.bouchard', name: 'Marc Bouchard', role: 'case-officer', teams: [] };

describe('SessionStore', () => {
  it('finds an open session until it expires or closes', () => {
    const store = new SessionStore(60);
    const id = store.open(person, 'token', 0);
    expect(store.find(id, 59_999)?.accessToken).toBe('token');
    expect(store.find(id, 60_000)).toBeUndefined();
    const other = store.open(person, 'token', 0);
    store.close(other);
    expect(store.find(other, 1)).toBeUndefined();
    expect(store.find(undefined)).toBeUndefined();
  });
});
