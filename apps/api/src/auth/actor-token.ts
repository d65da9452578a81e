import { JwtService } from '@nestjs/jwt';
import { Actor, isTeam, Role, ROLES, Team, TEAMS } from '@entente/domain';

/** Roles a person can hold. `system` is the workflows' own clock and never signs in. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'system');

/** What an Entente token carries: `sub` is the actor id recorded in every event. */
export interface ActorClaims {
  readonly sub: string;
  readonly role: Role;
  readonly name?: string;
  /** The teams whose case types the person works; none for roles that work no team's cases. */
  readonly teams?: readonly Team[];
}

export interface TokenSettings {
  readonly jwtSecret: string;
  readonly jwtIssuer: string;
}

export const JWT_ALGORITHM = 'HS256';

/** The teams a verified token names, or the reason they are not teams. */
export function teamsFromClaims(payload: Record<string, unknown>): readonly Team[] | string {
  const { teams } = payload;
  if (teams === undefined) return [];
  if (!Array.isArray(teams) || !teams.every(isTeam)) return `token teams must be a list of ${TEAMS.join(', ')}`;
  return teams;
}

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
  for (const problem of [actorFromClaims({ ...claims }), teamsFromClaims({ ...claims })]) {
    if (typeof problem === 'string') throw new Error(problem);
  }
  return new JwtService({ secret: settings.jwtSecret }).sign(
    { ...claims },
    { algorithm: JWT_ALGORITHM, issuer: settings.jwtIssuer, expiresIn: ttlSeconds },
  );
}
