import { TOPICS } from '@entente/contracts';
import { checkSchemaName } from '@entente/persistence';
import { ConfigError, enginesConfig, Env, integer, list, text } from '@entente/platform';

export interface ProjectorConfig {
  readonly databaseUrl: string;
  readonly databaseSchema: string;
  readonly kafkaBrokers: readonly string[];
  readonly kafkaClientId: string;
  /** Defaults to every case type's topic; tests point a projector at a topic of their own. */
  readonly topics: readonly string[];
  readonly groupId: string;
  /** The checkpoint key: two projections into the same schema keep separate positions. */
  readonly projection: string;
  readonly port: number;
  readonly runMigrations: boolean;
}

/** How Nest's ConfigService holds it: under one key, so that nothing is copied into process.env. */
export interface ProjectorSettings {
  readonly projector: ProjectorConfig;
}

export function projectorConfig(env: Env): ProjectorConfig {
  const engines = enginesConfig(env);
  return {
    databaseUrl: engines.databaseUrl,
    databaseSchema: schema(env, 'DATABASE_SCHEMA'),
    kafkaBrokers: engines.kafkaBrokers,
    kafkaClientId: engines.kafkaClientId,
    topics: list(env, 'PROJECTOR_TOPICS', TOPICS.map((topic) => topic.name).join(',')),
    groupId: text(env, 'PROJECTOR_GROUP_ID', 'entente-projector'),
    projection: text(env, 'PROJECTOR_NAME', 'case-read-models'),
    port: integer(env, 'PROJECTOR_PORT', 3002, 1),
    runMigrations: flag(env, 'PROJECTOR_RUN_MIGRATIONS', true),
  };
}

function schema(env: Env, name: string): string {
  try {
    return checkSchemaName(text(env, name, 'public'));
  } catch (error) {
    throw new ConfigError(name, (error as Error).message);
  }
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name, String(fallback));
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(name, `must be true or false, got "${raw}"`);
  return raw === 'true';
}
