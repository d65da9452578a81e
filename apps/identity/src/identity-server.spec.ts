import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_CLIENT_ID, DEFAULT_AUDIENCE, DEVELOPMENT_CLIENT_ID, developmentGrantForm } from '@entente/platform';
import type { IdentityServer } from './identity-server';
import { generateIdentityKeys, loadOrCreateIdentityKeys } from './signing-keys';

const REDIRECT = 'http://127.0.0.1:5173/callback';
const keys = generateIdentityKeys();

/** oidc-provider warns at load and start that it runs for development: known, kept out of the output. */
async function start(developmentGrant: boolean): Promise<IdentityServer> {
  const notices = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const { startIdentityServer } = await import('./identity-server');
    return await startIdentityServer({
      host: '127.0.0.1',
      port: 0,
      audience: DEFAULT_AUDIENCE,
      keys,
      developmentGrant,
      consoleRedirectUris: [REDIRECT],
    });
  } finally {
    notices.mockRestore();
  }
}

const token = (server: IdentityServer, form: URLSearchParams) =>
  fetch(`${server.issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });

describe('the development OpenID provider', () => {
  let server: IdentityServer;
  beforeAll(async () => (server = await start(true)));
  afterAll(() => server.close());

  it('publishes discovery and only the public half of its keys', async () => {
    const discovery = (await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: server.issuer, code_challenge_methods_supported: ['S256'] });
    const jwks = (await (await fetch(discovery.jwks_uri as string)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.map((key) => key.kty).sort()).toEqual(['EC', 'RSA']);
    for (const key of jwks.keys) expect(Object.keys(key)).not.toEqual(expect.arrayContaining(['d']));
  });

  it('starts the console’s sign-in only with PKCE', async () => {
    const auth = (extra: Record<string, string>) =>
      fetch(
        `${server.issuer}/auth?${new URLSearchParams({ client_id: CONSOLE_CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT, scope: 'openid', ...extra }).toString()}`,
        {
          redirect: 'manual',
        },
      );
    const withPkce = await auth({ code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' });
    expect(withPkce.headers.get('location')).toMatch(/\/interaction\//);
    const without = await auth({});
    expect(without.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:5173\/callback\?error=invalid_request/);
  });

  it('refuses the development grant to any other client', async () => {
    const form = developmentGrantForm({ sub: 'alice', role: 'auditor' }, DEFAULT_AUDIENCE);
    form.set('client_id', CONSOLE_CLIENT_ID);
    const response = await token(server, form);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error_description: 'requested grant type is not allowed for this client' });
  });
});

describe('the provider without its development grant', () => {
  it('issues no token for a named person', async () => {
    const server = await start(false);
    try {
      const form = developmentGrantForm({ sub: 'alice', role: 'auditor' }, DEFAULT_AUDIENCE);
      expect(form.get('client_id')).toBe(DEVELOPMENT_CLIENT_ID);
      const response = await token(server, form);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'invalid_client' });
    } finally {
      await server.close();
    }
  });
});

describe('the provider’s keys', () => {
  it('are generated once into the data dir, readable by the owner only, then kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'identity-keys-'));
    try {
      const file = join(dir, 'identity', 'keys.json');
      const first = loadOrCreateIdentityKeys(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(loadOrCreateIdentityKeys(file)).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
