import { DEVELOPMENT_ISSUER } from '@entente/platform';
import { ApiConfig } from './api.config';

/** What production must set: its own database passwords and its issuer. */
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://entente_migrations:s3cret@db.internal:5432/entente',
  API_DATABASE_PASSWORD: 'an0ther-s3cret',
  OIDC_ISSUER: 'https://login.example.gouv.qc.ca/realms/entente',
  // Read when the API boots, not here: a file that need not exist for the configuration.
  COMMAND_SIGNING_KEY: '/run/secrets/command-signing-key.pem',
  EVALUATION_LINK_SECRET: 'a-production-secret-of-at-least-32-characters',
};

describe('ApiConfig', () => {
  it('has development defaults', () => {
    const config = new ApiConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      docs: true,
      oidcIssuer: DEVELOPMENT_ISSUER,
      oidcAudience: 'urn:entente:api',
      oidcRoleClaim: 'role',
      oidcTeamsClaim: 'teams',
      databaseUser: 'entente_api',
      databasePassword: 'entente_api',
      databaseSchema: 'public',
      temporalNamespace: 'default',
      commandTimeoutMs: 5000,
    });
    expect(config.oidcJwksUri).toBeUndefined();
  });

  it('reads the environment', () => {
    const config = new ApiConfig({
      API_PORT: '8080',
      API_HOST: '0.0.0.0',
      DATABASE_SCHEMA: 'audit_1',
      TEMPORAL_TASK_QUEUE: 'q',
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      OIDC_JWKS_URI: 'https://login.example.org/keys',
      COMMAND_TIMEOUT_MS: '250',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseSchema: 'audit_1',
      temporalTaskQueue: 'q',
      oidcRoleClaim: 'realm_access.roles',
      oidcJwksUri: 'https://login.example.org/keys',
      commandTimeoutMs: 250,
    });
  });

  it('boots in production on production values, with /docs off unless asked for', () => {
    expect(new ApiConfig(PRODUCTION)).toMatchObject({ host: '127.0.0.1', docs: false });
    expect(new ApiConfig({ ...PRODUCTION, API_DOCS: 'true' }).docs).toBe(true);
  });

  it.each([
    ['DATABASE_URL', undefined, 'is required'],
    ['DATABASE_URL', 'postgres://entente:entente@db.internal:5432/entente', 'is a development default'],
    ['API_DATABASE_PASSWORD', undefined, 'is required'],
    ['API_DATABASE_PASSWORD', 'entente_api', 'is a development default'],
    ['OIDC_ISSUER', undefined, 'is required'],
    ['OIDC_ISSUER', DEVELOPMENT_ISSUER, 'is a development default'],
    ['OIDC_ISSUER', 'http://login.example.org', 'must be an https URL in production'],
    ['EVALUATION_LINK_SECRET', undefined, 'is required'],
  ])('refuses to boot in production when %s is %s', (variable, value, problem) => {
    expect(() => new ApiConfig({ ...PRODUCTION, [variable]: value })).toThrow(`configuration: ${variable} ${problem}`);
  });

  it('names DATABASE_SCHEMA when it is not a plain identifier', () => {
    expect(() => new ApiConfig({ DATABASE_SCHEMA: 'x"; drop' })).toThrow(/DATABASE_SCHEMA/);
  });

  it('names COMMAND_TIMEOUT_MS when it is not a positive integer', () => {
    expect(() => new ApiConfig({ COMMAND_TIMEOUT_MS: '0' })).toThrow(/COMMAND_TIMEOUT_MS/);
  });

  it.each([
    ['OIDC_ROLE_CLAIM', 'roles..x'],
    ['OIDC_JWKS_URI', 'keys'],
    ['API_DOCS', 'yes'],
  ])('names %s when it is %s', (variable, value) => {
    expect(() => new ApiConfig({ [variable]: value })).toThrow(new RegExp(`^configuration: ${variable}`));
  });

  it.each(['zero', '0', '70000'])('names API_PORT when it is %s', (port) => {
    expect(() => new ApiConfig({ API_PORT: port })).toThrow(/API_PORT/);
  });
});
