import { randomBytes } from 'node:crypto';
import { EnvelopeCaseKeyStore, InMemoryWrappedKeyTable, LocalKeyWrapper } from './case-key-store';

const CASE_ID = 'c0ffee00-0000-4000-8000-000000000001';

/** Two processes' stores on one table and one key-encryption key, on a clock the test moves. */
function setUp() {
  const table = new InMemoryWrappedKeyTable();
  const wrapper = new LocalKeyWrapper(randomBytes(32));
  let now = 0;
  const clock = () => now;
  const store = new EnvelopeCaseKeyStore(table, wrapper, clock);
  const elsewhere = new EnvelopeCaseKeyStore(table, wrapper, clock);
  // A reader that keeps no cache, on the same clock: as the API's reads are.
  const uncached = new EnvelopeCaseKeyStore(table, wrapper, clock, 0);
  return { table, store, elsewhere, uncached, advance: (ms: number) => (now += ms) };
}

describe('EnvelopeCaseKeyStore', () => {
  it('creates a 32-byte key once per case and stores it wrapped, never in clear', async () => {
    const { table, store } = setUp();
    const key = await store.dataKey(CASE_ID);
    expect(key).toHaveLength(32);
    expect(await store.dataKey(CASE_ID)).toEqual(key);
    expect(await store.dataKey('another-case')).not.toEqual(key);
    expect(table.rows.get(CASE_ID)!.includes(key)).toBe(false);
  });

  it('uses the key stored first when another process created one meanwhile', async () => {
    const { store, elsewhere } = setUp();
    const [mine, theirs] = await Promise.all([store.dataKey(CASE_ID), elsewhere.dataKey(CASE_ID)]);
    expect(mine).toEqual(theirs);
  });

  it('destroys a key: gone from the table at once, and from a cache elsewhere within a minute', async () => {
    const { table, store, elsewhere, advance } = setUp();
    const key = await store.dataKey(CASE_ID);
    expect(await elsewhere.existingKey(CASE_ID)).toEqual(key);
    await store.destroy(CASE_ID);
    expect(table.rows.has(CASE_ID)).toBe(false);
    expect(await store.existingKey(CASE_ID)).toBeUndefined();
    // Another process's cache may still serve it for a moment: the documented bound.
    expect(await elsewhere.existingKey(CASE_ID)).toEqual(key);
    advance(60_001);
    expect(await elsewhere.existingKey(CASE_ID)).toBeUndefined();
  });

  it('sees a key destroyed elsewhere at once when it keeps no cache, as the API’s reads do', async () => {
    const { store, uncached } = setUp();
    const key = await store.dataKey(CASE_ID);
    expect(await uncached.existingKey(CASE_ID)).toEqual(key);
    await store.destroy(CASE_ID);
    expect(await uncached.existingKey(CASE_ID)).toBeUndefined();
  });

  it('refuses a wrapped key under another case id or another key-encryption key', async () => {
    const { table, store } = setUp();
    await store.dataKey(CASE_ID);
    table.rows.set('moved', table.rows.get(CASE_ID)!);
    await expect(store.existingKey('moved')).rejects.toThrow();
    const stranger = new EnvelopeCaseKeyStore(table, new LocalKeyWrapper(randomBytes(32)));
    await expect(stranger.existingKey(CASE_ID)).rejects.toThrow();
  });
});
