import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { engineExports, enginesConfig, ensureTopics, kafkaFor } from '../../libs/platform/src';
import { bundleForTheRun } from '../support/workflow-bundle';

const ROOT = resolve(__dirname, '../..');

/** One of infra/bin's scripts, its output captured and its errors on the run's own. */
export function sh(script: string, ...args: string[]): string {
  return shIn(process.env, script, ...args);
}

/** The same, in this environment rather than the run's (whose WORKER_PORT and the like are the tests' own). */
export function shIn(env: NodeJS.ProcessEnv, script: string, ...args: string[]): string {
  return execFileSync('bash', [resolve(ROOT, script), ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** A profile's addresses, as `engines.sh env` prints them, into this process's environment. */
export function useEnginesOf(profile: string): void {
  Object.assign(process.env, engineExports(sh('infra/bin/engines.sh', 'env', profile)));
}

/**
 * What every integration file expects once a profile's engines and its OpenID provider are up:
 * the time-skipping server's path, free ports for the workers' and notifiers' health servers
 * (files run them side by side), the shared topics, and the case workflows bundled once.
 */
export async function prepareTheRun(): Promise<void> {
  process.env.TEMPORAL_TEST_SERVER_PATH = sh('infra/temporal/test-server.sh').trim();
  process.env.WORKER_PORT = '0';
  process.env.NOTIFIER_PORT = '0';
  await ensureTopics(kafkaFor(enginesConfig(), '-test-setup'));
  await bundleForTheRun();
}
