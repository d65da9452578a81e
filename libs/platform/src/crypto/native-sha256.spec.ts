import { portableSha256Hex } from '@entente/contracts';
import { nativeSha256Hex } from './native-sha256';

describe('nativeSha256Hex', () => {
  it.each(['', 'abc', '{"name":"Émilie « Côté »","emoji":"🇶🇨"}', 'x'.repeat(100_000)])('gives the portable digest of %#', (text) => {
    expect(nativeSha256Hex(text)).toBe(portableSha256Hex(text));
  });

  it('is SHA-256', () => {
    expect(nativeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
