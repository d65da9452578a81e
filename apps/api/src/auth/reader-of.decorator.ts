import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor, Team } from '@entente/domain';
import type { AuthenticatedRequest } from './authenticated-request';

/** The signed-in person and their teams, for a read whose answer depends on both (their work queue). */
export interface Reader {
  readonly actor: Actor;
  readonly teams: readonly Team[];
}

export const ReaderOf = createParamDecorator((_: unknown, context: ExecutionContext): Reader => {
  const { actor, teams = [] } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!actor) throw new Error('a route that reads its caller must sit behind JwtAuthGuard');
  return { actor, teams };
});
