import { ed25519 } from '@noble/curves/ed25519';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { verifiesWith } from './command-proof';

// The workflows' check on a key decoded once must answer exactly as the library's own `verify`,
// for valid proofs and for every way a proof can be wrong.

const secretKey = ed25519.utils.randomSecretKey();
const publicHex = bytesToHex(ed25519.getPublicKey(secretKey));
const otherHex = bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey()));
const L = ed25519.Point.Fn.ORDER;

function signedHex(message: string): string {
  return bytesToHex(ed25519.sign(utf8ToBytes(message), secretKey));
}

function libraryVerifies(keyHex: string, message: string, signatureHex: string): boolean {
  try {
    return ed25519.verify(signatureHex, utf8ToBytes(message), keyHex);
  } catch {
    return false;
  }
}

/** S replaced by `s` (little-endian), R kept. */
function withS(signatureHex: string, s: bigint): string {
  const bytes = new Uint8Array(32);
  for (let i = 0, rest = s; i < 32; i++, rest >>= 8n) bytes[i] = Number(rest & 0xffn);
  return signatureHex.slice(0, 64) + bytesToHex(bytes);
}

/** One hex digit of the signature changed. */
function flipped(signatureHex: string, at: number): string {
  const digit = ((parseInt(signatureHex[at]!, 16) + 1) % 16).toString(16);
  return signatureHex.slice(0, at) + digit + signatureHex.slice(at + 1);
}

const messages = Array.from({ length: 40 }, (_, i) => `{"proves":"update","updateId":"k-${i}","request":{"n":${i * 7919}}}`);
const identityPointHex = bytesToHex(ed25519.Point.ZERO.toBytes());

describe('verifiesWith', () => {
  it('accepts a proof the key made, as the library does', () => {
    for (const message of messages) {
      const signature = signedHex(message);
      expect(verifiesWith(publicHex, message, signature)).toBe(true);
      expect(libraryVerifies(publicHex, message, signature)).toBe(true);
    }
  });

  it('refuses what the library refuses: another message, another key, any digit changed', () => {
    const cases: Array<[string, string, string]> = [];
    messages.forEach((message, i) => {
      const signature = signedHex(message);
      cases.push([publicHex, `${message} `, signature]);
      cases.push([otherHex, message, signature]);
      cases.push([publicHex, message, flipped(signature, (i * 13) % 128)]);
      cases.push([publicHex, message, flipped(signature, 64 + (i % 64))]);
    });
    for (const [key, message, signature] of cases) {
      expect(verifiesWith(key, message, signature)).toBe(false);
      expect(libraryVerifies(key, message, signature)).toBe(false);
    }
  });

  it('answers as the library for S at and beyond the group order, and for S + L', () => {
    const message = messages[0]!;
    const signature = signedHex(message);
    const s = BigInt(`0x${signature.slice(64).match(/../g)!.reverse().join('')}`);
    for (const other of [L, L + 1n, s + L, 2n ** 256n - 1n, 0n]) {
      const changed = withS(signature, other);
      expect(verifiesWith(publicHex, message, changed)).toBe(libraryVerifies(publicHex, message, changed));
      expect(verifiesWith(publicHex, message, changed)).toBe(false);
    }
  });

  it('answers as the library for small-order points in the key or in R', () => {
    const message = messages[1]!;
    const forged = identityPointHex + '00'.repeat(32);
    expect(verifiesWith(identityPointHex, message, forged)).toBe(libraryVerifies(identityPointHex, message, forged));
    const signature = signedHex(message);
    const smallR = identityPointHex + signature.slice(64);
    expect(verifiesWith(publicHex, message, smallR)).toBe(libraryVerifies(publicHex, message, smallR));
  });

  it('is a failed proof, never an exception, for a malformed key or signature', () => {
    const message = messages[2]!;
    const signature = signedHex(message);
    expect(verifiesWith(undefined, message, signature)).toBe(false);
    expect(verifiesWith('zz', message, signature)).toBe(false);
    expect(verifiesWith(publicHex.slice(2), message, signature)).toBe(false);
    expect(verifiesWith(publicHex, message, 'not hex')).toBe(false);
    expect(verifiesWith(publicHex, message, signature.slice(2))).toBe(false);
    expect(verifiesWith(publicHex, message, `${signature}00`)).toBe(false);
    expect(verifiesWith(publicHex, message, 'ff'.repeat(64))).toBe(false);
  });
});
