import { CanActivate, ExecutionContext, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConfig } from '../config/api.config';
import { correlationIdOf } from '../http/correlation-id';
import { actorFromClaims, teamsFromClaims, type ClaimNames } from './actor-token';
import type { AuthenticatedRequest } from './authenticated-request';
import { Public } from './public.decorator';
import { TokenVerifier } from './token-verifier';

/** The one answer to every refused or missing token: why is for the log, not for the caller. */
export const UNAUTHENTICATED = 'a valid bearer token is required';

/**
 * Global: every route needs `Authorization: Bearer <access token>` from the configured issuer
 * unless marked `@Public()`. Sets `request.actor` (recorded in events) and `request.teams`
 * (what the person may read; never recorded).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly logger = new Logger('JwtAuthGuard');
  private readonly claimNames: ClaimNames;

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    config: ApiConfig,
  ) {
    this.claimNames = { roleClaim: config.oidcRoleClaim, teamsClaim: config.oidcTeamsClaim };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride(Public, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return this.refuse(request, 'missing bearer token');
    const verification = await this.verifier.verify(token);
    if ('refused' in verification) return this.refuse(request, verification.refused);
    const actor = actorFromClaims(verification.claims, this.claimNames);
    if (typeof actor === 'string') return this.refuse(request, actor);
    const teams = teamsFromClaims(verification.claims, this.claimNames);
    if (typeof teams === 'string') return this.refuse(request, teams);
    request.actor = actor;
    request.teams = teams;
    return true;
  }

  /** Logs why (never the token) under the request's correlation id, and answers the generic 401. */
  private refuse(request: AuthenticatedRequest, reason: string): never {
    this.logger.warn({ message: 'authentication refused', reason, correlationId: correlationIdOf(request) });
    throw new UnauthorizedException(UNAUTHENTICATED);
  }
}
