import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@entente/domain';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { correlationIdOf } from '../http/correlation-id';

/** Who reads, through which route, under which correlation id: what the journal records of a read. */
export interface ReadContext {
  readonly actor: Actor;
  readonly route: string;
  readonly correlationId: string;
}

export function readContextOf(request: AuthenticatedRequest): ReadContext {
  if (!request.actor) throw new Error('a journaled read must sit behind JwtAuthGuard');
  const path = (request.route as { path?: string } | undefined)?.path ?? request.path;
  return { actor: request.actor, route: `${request.method} ${path}`, correlationId: correlationIdOf(request) };
}

export const ReadContextOf = createParamDecorator((_: unknown, context: ExecutionContext): ReadContext =>
  readContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
