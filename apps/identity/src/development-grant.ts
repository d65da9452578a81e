import Provider, { errors, type KoaContextWithOIDC } from 'oidc-provider';
import { DEVELOPMENT_GRANT_TYPE } from '@entente/platform';
import { apiResourceServer } from './api-resource';
import { developmentPerson, type StaffMember } from './staff-directory';

/** The longest development token: a working week. */
const MAX_TTL_SECONDS = 7 * 86_400;

/** Who each development token was issued for, read back when the provider adds its claims. */
export type RequestedPeople = WeakMap<object, StaffMember>;

const one = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const many = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : one(value) ? [one(value)!] : [];

function ttlOf(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const ttl = Number(raw);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS)
    throw new errors.InvalidRequest(`ttl must be 1 to ${MAX_TTL_SECONDS} seconds`);
  return ttl;
}

/**
 * A grant that issues an access token for a named person without a browser: `npm run token`,
 * the seeds, the benchmarks and the tests use it. Registered only when the configuration enables
 * it, which production refuses; only the development client may use it.
 */
export function registerDevelopmentGrant(provider: Provider, audience: string, requested: RequestedPeople): void {
  const handler = async (ctx: KoaContextWithOIDC): Promise<void> => {
    const params = ctx.oidc.params as Record<string, unknown>;
    const person = developmentPerson({ sub: one(params.sub), role: one(params.role), teams: many(params.team), name: one(params.name) });
    if (typeof person === 'string') throw new errors.InvalidRequest(person);
    if ((one(params.resource) ?? audience) !== audience) throw new errors.InvalidTarget(`resource must be ${audience}`);
    const resourceServer = new provider.ResourceServer(audience, apiResourceServer(audience));
    const client = ctx.oidc.client!;
    const grant = new provider.Grant({ accountId: person.sub, clientId: client.clientId });
    grant.addResourceScope(audience, resourceServer.scope);
    const token = new provider.AccessToken({
      accountId: person.sub,
      client,
      grantId: await grant.save(),
      gty: DEVELOPMENT_GRANT_TYPE,
      scope: resourceServer.scope,
      resourceServer,
      expiresIn: ttlOf(params.ttl),
    });
    requested.set(token, person);
    ctx.body = { access_token: await token.save(), token_type: 'Bearer', expires_in: token.expiration, scope: token.scope };
  };
  provider.registerGrantType(DEVELOPMENT_GRANT_TYPE, handler, ['sub', 'role', 'team', 'name', 'ttl', 'resource'], ['team']);
}
