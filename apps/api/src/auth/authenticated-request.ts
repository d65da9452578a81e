import type { Actor } from '@entente/domain';
import type { Request } from 'express';

/** A request after `JwtAuthGuard`: the actor its bearer token proved. */
export type AuthenticatedRequest = Request & { actor?: Actor };
