import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureTopics, kafkaFor, enginesConfig } from '../../libs/platform/src';
import { bundleForTheRun } from '../support/workflow-bundle';

const ROOT = resolve(__dirname, '../..');

function sh(script: string, ...args: string[]): string {
  return execFileSync('bash', [resolve(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** `export NAME=value` lines, as `engines.sh env` prints them, into this process's environment. */
function applyExports(lines: string): void {
  for (const match of lines.matchAll(/^export ([A-Z_][A-Z0-9_]*)=(.*)$/gm)) {
    process.env[match[1]!] = match[2]!.replace(/^['"]|['"]$/g, '');
  }
}

/**
 * Brings up the real engines of the `test` profile and its OpenID provider (idempotent: a second
 * run finds them up), bundles the case workflows once, and hands their addresses (OIDC_ISSUER among them) to the test files through
 * the environment they inherit.
 */
export default async function globalSetup(): Promise<void> {
  sh('infra/bin/engines.sh', 'up', 'test');
  applyExports(sh('infra/bin/engines.sh', 'env', 'test'));
  sh('infra/bin/apps.sh', 'up', 'test', 'identity');
  process.env.TEMPORAL_TEST_SERVER_PATH = sh('infra/temporal/test-server.sh').trim();
  // Files run workers and notifiers side by side: each health server takes a free port.
  process.env.WORKER_PORT = '0';
  process.env.NOTIFIER_PORT = '0';
  await ensureTopics(kafkaFor(enginesConfig(), '-test-setup'));
  await bundleForTheRun();
}
