import { checkSchemaName } from '@entente/persistence';
import { ConfigError, Env, enginesConfig, integer, text } from '@entente/platform';

/**
 * Signs and checks development tokens only. Anything beyond one machine must set JWT_SECRET:
 * with NODE_ENV=production the API refuses to boot on this default.
 */
export const DEVELOPMENT_JWT_SECRET = 'entente-development-secret';

/** The API's configuration, validated once at boot; injected by its class, never by a string. */
export class ApiConfig {
  readonly port: number;
  readonly jwtSecret: string;
  readonly jwtIssuer: string;
  readonly databaseUrl: string;
  readonly databaseSchema: string;
  readonly temporalAddress: string;
  readonly temporalNamespace: string;
  readonly temporalTaskQueue: string;
  /** How long a command may hold its HTTP request before the API answers 503. */
  readonly commandTimeoutMs: number;

  constructor(env: Env) {
    const engines = enginesConfig(env);
    this.port = integer(env, 'API_PORT', 3000, 1);
    if (this.port > 65535) throw new ConfigError('API_PORT', `must be a TCP port, got ${this.port}`);
    this.jwtSecret = jwtSecret(env);
    this.jwtIssuer = text(env, 'JWT_ISSUER', 'entente');
    this.databaseUrl = engines.databaseUrl;
    this.databaseSchema = databaseSchema(env);
    this.temporalAddress = engines.temporalAddress;
    this.temporalNamespace = engines.temporalNamespace;
    this.temporalTaskQueue = engines.temporalTaskQueue;
    this.commandTimeoutMs = integer(env, 'COMMAND_TIMEOUT_MS', 5000, 1);
  }
}

function jwtSecret(env: Env): string {
  if (env.NODE_ENV === 'production') return text(env, 'JWT_SECRET');
  return text(env, 'JWT_SECRET', DEVELOPMENT_JWT_SECRET);
}

function databaseSchema(env: Env): string {
  try {
    return checkSchemaName(text(env, 'DATABASE_SCHEMA', 'public'));
  } catch (error) {
    throw new ConfigError('DATABASE_SCHEMA', (error as Error).message);
  }
}
