import { isGrpcServiceError, ServiceError } from '@temporalio/client';
import { causeChain } from './cause-chain';

/** An engine a request needs, as `/health` names it. */
export type Dependency = 'temporal' | 'database';

const NAMES: Readonly<Record<Dependency, string>> = { temporal: 'Temporal', database: 'the database' };

/** How long a client waits before sending again: engines restart in seconds, and reconnects are quick. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * A request that could not reach an engine. A command may or may not have been taken: sent again
 * with the same Idempotency-Key, it runs once either way.
 */
export class DependencyUnavailable extends Error {
  constructor(readonly dependency: Dependency) {
    super(unavailableMessage(dependency));
    this.name = 'DependencyUnavailable';
  }
}

export function unavailableMessage(dependency: Dependency): string {
  return `${NAMES[dependency]} is unavailable; try again shortly (a command sent again with the same Idempotency-Key runs once)`;
}

/** gRPC's status codes of a server that is down, restarting or overloaded, not of a bad request. */
const GRPC = { DEADLINE_EXCEEDED: 4, RESOURCE_EXHAUSTED: 8, UNAVAILABLE: 14 } as const;
const UNREACHABLE = new Set<number>(Object.values(GRPC));

/** PostgreSQL's and node-postgres's ways of saying the server cannot be reached or is going down. */
const DATABASE_UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300']);
const DATABASE_UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|connection is closed/i;

/** Which engine an error says was out of reach, looking down its `cause` chain; undefined for any other error. */
export function unavailableDependency(error: unknown): Dependency | undefined {
  for (const current of causeChain(error)) {
    if (current instanceof DependencyUnavailable) return current.dependency;
    if (isGrpcServiceError(current)) return UNREACHABLE.has(current.code) ? 'temporal' : undefined;
    if (!(current instanceof ServiceError) && databaseUnreachable(current)) return 'database';
  }
  return undefined;
}

function databaseUnreachable(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  // SQLSTATE class 08: connection exceptions.
  if (typeof code === 'string' && (DATABASE_UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  return DATABASE_UNREACHABLE_MESSAGES.test(error.message);
}
