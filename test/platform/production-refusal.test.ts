import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Boots an app's build as production would, on nothing but `env`: its exit status and output. */
function boot(app: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'apps', app, 'dist', 'main.js')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const OWN_DATABASE = 'postgres://entente_app:s3cret@127.0.0.1:1/entente';

describe('production refuses to start on development defaults, naming the variable', () => {
  it.each(['api', 'worker', 'projector'])('the %s, on the development database', (app) => {
    const refused = boot(app, {});
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('configuration: DATABASE_URL is required');
    const explicit = boot(app, { DATABASE_URL: 'postgres://entente:entente@127.0.0.1:1/entente' });
    expect(explicit.status).not.toBe(0);
    expect(explicit.output).toContain('configuration: DATABASE_URL is a development default');
  });

  it('the api, on the development issuer', () => {
    const refused = boot('api', { DATABASE_URL: OWN_DATABASE, API_DATABASE_PASSWORD: 'an0ther', OIDC_ISSUER: 'http://127.0.0.1:3010' });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('configuration: OIDC_ISSUER is a development default');
  });

  it('the development provider, with its development grant', () => {
    const refused = boot('identity', { IDENTITY_DEVELOPMENT_GRANT: 'true', IDENTITY_DATA_DIR: '/nonexistent' });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('configuration: IDENTITY_DEVELOPMENT_GRANT issues tokens without sign-in');
  });
});
