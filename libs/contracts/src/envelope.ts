import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Actor } from '@entente/domain';
import { canonicalJson } from './canonical-json';
import type { CaseType } from './case-types';

/**
 * The wire format of every domain event. Built inside the workflow (pure JS hashing, no Node
 * crypto, so it runs in Temporal's sandbox) and never changed afterwards.
 */
export interface EventEnvelope<Data = unknown> {
  readonly eventId: string;
  readonly caseId: string;
  readonly caseType: CaseType;
  readonly sequence: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly data: Data;
  readonly previousHash: string | null;
  readonly hash: string;
}

export type UnsealedEnvelope<Data = unknown> = Omit<EventEnvelope<Data>, 'hash'>;

/** The chain position a new event is sealed after: nothing yet, or the case's last event. */
export interface ChainHead {
  readonly sequence: number;
  readonly hash: string | null;
}

export const GENESIS: ChainHead = { sequence: 0, hash: null };

export function eventIdOf(caseId: string, sequence: number): string {
  return `${caseId}:${sequence}`;
}

/** SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
export type Sha256Hex = (text: string) => string;

/** Pure JS, so that it runs in the workflow sandbox; Node processes may pass their native one. */
export const portableSha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

export function hashOf(envelope: UnsealedEnvelope, sha256Hex: Sha256Hex = portableSha256Hex): string {
  return sha256Hex(canonicalJson(envelope));
}

export interface EventToSeal {
  readonly caseId: string;
  readonly caseType: CaseType;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly data: unknown;
}

/** Gives each event its sequence number, deterministic id and a hash chained to the one before. */
export function seal(head: ChainHead, events: readonly EventToSeal[]): EventEnvelope[] {
  const sealed: EventEnvelope[] = [];
  let previous = head;
  for (const event of events) {
    const sequence = previous.sequence + 1;
    const unsealed: UnsealedEnvelope = {
      ...event,
      eventId: eventIdOf(event.caseId, sequence),
      sequence,
      previousHash: previous.hash,
    };
    const envelope = { ...unsealed, hash: hashOf(unsealed) };
    sealed.push(envelope);
    previous = { sequence, hash: envelope.hash };
  }
  return sealed;
}

export function headOf(envelopes: readonly EventEnvelope[], fallback: ChainHead = GENESIS): ChainHead {
  const last = envelopes[envelopes.length - 1];
  return last ? { sequence: last.sequence, hash: last.hash } : fallback;
}
