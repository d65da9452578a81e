import { enginesConfig, EnginesConfig, Env, integer, text } from '@entente/platform';

export interface WorkerConfig extends EnginesConfig {
  readonly maxConcurrentActivities: number;
  /** Where administrators' revisions of the declaration of services are read from. */
  readonly databaseSchema: string;
}

export function workerConfig(env: Env = process.env): WorkerConfig {
  return {
    ...enginesConfig(env),
    maxConcurrentActivities: integer(env, 'WORKER_MAX_CONCURRENT_ACTIVITIES', 50, 1),
    databaseSchema: text(env, 'DATABASE_SCHEMA', 'public'),
  };
}
