import { resolve } from 'node:path';
import { configClass, DEFAULT_AUDIENCE, flag, list, port, text, type Setting } from '@entente/platform';

const DEFAULT_PORT = 3010;

/** The development grant hands out tokens to anyone who asks: never in production. */
const developmentGrant: Setting<boolean> = {
  ...flag('IDENTITY_DEVELOPMENT_GRANT', false),
  refuseInProduction: (raw) => (raw === 'true' ? 'issues tokens without sign-in; production may not enable it' : undefined),
};

const IDENTITY_SETTINGS = {
  port: port('IDENTITY_PORT', DEFAULT_PORT),
  /** Where the issuer is reached; its tokens name it in `iss`, so the API's OIDC_ISSUER must match. */
  issuer: text('IDENTITY_ISSUER', (env) => `http://127.0.0.1:${env.IDENTITY_PORT?.trim() || DEFAULT_PORT}`),
  /** The API's audience (OIDC_AUDIENCE), the only resource the provider issues access tokens for. */
  audience: text('OIDC_AUDIENCE', DEFAULT_AUDIENCE),
  /** The profile's data dir; the keys are kept in its `identity/keys.json`. */
  dataDir: text('IDENTITY_DATA_DIR', resolve(__dirname, '../../../.entente/dev')),
  developmentGrant,
  /** Where the console's sign-in may return (its `/callback`; its `/signed-out` after signing out). */
  consoleRedirectUris: list('IDENTITY_CONSOLE_REDIRECT_URIS', 'http://127.0.0.1:3100/callback'),
};

/** The embedded development provider's configuration, read once at boot. */
export class IdentityConfig extends configClass(IDENTITY_SETTINGS) {}
