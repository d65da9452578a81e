import { createHash } from 'node:crypto';
import type { Sha256Hex } from '@entente/contracts';

/** OpenSSL's SHA-256, for Node processes that verify many events: the workflow's digest, faster. */
export const nativeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
