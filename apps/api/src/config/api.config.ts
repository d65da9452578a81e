import { SCHEMA_SETTINGS } from '@entente/persistence';
import { PROCESS_ROLES } from '@entente/persistence';
import { configClass, DATABASE_SETTINGS, databaseRoleSettings, integer, port, TEMPORAL_SETTINGS, text } from '@entente/platform';

/**
 * Signs and checks development tokens only. Anything beyond one machine must set JWT_SECRET:
 * with NODE_ENV=production the API refuses to boot on this default.
 */
export const DEVELOPMENT_JWT_SECRET = 'entente-development-secret';

const API_SETTINGS = {
  ...DATABASE_SETTINGS,
  /** The API reads the read models and writes only its own tables (journal, publications). */
  ...databaseRoleSettings('API', PROCESS_ROLES.api),
  ...SCHEMA_SETTINGS,
  ...TEMPORAL_SETTINGS,
  port: port('API_PORT', 3000),
  jwtSecret: text('JWT_SECRET', (env) => (env.NODE_ENV === 'production' ? undefined : DEVELOPMENT_JWT_SECRET)),
  jwtIssuer: text('JWT_ISSUER', 'entente'),
  /** How long a command may hold its HTTP request before the API answers 503. */
  commandTimeoutMs: integer('COMMAND_TIMEOUT_MS', 5000, 1),
};

/** The API's configuration, validated once at boot; injected by its class, never by a string. */
export class ApiConfig extends configClass(API_SETTINGS) {}
