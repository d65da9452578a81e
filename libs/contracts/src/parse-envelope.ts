import { isCaseType } from './case-types';
import type { EventEnvelope } from './envelope';

/** A message that is not an event envelope. Never skipped: the batch stops until someone looks. */
export class MalformedEvent extends Error {
  override readonly name = 'MalformedEvent';
}

/** Reads a message value as written by the publishing activity (JSON of the envelope). */
export function parseEnvelope(value: Buffer | null): EventEnvelope {
  if (!value) throw new MalformedEvent('message has no value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch {
    throw new MalformedEvent('message value is not JSON');
  }
  const problem = problemWith(parsed as Record<string, unknown>);
  if (problem) throw new MalformedEvent(`not an event envelope: ${problem}`);
  return parsed as EventEnvelope;
}

function problemWith(e: Record<string, unknown> | null): string | null {
  if (typeof e !== 'object' || e === null) return 'not an object';
  const texts = ['eventId', 'caseId', 'type', 'occurredAt', 'correlationId', 'hash'] as const;
  const missing = texts.find((field) => typeof e[field] !== 'string');
  if (missing) return `${missing} must be a string`;
  if (typeof e.caseType !== 'string' || !isCaseType(e.caseType)) return `unknown caseType ${String(e.caseType)}`;
  if (!Number.isInteger(e.sequence) || (e.sequence as number) < 1) return 'sequence must be an integer >= 1';
  if (!Number.isInteger(e.schemaVersion)) return 'schemaVersion must be an integer';
  const actor = e.actor as Record<string, unknown> | null;
  if (typeof actor?.id !== 'string' || typeof actor.role !== 'string') return 'actor must have an id and a role';
  if (e.previousHash !== null && typeof e.previousHash !== 'string') return 'previousHash must be a string or null';
  if (e.data === undefined) return 'data is missing';
  return null;
}
