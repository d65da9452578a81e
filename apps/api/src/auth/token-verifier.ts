import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { ApiConfig } from '../config/api.config';

/** Asymmetric only: `none` and HMAC (which a public key could forge) are refused before any key is used. */
export const TOKEN_ALGORITHMS = ['RS256', 'ES256'];
const CLOCK_SKEW_SECONDS = 60;

export type Verification = { readonly claims: JWTPayload } | { readonly refused: string };

/** Why a token was refused, for the log: jose's code and message, which never quote the token. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JOSEError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks an access token against the configured issuer's keys (OIDC_ISSUER, its discovery
 * document, or OIDC_JWKS_URI): signature, `iss`, `aud`, `exp` and `iat` required, a minute of
 * clock skew. jose caches the key set and fetches it again for a key id it does not know (a
 * rotation), at most every 30 seconds.
 */
@Injectable()
export class TokenVerifier {
  private keySet?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(private readonly config: ApiConfig) {}

  async verify(token: string): Promise<Verification> {
    try {
      const { payload } = await jwtVerify(token, await this.keys(), {
        algorithms: TOKEN_ALGORITHMS,
        issuer: this.config.oidcIssuer,
        audience: this.config.oidcAudience,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: CLOCK_SKEW_SECONDS,
      });
      return { claims: payload };
    } catch (error) {
      return { refused: reasonOf(error) };
    }
  }

  private keys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (!this.keySet) {
      this.keySet = this.jwksUri().then((uri) => createRemoteJWKSet(new URL(uri)));
      // The provider was unreachable: the next request asks again.
      this.keySet.catch(() => (this.keySet = undefined));
    }
    return this.keySet;
  }

  /** OIDC_JWKS_URI, or the `jwks_uri` of the issuer's discovery document. */
  private async jwksUri(): Promise<string> {
    if (this.config.oidcJwksUri) return this.config.oidcJwksUri;
    const discovery = `${this.config.oidcIssuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(discovery);
    if (!response.ok) throw new Error(`discovery ${discovery} answered ${response.status}`);
    const { jwks_uri: uri, issuer } = (await response.json()) as { jwks_uri?: string; issuer?: string };
    if (issuer !== this.config.oidcIssuer) throw new Error(`discovery names the issuer ${issuer}, not ${this.config.oidcIssuer}`);
    if (!uri) throw new Error(`discovery ${discovery} names no jwks_uri`);
    return uri;
  }
}
