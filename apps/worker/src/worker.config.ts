import { enginesConfig, EnginesConfig, Env, integer } from '@entente/platform';

export interface WorkerConfig extends EnginesConfig {
  readonly maxConcurrentActivities: number;
}

export function workerConfig(env: Env = process.env): WorkerConfig {
  return { ...enginesConfig(env), maxConcurrentActivities: integer(env, 'WORKER_MAX_CONCURRENT_ACTIVITIES', 50, 1) };
}
