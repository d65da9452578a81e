import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createDataSource, runMigrations } from '@entente/persistence';
import { DEFAULT_AUDIENCE, enginesConfig, jsonLogger } from '@entente/platform';
import { createApiApp } from '../../apps/api/src';
import { UNAUTHENTICATED } from '../../apps/api/src/auth/jwt-auth.guard';
import { forgedTokens, type TrustedProvider } from '../../apps/api/src/testing/forged-tokens';
import { bearerFor } from '../support/bearer';

/*
 * The API as it runs, against the test profile's provider process (global-setup starts it) and
 * that provider's own keys, read from the profile's data dir: a forger holding them can still
 * not pass a token the API's rules refuse.
 */
const ROOT = resolve(__dirname, '../..');
const dataDir = process.env.ENTENTE_DATA_DIR ?? resolve(ROOT, '.entente', 'test');
const provider: TrustedProvider = {
  issuer: process.env.OIDC_ISSUER!,
  audience: DEFAULT_AUDIENCE,
  keys: JSON.parse(readFileSync(resolve(dataDir, 'identity', 'keys.json'), 'utf8')) as TrustedProvider['keys'],
};
const schema = `t_signin_${randomUUID().slice(0, 8)}`;
const lines: string[] = [];
let api: INestApplication;

beforeAll(async () => {
  await runMigrations(enginesConfig().databaseUrl, schema);
  api = await createApiApp({ env: { DATABASE_SCHEMA: schema }, log: jsonLogger('api', (line) => void lines.push(line), 'warn') });
});
afterAll(async () => {
  await api?.close();
  const database = await createDataSource({ databaseUrl: enginesConfig().databaseUrl }).initialize();
  await database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await database.destroy();
});

const workQueue = (authorization?: string) => {
  const call = request(api.getHttpServer()).get('/cases?pageSize=1');
  return authorization ? call.set('Authorization', authorization) : call;
};

describe('sign-in against the running development provider', () => {
  it('accepts a token the provider issued', async () => {
    await workQueue(bearerFor(api, { sub: 'claire.roy' })).expect(200);
  });

  it.each(forgedTokens(provider))('answers the one generic 401 to a token %s, and logs why', async (_, forge, reason) => {
    const response = await workQueue(`Bearer ${await forge()}`).expect(401);
    expect(response.body).toMatchObject({ code: 'unauthenticated', detail: UNAUTHENTICATED });
    expect(lines.map((line) => JSON.parse(line) as { reason?: string }).some((line) => line.reason?.includes(reason))).toBe(true);
  });
});
