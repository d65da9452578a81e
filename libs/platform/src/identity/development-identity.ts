/*
 * What the embedded development provider (apps/identity) and its clients agree on. Production
 * points the API at the organization's own provider instead (README, "Sign-in").
 */

/** The issuer of the `dev` profile's provider; production must name its own (OIDC_ISSUER). */
export const DEVELOPMENT_ISSUER = 'http://127.0.0.1:3010';

/** The audience of the API's access tokens (OIDC_AUDIENCE): the resource the provider issues them for, so a URI. */
export const DEFAULT_AUDIENCE = 'urn:entente:api';

/**
 * A token for a named person without a browser: development and tests only. The provider
 * registers it only with IDENTITY_DEVELOPMENT_GRANT=true, which it refuses in production.
 */
export const DEVELOPMENT_GRANT_TYPE = 'urn:entente:params:grant-type:development-person';

/** The public client that may use the development grant, and nothing else. */
export const DEVELOPMENT_CLIENT_ID = 'entente-development';

/** The staff console's public client: authorization code with PKCE (issue 14 builds the console). */
export const CONSOLE_CLIENT_ID = 'entente-console';

/** Whom a development token speaks for; role and teams default to the person's entry in the provider's directory. */
export interface DevelopmentPerson {
  readonly sub: string;
  readonly role?: string;
  readonly teams?: readonly string[];
  readonly name?: string;
  /** Lifetime in seconds; the provider's default (8 hours) when absent. */
  readonly ttlSeconds?: number;
}

/** The token endpoint's form for a person, as the development grant reads it (`team` repeated). */
export function developmentGrantForm(person: DevelopmentPerson, audience: string): URLSearchParams {
  const form = new URLSearchParams({
    grant_type: DEVELOPMENT_GRANT_TYPE,
    client_id: DEVELOPMENT_CLIENT_ID,
    resource: audience,
    sub: person.sub,
  });
  if (person.role) form.set('role', person.role);
  if (person.name) form.set('name', person.name);
  if (person.ttlSeconds) form.set('ttl', String(person.ttlSeconds));
  for (const team of person.teams ?? []) form.append('team', team);
  return form;
}
