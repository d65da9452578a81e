import { JwtService } from '@nestjs/jwt';
import { Actor, Role, ROLES } from '@entente/domain';

/** Roles a person can hold. `system` is the workflows' own clock and never signs in. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'system');

/** What an Entente token carries: `sub` is the actor id recorded in every event. */
export interface ActorClaims {
  readonly sub: string;
  readonly role: Role;
  readonly name?: string;
}

export interface TokenSettings {
  readonly jwtSecret: string;
  readonly jwtIssuer: string;
}

export const JWT_ALGORITHM = 'HS256';

/** The actor a verified token speaks for, or the reason it does not speak for one. */
export function actorFromClaims(payload: Record<string, unknown>): Actor | string {
  const { sub, role, name } = payload;
  if (typeof sub !== 'string' || sub.trim() === '') return 'token has no subject (sub)';
  if (typeof role !== 'string' || !(STAFF_ROLES as readonly string[]).includes(role)) {
    return `token role must be one of ${STAFF_ROLES.join(', ')}`;
  }
  if (name !== undefined && typeof name !== 'string') return 'token name must be a string';
  return { id: sub, role: role as Role };
}

/** Signs a token the API accepts; used by the development CLI and by end-to-end tests. */
export function signActorToken(settings: TokenSettings, claims: ActorClaims, ttlSeconds = 8 * 3600): string {
  const problem = actorFromClaims({ ...claims });
  if (typeof problem === 'string') throw new Error(problem);
  return new JwtService({ secret: settings.jwtSecret }).sign(
    { ...claims },
    { algorithm: JWT_ALGORITHM, issuer: settings.jwtIssuer, expiresIn: ttlSeconds },
  );
}
