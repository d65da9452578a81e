import type { Actor, Team } from '@entente/domain';
import type { Request } from 'express';

/**
 * A request after `JwtAuthGuard`: the actor its bearer token proved, and the teams it belongs to.
 * Teams decide what the person may read; they are never recorded in events (the actor is).
 */
export type AuthenticatedRequest = Request & { actor?: Actor; teams?: readonly Team[] };
