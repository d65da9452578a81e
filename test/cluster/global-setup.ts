import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { engineExports } from '../../libs/platform/src';

const ROOT = resolve(__dirname, '../..');

function engines(...args: string[]): string {
  return execFileSync('bash', [resolve(ROOT, 'infra/bin/engines.sh'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * Brings up the cluster profile's engines (idempotent: a second run finds them up; the first builds
 * Temporal's server, which takes minutes) and hands their settings, Temporal's client certificate
 * and token file among them, to the test files through the environment.
 */
export default function globalSetup(): void {
  engines('up', 'cluster');
  Object.assign(process.env, engineExports(engines('env', 'cluster')));
}
