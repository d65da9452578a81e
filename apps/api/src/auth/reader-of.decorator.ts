import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Person } from '@entente/domain';
import type { AuthenticatedRequest } from './authenticated-request';

/** The signed-in person with their teams: what the read policy scopes, and what "mine" and "team" mean. */
export function personOf(request: AuthenticatedRequest): Person {
  if (!request.actor) throw new Error('a route that reads its caller must sit behind JwtAuthGuard');
  return { ...request.actor, teams: request.teams ?? [] };
}

/** The signed-in reader, for a read whose answer depends on who asks (scope, masking, sealed scores, their queue). */
export const ReaderOf = createParamDecorator((_: unknown, context: ExecutionContext): Person =>
  personOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
