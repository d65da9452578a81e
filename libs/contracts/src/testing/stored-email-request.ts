import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEnvelope } from '../envelope';

// Test support, not exported from ../index.ts (it reads a file).

/**
 * A whole e-mail request (received, breached, assigned, answered late) exactly as the dev stack's
 * worker published it while `EmailRequestReceived` was at schema 1: one Kafka message value per
 * line, byte for byte, taken from the publishing activity's input recorded in
 * test/workflows/histories/email-request/answered-after-breach.json.
 */
export const STORED_V1_EMAIL_REQUEST = join(__dirname, 'email-request-answered-after-breach.v1.jsonl');

export interface StoredCase {
  /** The message values as stored. */
  readonly values: readonly string[];
  readonly envelopes: readonly EventEnvelope[];
}

export function readStoredCase(file: string): StoredCase {
  const values = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
  return { values, envelopes: values.map((value) => JSON.parse(value) as EventEnvelope) };
}
