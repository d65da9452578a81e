import type { ResourceServer } from 'oidc-provider';

const EIGHT_HOURS = 8 * 3600;

/** The API as a resource server: its access tokens are JWTs for its audience, signed ES256, for a working day. */
export function apiResourceServer(audience: string): ResourceServer {
  return { scope: 'cases', audience, accessTokenTTL: EIGHT_HOURS, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } };
}
