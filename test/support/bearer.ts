import type { INestApplication } from '@nestjs/common';
import { DevelopmentTokens, type DevelopmentPerson } from '@entente/platform';
import { ApiConfig } from '../../apps/api/src';

const tokensOf = new WeakMap<INestApplication, DevelopmentTokens>();

/**
 * An Authorization header the API under test accepts: a token from the provider it trusts (the
 * test profile's, which global-setup starts), asked once per person and app. Synchronous, for
 * supertest's `.set()`.
 */
export function bearerFor(api: INestApplication, person: DevelopmentPerson): string {
  let tokens = tokensOf.get(api);
  if (!tokens) {
    const { oidcIssuer, oidcAudience } = api.get(ApiConfig);
    tokensOf.set(api, (tokens = new DevelopmentTokens(oidcIssuer, oidcAudience)));
  }
  return `Bearer ${tokens.tokenSync(person)}`;
}
