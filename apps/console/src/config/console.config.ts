import { configClass, DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, integer, port, text } from '@entente/platform';

/** The console's settings; every one has a default that works beside `npm start`'s API. */
export const CONSOLE_SETTINGS = {
  port: port('CONSOLE_PORT', 3100),
  /** The API every page reads and commands through; the console holds no data of its own. */
  apiUrl: text('API_URL', 'http://127.0.0.1:3000'),
  /** The OpenID provider that signs people in, and the API's audience the tokens are asked for. */
  oidcIssuer: text('OIDC_ISSUER', DEVELOPMENT_ISSUER),
  oidcAudience: text('OIDC_AUDIENCE', DEFAULT_AUDIENCE),
  /** How often the work queue asks again, in milliseconds. */
  refreshMs: integer('CONSOLE_REFRESH_MS', 15000, 1000),
  /** How long a session lasts without a new sign-in, in seconds (a working day). */
  sessionSeconds: integer('CONSOLE_SESSION_SECONDS', 8 * 3600, 60),
  /** Where the built pages are; the build writes them beside the BFF. */
  webRoot: text('CONSOLE_WEB_ROOT', () => `${__dirname}/../web`),
};

export class ConsoleConfig extends configClass(CONSOLE_SETTINGS) {}
