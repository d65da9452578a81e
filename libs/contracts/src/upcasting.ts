import type { EventEnvelope } from './envelope';

/** Turns an event of one schema version of a type into the next version. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: unknown): unknown;
}

/**
 * Reads any stored event as the current schema: applies the upcasters of its type one version at
 * a time. The stored bytes (and so the hash) stay as written; only the reader's view changes.
 */
export function upcastWith(upcasters: readonly Upcaster[]) {
  const byKey = new Map(upcasters.map((u) => [`${u.type}@${u.fromVersion}`, u]));
  return function upcast(envelope: EventEnvelope): EventEnvelope {
    let current = envelope;
    for (let next = byKey.get(keyOf(current)); next; next = byKey.get(keyOf(current))) {
      current = { ...current, schemaVersion: current.schemaVersion + 1, data: next.upcast(current.data) };
    }
    return current;
  };
}

function keyOf(envelope: EventEnvelope): string {
  return `${envelope.type}@${envelope.schemaVersion}`;
}

/** An event's data as a schema before `recordedAt` wrote it (each alternative of a union alike). */
export type BeforeRecordedAt<D> = D extends unknown ? Omit<D, 'recordedAt'> : never;

/**
 * Reads an event of a schema that gave a fact no instant of its own (`answeredAt`, `sentAt`...
 * was when staff recorded it) as the next one, which adds `recordedAt`: the same instant.
 */
export function recordedAsItHappened(type: string, fromVersion: number, factField: string): Upcaster {
  return instantCopied(type, fromVersion, 'recordedAt', factField);
}

/** Reads an event as the next schema, which adds the instant `added`: the one `from` held. */
export function instantCopied(type: string, fromVersion: number, added: string, from: string): Upcaster {
  return {
    type,
    fromVersion,
    upcast: (data) => {
      const written = data as Record<string, unknown>;
      return { ...written, [added]: written[from] };
    },
  };
}

/**
 * A record carried by an older run with `from` where today's code reads `to` (a renamed field of
 * a case's state, say): read with today's name; one already current is returned as it is.
 */
export function keyRenamed<T extends object>(record: T, from: string, to: keyof T & string): T {
  const written = record as Record<string, unknown>;
  if (!(from in written) || to in written) return record;
  const { [from]: value, ...rest } = written;
  return { ...rest, [to]: value } as T;
}
