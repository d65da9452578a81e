import { ttlSeconds } from './mint-token';

describe('mint-token --ttl', () => {
  it.each([
    ['900', 900],
    ['90s', 90],
    ['15m', 900],
    ['8h', 28800],
    ['2d', 172800],
  ])('reads %s as %d seconds', (ttl, seconds) => {
    expect(ttlSeconds(ttl)).toBe(seconds);
  });

  it.each(['0', '-5m', '8 hours', '1w', ''])('refuses %j', (ttl) => {
    expect(() => ttlSeconds(ttl)).toThrow('--ttl');
  });
});
