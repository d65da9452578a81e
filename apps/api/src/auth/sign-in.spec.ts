import { Controller, Get, Req, type INestApplication } from '@nestjs/common';
import type { JWTPayload } from 'jose';
import request from 'supertest';
import { DEFAULT_AUDIENCE, jsonLogger } from '@entente/platform';
import { controllerTestApp, specIdentity, tokenFor } from '../testing/controller-test-app';
import { forgedTokens, signedByProvider, validClaims, type TrustedProvider } from '../testing/forged-tokens';
import type { AuthenticatedRequest } from './authenticated-request';
import { UNAUTHENTICATED } from './jwt-auth.guard';

/** Answers what the guard put on the request. */
@Controller('whoami')
class WhoAmIController {
  @Get()
  whoAmI(@Req() request: AuthenticatedRequest) {
    return { actor: request.actor, teams: request.teams };
  }
}

const now = () => Math.floor(Date.now() / 1000);

/** The spec's provider as the API trusts it, read when a token is made (the provider starts in beforeAll). */
const provider: TrustedProvider = {
  get issuer() {
    return specIdentity().server.issuer;
  },
  audience: DEFAULT_AUDIENCE,
  get keys() {
    return specIdentity().keys;
  },
};
const forged = forgedTokens(provider);

describe('sign-in: the API accepts only its issuer’s tokens', () => {
  let app: INestApplication;
  const lines: string[] = [];
  const log = jsonLogger('api-spec', (line) => void lines.push(line), 'warn');

  beforeAll(async () => {
    app = await controllerTestApp(WhoAmIController, [], log);
  });
  afterAll(() => app.close());
  beforeEach(() => (lines.length = 0));

  const whoAmI = (token: string) => request(app.getHttpServer()).get('/whoami').set('Authorization', `Bearer ${token}`);

  const signed = (claims: JWTPayload, alg?: 'ES256' | 'RS256') => signedByProvider(provider, claims, alg);
  const valid = () => validClaims(provider);

  it('accepts the provider’s token and reads the person, role and teams from it', async () => {
    const token = await specIdentity().tokens.token({
      sub: 'alice',
      role: 'supervisor',
      teams: ['information-services', 'missions-bureau'],
    });
    await whoAmI(token)
      .expect(200)
      .expect({ actor: { id: 'alice', role: 'supervisor' }, teams: ['information-services', 'missions-bureau'] });
  });

  it('accepts the provider’s RS256 key as well as its ES256 key', async () => {
    await whoAmI(await signed(valid(), 'RS256')).expect(200);
    await whoAmI(await signed(valid(), 'ES256')).expect(200);
  });

  it('allows a minute of clock skew, and no more', async () => {
    await whoAmI(await signed({ ...valid(), exp: now() - 30 })).expect(200);
    await whoAmI(await signed({ ...valid(), exp: now() - 120 })).expect(401);
  });

  it.each(forged)('answers 401 with the one generic body to a token %s, and logs why without the token', async (_, forge, reason) => {
    const token = await forge();
    const response = await whoAmI(token).expect(401);
    expect(response.body).toEqual({
      type: expect.any(String),
      title: expect.any(String),
      status: 401,
      code: 'unauthenticated',
      detail: UNAUTHENTICATED,
      message: UNAUTHENTICATED,
    });
    const refusal = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.message === 'authentication refused');
    expect(refusal?.reason).toEqual(expect.stringContaining(reason));
    expect(refusal?.correlationId).toBe(response.headers['x-correlation-id']);
    expect(lines.join('\n')).not.toContain(token.split('.')[1] || token);
  });

  it('answers every refusal with the same body', async () => {
    const bodies = await Promise.all(
      forged.map(async ([, forge]) => (await whoAmI(await forge()).expect(401)).body as Record<string, unknown>),
    );
    const missing = (await request(app.getHttpServer()).get('/whoami').expect(401)).body as Record<string, unknown>;
    expect(new Set([...bodies, missing].map((body) => JSON.stringify(body))).size).toBe(1);
  });

  it('keeps a token it accepted working: tokens are asked once per person', async () => {
    expect(await tokenFor('auditor', 'claire')).toBe(await tokenFor('auditor', 'claire'));
  });
});
