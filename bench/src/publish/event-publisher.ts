import { readFileSync } from 'node:fs';
import type { Message } from 'kafkajs';
import type { EventEnvelope } from '@entente/contracts';
import type { BenchEngines } from '../engines';
import { fromRoot } from '../paths';

/** One call of the publishing activity: a command's events, and the same events as the bytes the activity sends. */
export interface PublishBatch {
  readonly envelopes: readonly EventEnvelope[];
  readonly messages: readonly Message[];
}

/**
 * The small interface every client is measured behind: idempotent, acks from all in-sync
 * replicas, keys placed where kafkajs places them, each call resolved once the broker has acked.
 */
export interface EventPublisher {
  publish(topic: string, batch: PublishBatch): Promise<void>;
  close(): Promise<void>;
}

export interface PublisherKind {
  readonly name: string;
  open(engines: BenchEngines): Promise<EventPublisher>;
}

/** A client that cannot be loaded here (its native build failed, say): reported, not fatal. */
export class ClientUnavailable extends Error {
  override readonly name = 'ClientUnavailable';
}

/** Loads a benchmark-only package from bench/node_modules, or says why it cannot. */
export async function loadClient<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ClientUnavailable(`${reason} (bench/run.sh installs it; its build log is .entente/bench/logs/bench-install.log)`);
  }
}

type Manifest = Record<string, Record<string, string> | undefined>;

/** The exact version pinned in bench/package.json or the root package.json, for the table. */
export function pinnedVersion(name: string): string {
  const manifests = [fromRoot('bench', 'package.json'), fromRoot('package.json')].map(
    (file) => JSON.parse(readFileSync(file, 'utf8')) as Manifest,
  );
  return manifests.map((m) => m.dependencies?.[name] ?? m.optionalDependencies?.[name]).find(Boolean) ?? '?';
}
