import { PendingSignIns } from './pending-sign-ins';

const sign = { state: 's', nonce: 'n', codeVerifier: 'v', next: '/cases' };

describe('PendingSignIns', () => {
  it('gives a started sign-in back once, within ten minutes', () => {
    const pending = new PendingSignIns();
    const id = pending.put(sign, 0);
    expect(pending.take(id, 599_999)).toEqual(sign);
    expect(pending.take(id, 1)).toBeUndefined();
    expect(pending.take(pending.put(sign, 0), 600_000)).toBeUndefined();
    expect(pending.take(undefined)).toBeUndefined();
  });
});
