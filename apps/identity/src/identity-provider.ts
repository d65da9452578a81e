import Provider, { errors, type Configuration } from 'oidc-provider';
import { CONSOLE_CLIENT_ID, DEVELOPMENT_CLIENT_ID, DEVELOPMENT_GRANT_TYPE } from '@entente/platform';
import { apiResourceServer } from './api-resource';
import { registerDevelopmentGrant, type RequestedPeople } from './development-grant';
import type { IdentityKeys } from './signing-keys';
import { staffMember, type StaffMember } from './staff-directory';

const EIGHT_HOURS = 8 * 3600;

export interface IdentityProviderOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly keys: IdentityKeys;
  readonly developmentGrant: boolean;
  readonly consoleRedirectUris: readonly string[];
}

/** The claims the API reads (defaults of OIDC_ROLE_CLAIM and OIDC_TEAMS_CLAIM), and the person's name. */
const ententeClaims = (person: StaffMember) => ({ name: person.name, role: person.role, teams: [...person.teams] });

function clients(options: IdentityProviderOptions): Configuration['clients'] {
  const console = {
    client_id: CONSOLE_CLIENT_ID,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [...options.consoleRedirectUris],
    // Signing out of the console ends the provider's session too, then returns to the console's page.
    post_logout_redirect_uris: options.consoleRedirectUris.map((uri) => new URL('/signed-out', uri).href),
  } as const;
  const development = {
    client_id: DEVELOPMENT_CLIENT_ID,
    token_endpoint_auth_method: 'none',
    grant_types: [DEVELOPMENT_GRANT_TYPE],
    response_types: [],
    redirect_uris: [],
  } as const;
  return options.developmentGrant ? [console, development] : [console];
}

function configuration(options: IdentityProviderOptions, requested: RequestedPeople): Configuration {
  const { audience } = options;
  return {
    clients: clients(options),
    jwks: options.keys.jwks,
    cookies: { keys: [...options.keys.cookieKeys] },
    // The console signs in as a person of the directory (the development login form asks for a name).
    findAccount: (_, sub) => {
      const person = staffMember(sub);
      return person && { accountId: sub, claims: () => ({ sub, ...ententeClaims(person) }) };
    },
    claims: { openid: ['sub'], profile: ['name'], entente: ['role', 'teams'] },
    scopes: ['openid', 'profile', 'entente', 'offline_access'],
    pkce: { required: () => true },
    // A working day for a session and its tokens; ten minutes to sign in, one to redeem a code.
    ttl: {
      AccessToken: EIGHT_HOURS,
      Grant: EIGHT_HOURS,
      Session: EIGHT_HOURS,
      RefreshToken: EIGHT_HOURS,
      IdToken: 3600,
      Interaction: 600,
      AuthorizationCode: 60,
    },
    extraTokenClaims: (_, token) => {
      const person = requested.get(token) ?? ('accountId' in token ? staffMember(token.accountId) : undefined);
      return person && ententeClaims(person);
    },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_, resource) => {
          if (resource !== audience) throw new errors.InvalidTarget(`the only resource is ${audience}`);
          return apiResourceServer(audience);
        },
      },
    },
  };
}

/** A real OpenID provider (oidc-provider) for development and tests: discovery, JWKS, the staff directory. */
export function createIdentityProvider(options: IdentityProviderOptions): Provider {
  const requested: RequestedPeople = new WeakMap();
  const provider = new Provider(options.issuer, configuration(options, requested));
  if (options.developmentGrant) registerDevelopmentGrant(provider, options.audience, requested);
  return provider;
}
