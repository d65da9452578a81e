import * as oidc from 'openid-client';
import { decodeJwt } from 'jose';
import type { SignedInPerson, Tokens } from './session-store';

export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  /** The API: the only resource the console asks tokens for. */
  readonly audience: string;
  /** This console's own address, to which the provider returns (`/callback`, `/signed-out`). */
  readonly publicUrl: string;
}

/** What a sign-in started keeps on the server until the provider returns: never in the browser. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly next: string;
}

const SCOPE = 'openid profile entente offline_access';
const isLoopbackUrl = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
const claim = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The authorization code flow with PKCE against the project's OpenID provider, from the BFF (a
 * public client: the provider knows it by its redirect URIs). The provider is discovered from its
 * issuer URL on first use, so the console boots while the provider is still starting.
 */
export class OidcClient {
  private discovered?: Promise<oidc.Configuration>;

  constructor(private readonly settings: OidcSettings) {}

  async start(next: string): Promise<{ url: string; pending: PendingSignIn }> {
    const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), next };
    const url = oidc.buildAuthorizationUrl(await this.configuration(), {
      redirect_uri: this.at('/callback'),
      scope: SCOPE,
      // The provider grants offline_access (a refresh token) only with the person's consent.
      prompt: 'consent',
      resource: this.settings.audience,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /** The provider's answer at `/callback`: state, nonce and the PKCE verifier all checked here. */
  async finish(callbackUrl: URL, pending: PendingSignIn): Promise<{ person: SignedInPerson; tokens: Tokens }> {
    const answer = await oidc.authorizationCodeGrant(await this.configuration(), callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return { person: personOf(answer), tokens: tokensOf(answer) };
  }

  /** New tokens for a session whose access token is expiring; throws when the provider refuses. */
  async refresh(tokens: Tokens): Promise<Tokens> {
    if (!tokens.refreshToken) throw new Error('no refresh token: sign in again');
    const answer = await oidc.refreshTokenGrant(await this.configuration(), tokens.refreshToken, { resource: this.settings.audience });
    const fresh = tokensOf(answer);
    return { ...fresh, refreshToken: fresh.refreshToken ?? tokens.refreshToken, idToken: fresh.idToken ?? tokens.idToken };
  }

  /** Where to send the browser so the provider ends its session too (RP-initiated logout), if it offers it. */
  async endSessionUrl(idToken: string | undefined): Promise<string | undefined> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    const parameters: Record<string, string> = { post_logout_redirect_uri: this.at('/signed-out'), client_id: this.settings.clientId };
    if (idToken) parameters.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(configuration, parameters).href;
  }

  private at(path: string): string {
    return new URL(path, this.settings.publicUrl).href;
  }

  private configuration(): Promise<oidc.Configuration> {
    const { issuer, clientId } = this.settings;
    // Plain HTTP only to a provider on this machine (development and tests); production config refuses it.
    const execute = isLoopbackUrl(issuer) ? [oidc.allowInsecureRequests] : [];
    this.discovered ??= oidc.discovery(new URL(issuer), clientId, undefined, oidc.None(), { execute }).catch((error: unknown) => {
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }
}

/** Who signed in: the ID token's subject, with the role and teams the API will read in the access token. */
function personOf(answer: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): SignedInPerson {
  const id = answer.claims();
  if (!id) throw new Error('the provider returned no ID token');
  const access = decodeJwt(answer.access_token);
  const teams = Array.isArray(access.teams) ? access.teams.filter((team): team is string => typeof team === 'string') : [];
  return { sub: id.sub, name: claim(id.name) ?? claim(access.name) ?? id.sub, role: claim(access.role) ?? '', teams };
}

function tokensOf(answer: oidc.TokenEndpointResponse): Tokens {
  return {
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token,
    idToken: answer.id_token,
    accessExpiresAt: Date.now() + (answer.expires_in ?? 300) * 1000,
  };
}
