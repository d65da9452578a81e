import { Actor, isStaffRole, isTeam, type Team } from '@entente/domain';

/** Where a provider puts the Entente role and the teams (OIDC_ROLE_CLAIM, OIDC_TEAMS_CLAIM). */
export interface ClaimNames {
  readonly roleClaim: string;
  readonly teamsClaim: string;
}

/** The claims of the embedded development provider, and the API's defaults. */
export const DEFAULT_CLAIM_NAMES: ClaimNames = { roleClaim: 'role', teamsClaim: 'teams' };

/**
 * A claim by its name, or else by a dotted path into nested claims (Keycloak's
 * `realm_access.roles`). The whole name is tried first: namespaced claims are URLs with dots.
 */
export function claimAt(payload: Record<string, unknown>, name: string): unknown {
  if (name in payload) return payload[name];
  return name
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), payload);
}

/** A claim that is one string or a list of strings, as a list; anything else is not one. */
function strings(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/**
 * The one Entente role a token names, else why it names none. A provider's list holds other roles
 * too (Keycloak's `offline_access`): they are ignored, but two Entente roles are ambiguous.
 */
function roleFromClaims(payload: Record<string, unknown>, { roleClaim }: ClaimNames): string {
  const values = strings(claimAt(payload, roleClaim));
  if (!values) return `${roleClaim} must be a string or a list of strings`;
  const roles = [...new Set(values.filter(isStaffRole))];
  if (roles.length !== 1) return `${roleClaim} must name exactly one staff role, found ${roles.length}`;
  return roles[0]!;
}

/** The teams a verified token names (values that are no Entente team are ignored), or why it names none. */
export function teamsFromClaims(payload: Record<string, unknown>, names: ClaimNames = DEFAULT_CLAIM_NAMES): readonly Team[] | string {
  const values = strings(claimAt(payload, names.teamsClaim));
  if (!values) return `${names.teamsClaim} must be a string or a list of strings`;
  return [...new Set(values.filter(isTeam))];
}

/** The actor a verified token speaks for, or the reason it does not speak for one. */
export function actorFromClaims(payload: Record<string, unknown>, names: ClaimNames = DEFAULT_CLAIM_NAMES): Actor | string {
  const { sub } = payload;
  if (typeof sub !== 'string' || sub.trim() === '') return 'token has no subject (sub)';
  const role = roleFromClaims(payload, names);
  return isStaffRole(role) ? { id: sub, role } : role;
}
