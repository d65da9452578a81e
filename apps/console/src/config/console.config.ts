import { PROCESS_ROLES, SCHEMA_SETTINGS } from '@entente/persistence';
import {
  CONSOLE_CLIENT_ID,
  configClass,
  DATABASE_SETTINGS,
  databaseRoleSettings,
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  developmentDefault,
  developmentKeyFile,
  integer,
  port,
  productionMode,
  text,
  type Setting,
} from '@entente/platform';
import { CONSOLE_SESSION_KEY } from '../sign-in/session-key';

/**
 * The provider and the console's own address carry the tokens and the session cookie: required
 * and HTTPS in production (no development default, which is plain HTTP on this machine).
 */
const overHttps = (setting: Setting<string>): Setting<string> => ({
  ...setting,
  refuseInProduction: (raw) => (raw.startsWith('https://') ? undefined : 'must be an https:// URL in production'),
});

/** The console's settings; every one has a default that works beside `npm start`'s API and provider. */
export const CONSOLE_SETTINGS = {
  port: port('CONSOLE_PORT', 3100),
  /** The interface it listens on: this machine only unless told otherwise (`0.0.0.0` behind a proxy that needs it). */
  host: text('CONSOLE_HOST', '127.0.0.1'),
  /** Where `GET /metrics` answers, apart from the pages' port; 0: a free port (tests). */
  metricsPort: port('CONSOLE_METRICS_PORT', 3101, { anyFree: true }),
  /** The interface `GET /metrics` listens on: this machine only unless told otherwise (a pod, for Prometheus). */
  metricsHost: text('CONSOLE_METRICS_HOST', '127.0.0.1'),
  /** The API every page reads and commands through; the console holds no data of its own. */
  apiUrl: text('API_URL', 'http://127.0.0.1:3000'),
  /** The OpenID provider that signs people in (discovered from this issuer URL). */
  oidcIssuer: overHttps(developmentDefault(text('OIDC_ISSUER', DEVELOPMENT_ISSUER))),
  /** The console's client at the provider: a public client, authorization code with PKCE. */
  oidcClientId: text('OIDC_CLIENT_ID', CONSOLE_CLIENT_ID),
  /** The API's audience the tokens are asked for. */
  oidcAudience: text('OIDC_AUDIENCE', DEFAULT_AUDIENCE),
  /** Where people reach this console; the provider returns to its `/callback` and `/signed-out`. */
  publicUrl: overHttps(developmentDefault(text('CONSOLE_PUBLIC_URL', (env) => `http://127.0.0.1:${env.CONSOLE_PORT?.trim() || 3100}`))),
  /** How often the work queue asks again, in milliseconds. */
  refreshMs: integer('CONSOLE_REFRESH_MS', 15000, 1000),
  /** How long a session lasts without a new sign-in, in seconds (a working day). */
  sessionSeconds: integer('CONSOLE_SESSION_SECONDS', 8 * 3600, 60),
  /** Where the built pages are; the build writes them beside the BFF. */
  webRoot: text('CONSOLE_WEB_ROOT', () => `${__dirname}/../web`),
  /** Sessions are rows of the console's own table, so that a restart signs no one out. */
  ...DATABASE_SETTINGS,
  ...databaseRoleSettings('CONSOLE', PROCESS_ROLES.console),
  ...SCHEMA_SETTINGS,
  /** The AES-256 key sealing the sessions' tokens at rest, base64 (32 bytes); wins over the file. */
  sessionKey: text(CONSOLE_SESSION_KEY.variable, ''),
  /** A file holding it; off production, by default, a development key in ENTENTE_DATA_DIR. */
  sessionKeyFile: text(CONSOLE_SESSION_KEY.fileVariable, developmentKeyFile(CONSOLE_SESSION_KEY.developmentFile)),
  production: productionMode,
};

export class ConsoleConfig extends configClass(CONSOLE_SETTINGS) {}
