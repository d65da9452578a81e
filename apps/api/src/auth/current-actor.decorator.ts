import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@entente/domain';
import type { Request } from 'express';

export type AuthenticatedRequest = Request & { actor?: Actor };

/** The actor `JwtAuthGuard` verified. Only on routes that are not `@Public()`. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | undefined => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
});
