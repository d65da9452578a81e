import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/*
 * AES-256-GCM as every key of Entente uses it: a fresh 96-bit nonce per message, written before
 * the ciphertext, and the 128-bit tag after it. The associated data binds a ciphertext to what it
 * belongs to (a case's id), so a ciphertext moved to another case fails to open.
 */

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

export function seal(key: Buffer, plaintext: Uint8Array, associated: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Throws when the key, the associated data or a single bit of `sealed` is not what sealed it. */
export function open(key: Buffer, sealed: Uint8Array, associated: string): Buffer {
  const bytes = Buffer.from(sealed);
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new Error('sealed data too short');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}
