import { SCHEMA_SETTINGS } from '@entente/persistence';
import { PROCESS_ROLES } from '@entente/persistence';
import {
  COMMAND_SIGNING_SETTINGS,
  configClass,
  DATABASE_SETTINGS,
  databaseRoleSettings,
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  developmentDefault,
  EVALUATION_LINK_SETTINGS,
  flag,
  integer,
  isProduction,
  KEY_ENCRYPTION_SETTINGS,
  port,
  setting,
  TEMPORAL_SETTINGS,
  text,
  type Setting,
} from '@entente/platform';

/** Production trusts only an issuer of its own, reached over https (its keys come from it). */
const issuer: Setting<string> = {
  ...developmentDefault(text('OIDC_ISSUER', DEVELOPMENT_ISSUER)),
  refuseInProduction: (raw) =>
    raw === DEVELOPMENT_ISSUER
      ? 'is a development default; production must set its own'
      : raw.startsWith('https://')
        ? undefined
        : 'must be an https URL in production',
};

/** A claim's name, or a dotted path into nested claims (`realm_access.roles`). */
const claimPath = (variable: string, fallback: string) =>
  setting(variable, fallback, (raw) => {
    if (!/^[\w:/-]+(\.[\w:/-]+)*$/.test(raw)) throw new Error(`must be a claim name or a dotted path, got "${raw}"`);
    return raw;
  });

const optionalUrl = (variable: string) =>
  setting(variable, '', (raw) => {
    if (raw && !URL.canParse(raw)) throw new Error(`must be a URL, got "${raw}"`);
    return raw || undefined;
  });

const API_SETTINGS = {
  ...DATABASE_SETTINGS,
  /** The API reads the read models and writes only its own tables (journal, publications). */
  ...databaseRoleSettings('API', PROCESS_ROLES.api),
  ...SCHEMA_SETTINGS,
  ...TEMPORAL_SETTINGS,
  port: port('API_PORT', 3000),
  /** The interface the API listens on: this machine only unless told otherwise. */
  host: text('API_HOST', '127.0.0.1'),
  /**
   * Where `GET /metrics` answers, on the loopback and apart from the API's own port: out of reach
   * of whoever reaches the API, of its sign-in, rate limit and request log. 0: a free port (tests).
   */
  metricsPort: port('API_METRICS_PORT', 3001, { anyFree: true }),
  /** The interface `GET /metrics` listens on: this machine only unless told otherwise (a pod, for Prometheus). */
  metricsHost: text('API_METRICS_HOST', '127.0.0.1'),
  /** The OpenAPI page at /docs: on in development, off in production unless asked for. */
  docs: setting('API_DOCS', (env) => String(!isProduction(env)), flag('API_DOCS', false).parse),
  /** The only issuer whose tokens the API accepts (its `iss`); discovery is read from it. */
  oidcIssuer: issuer,
  /** The API's audience: a token for anything else is refused. */
  oidcAudience: text('OIDC_AUDIENCE', DEFAULT_AUDIENCE),
  /** The issuer's key set, when not the one its discovery document names. */
  oidcJwksUri: optionalUrl('OIDC_JWKS_URI'),
  /** Where the Entente role is: a claim or a dotted path, a string or a list (Entra ID `roles`, Keycloak `realm_access.roles`). */
  oidcRoleClaim: claimPath('OIDC_ROLE_CLAIM', 'role'),
  /** Where the person's teams are, likewise. */
  oidcTeamsClaim: claimPath('OIDC_TEAMS_CLAIM', 'teams'),
  /** How long a command may hold its HTTP request before the API answers 503. */
  commandTimeoutMs: integer('COMMAND_TIMEOUT_MS', 5000, 1),
  /**
   * Calls to Temporal one instance runs at once when Temporal answers well; when calls end at the
   * bound the instance halves it (to COMMAND_CONCURRENCY_MIN at least) and answers the excess 503
   * at once, then grows it back as calls are answered (docs/adr/0036).
   */
  commandConcurrencyMax: integer('COMMAND_CONCURRENCY_MAX', 64, 1),
  commandConcurrencyMin: integer('COMMAND_CONCURRENCY_MIN', 4, 1),
  /** Requests one person may make in a window, every route together; past it, 429 with Retry-After. */
  rateLimitRequests: integer('RATE_LIMIT_REQUESTS', 1200, 1),
  rateLimitWindowSeconds: integer('RATE_LIMIT_WINDOW_SECONDS', 60, 1),
  ...COMMAND_SIGNING_SETTINGS,
  /** Wraps the cases' data keys, with which every Temporal payload is sealed (docs/adr/0015). */
  ...KEY_ENCRYPTION_SETTINGS,
  /** Proves a participant's evaluation link (docs/adr/0023); the notifier signs the links with the same secret. */
  ...EVALUATION_LINK_SETTINGS,
};

/** The API's configuration, validated once at boot; injected by its class, never by a string. */
export class ApiConfig extends configClass(API_SETTINGS) {}
