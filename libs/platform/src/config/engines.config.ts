import { Env, list, text } from './env';

/**
 * Where the engines are. Defaults are the `dev` profile of infra/bin/engines.sh; `engines.sh env`
 * prints the values for any profile.
 */
export interface EnginesConfig {
  readonly databaseUrl: string;
  readonly kafkaBrokers: readonly string[];
  readonly kafkaClientId: string;
  readonly temporalAddress: string;
  readonly temporalNamespace: string;
  readonly temporalTaskQueue: string;
}

export function enginesConfig(env: Env = process.env): EnginesConfig {
  return {
    databaseUrl: text(env, 'DATABASE_URL', 'postgres://entente:entente@127.0.0.1:54329/entente'),
    kafkaBrokers: list(env, 'KAFKA_BROKERS', '127.0.0.1:19092'),
    kafkaClientId: text(env, 'KAFKA_CLIENT_ID', 'entente'),
    temporalAddress: text(env, 'TEMPORAL_ADDRESS', '127.0.0.1:7233'),
    temporalNamespace: text(env, 'TEMPORAL_NAMESPACE', 'default'),
    temporalTaskQueue: text(env, 'TEMPORAL_TASK_QUEUE', 'entente-cases'),
  };
}


