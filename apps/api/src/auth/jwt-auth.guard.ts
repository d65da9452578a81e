import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { actorFromClaims, teamsFromClaims } from './actor-token';
import type { AuthenticatedRequest } from './authenticated-request';
import { Public } from './public.decorator';

/** Global: every route needs `Authorization: Bearer <JWT>` unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride(Public, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedException('missing bearer token');
    const claims = await this.verify(token);
    const actor = actorFromClaims(claims);
    if (typeof actor === 'string') throw new UnauthorizedException(actor);
    const teams = teamsFromClaims(claims);
    if (typeof teams === 'string') throw new UnauthorizedException(teams);
    request.actor = actor;
    request.teams = teams;
    return true;
  }

  /** Algorithm and issuer come from JwtModule's verifyOptions (see AuthModule). */
  private async verify(token: string): Promise<Record<string, unknown>> {
    try {
      return await this.jwt.verifyAsync<Record<string, unknown>>(token);
    } catch (error) {
      throw new UnauthorizedException(`invalid token: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
