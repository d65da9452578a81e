import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenCommand } from '@entente/domain';
import type { AuthenticatedRequest } from './authenticated-request';
import { CommandPermissionKey } from './issues-command.decorator';
import { UNAUTHENTICATED } from './jwt-auth.guard';

/**
 * Global, after `JwtAuthGuard`: a route marked `@CommandRoute` (through `IssuesCommand`) is refused with the domain's own
 * `ForbiddenCommand` (403, "auditor may not issue AssignEmailRequest") when the role may not send it.
 */
@Injectable()
export class CommandPermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const permission = this.reflector.get(CommandPermissionKey, context.getHandler());
    if (!permission) return true;
    const { actor } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!actor) throw new UnauthorizedException(UNAUTHENTICATED);
    if (!permission.allows(actor.role)) throw new ForbiddenCommand(actor.role, permission.commandType);
    return true;
  }
}
