import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@entente/domain';
import type { AuthenticatedRequest } from './authenticated-request';

/** The signed-in reader, for a read whose answer depends on who asks (sealed scores, say). */
export const ActorOf = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('a route that reads its caller must sit behind JwtAuthGuard');
  return request.actor;
});
