import { createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { Controller, Get, Req, type INestApplication } from '@nestjs/common';
import { SignJWT, type JWTPayload } from 'jose';
import request from 'supertest';
import { DEFAULT_AUDIENCE, jsonLogger } from '@entente/platform';
import { controllerTestApp, specIdentity, tokenFor } from '../testing/controller-test-app';
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
const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');

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

  /** The provider's own signing key of `kty` (its private JWK), as the provider stored it. */
  const providerKey = (kty: 'RSA' | 'EC') => specIdentity().keys.jwks.keys.find((key) => key.kty === kty)! as JsonWebKey & { kid: string };

  /** Claims a valid token carries: the right issuer and audience, a person with a role, a minute old, an hour left. */
  const validClaims = (): JWTPayload => ({
    iss: specIdentity().server.issuer,
    aud: DEFAULT_AUDIENCE,
    sub: 'mallory',
    role: 'supervisor',
    iat: now() - 60,
    exp: now() + 3600,
  });

  /** Signed with the provider's real ES256 key, so only the claims can be wrong. */
  const signedByProvider = (claims: JWTPayload, alg: 'ES256' | 'RS256' = 'ES256') => {
    const jwk = providerKey(alg === 'ES256' ? 'EC' : 'RSA');
    return new SignJWT(claims).setProtectedHeader({ alg, kid: jwk.kid }).sign(createPrivateKey({ key: jwk, format: 'jwk' }));
  };

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
    await whoAmI(await signedByProvider(validClaims(), 'RS256')).expect(200);
    await whoAmI(await signedByProvider(validClaims(), 'ES256')).expect(200);
  });

  it('allows a minute of clock skew, and no more', async () => {
    await whoAmI(await signedByProvider({ ...validClaims(), exp: now() - 30 })).expect(200);
    await whoAmI(await signedByProvider({ ...validClaims(), exp: now() - 120 })).expect(401);
  });

  const forged: ReadonlyArray<[string, () => Promise<string> | string, string]> = [
    ['with alg none', () => `${encode({ alg: 'none', typ: 'JWT' })}.${encode(validClaims())}.`, 'ERR_JOSE_ALG_NOT_ALLOWED'],
    [
      'signed HS256 with the provider’s public key',
      () => {
        const rsa = providerKey('RSA');
        const publicPem = createPublicKey({ key: rsa, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
        return new SignJWT(validClaims()).setProtectedHeader({ alg: 'HS256', kid: rsa.kid }).sign(Buffer.from(publicPem));
      },
      'ERR_JOSE_ALG_NOT_ALLOWED',
    ],
    ['without exp', () => signedByProvider({ ...validClaims(), exp: undefined }), '"exp" claim'],
    ['without iat', () => signedByProvider({ ...validClaims(), iat: undefined }), '"iat" claim'],
    ['for another audience', () => signedByProvider({ ...validClaims(), aud: 'urn:another:api' }), '"aud" claim'],
    ['from another issuer', () => signedByProvider({ ...validClaims(), iss: 'https://login.example.org' }), '"iss" claim'],
    ['expired', () => signedByProvider({ ...validClaims(), exp: now() - 3600 }), 'ERR_JWT_EXPIRED'],
    [
      'signed by a key the issuer never published',
      () => {
        const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
        return new SignJWT(validClaims()).setProtectedHeader({ alg: 'ES256', kid: providerKey('EC').kid }).sign(privateKey);
      },
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    ],
    ['naming no staff role', () => signedByProvider({ ...validClaims(), role: 'king' }), 'exactly one staff role'],
    ['for the system role', () => signedByProvider({ ...validClaims(), role: 'system' }), 'exactly one staff role'],
    ['naming two staff roles', () => signedByProvider({ ...validClaims(), role: ['auditor', 'director'] }), 'exactly one staff role'],
    ['that is no JWT at all', () => 'not-a-token', 'ERR_JWS_INVALID'],
  ];

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
