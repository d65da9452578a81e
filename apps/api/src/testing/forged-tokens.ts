import { createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';

/** The provider whose tokens an API trusts: its issuer, the audience, and its private signing keys. */
export interface TrustedProvider {
  readonly issuer: string;
  readonly audience: string;
  readonly keys: { readonly jwks: { readonly keys: readonly JsonWebKey[] } };
}

/** A token the API must refuse, how it is made, and the reason its log must give. */
export type ForgedToken = readonly [what: string, forge: () => Promise<string> | string, reason: string];

const now = () => Math.floor(Date.now() / 1000);
const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');

/** Signs claims with the provider's own key of that algorithm: only the claims can be wrong. */
export function signedByProvider(provider: TrustedProvider, claims: JWTPayload, alg: 'ES256' | 'RS256' = 'ES256'): Promise<string> {
  const jwk = providerKey(provider, alg === 'ES256' ? 'EC' : 'RSA');
  return new SignJWT(claims).setProtectedHeader({ alg, kid: jwk.kid }).sign(createPrivateKey({ key: jwk, format: 'jwk' }));
}

function providerKey(provider: TrustedProvider, kty: 'RSA' | 'EC'): JsonWebKey & { kid: string } {
  return provider.keys.jwks.keys.find((key) => key.kty === kty) as JsonWebKey & { kid: string };
}

/** What a valid token claims: the issuer and audience, a person with a role, a minute old, an hour left. */
export function validClaims(provider: TrustedProvider): JWTPayload {
  return { iss: provider.issuer, aud: provider.audience, sub: 'mallory', role: 'supervisor', iat: now() - 60, exp: now() + 3600 };
}

/** Every way a token must fail against the provider's real keys (issue 13), with the reason logged. */
export function forgedTokens(provider: TrustedProvider): readonly ForgedToken[] {
  const claims = () => validClaims(provider);
  const signed = (changes: JWTPayload) => () => signedByProvider(provider, { ...claims(), ...changes });
  return [
    ['with alg none', () => `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims())}.`, 'ERR_JOSE_ALG_NOT_ALLOWED'],
    [
      'signed HS256 with the provider’s public key',
      () => {
        const rsa = providerKey(provider, 'RSA');
        const publicPem = createPublicKey({ key: rsa, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
        return new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: rsa.kid }).sign(Buffer.from(publicPem));
      },
      'ERR_JOSE_ALG_NOT_ALLOWED',
    ],
    ['without exp', signed({ exp: undefined }), '"exp" claim'],
    ['without iat', signed({ iat: undefined }), '"iat" claim'],
    ['for another audience', signed({ aud: 'urn:another:api' }), '"aud" claim'],
    ['from another issuer', signed({ iss: 'https://login.example.org' }), '"iss" claim'],
    ['expired', signed({ exp: now() - 3600 }), 'ERR_JWT_EXPIRED'],
    [
      'signed by a key the issuer never published',
      () => {
        const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
        return new SignJWT(claims()).setProtectedHeader({ alg: 'ES256', kid: providerKey(provider, 'EC').kid }).sign(privateKey);
      },
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    ],
    ['naming no staff role', signed({ role: 'king' }), 'exactly one staff role'],
    ['for the system role', signed({ role: 'system' }), 'exactly one staff role'],
    ['naming two staff roles', signed({ role: ['auditor', 'director'] }), 'exactly one staff role'],
    ['that is no JWT at all', () => 'not-a-token', 'ERR_JWS_INVALID'],
  ];
}
