import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { engineExports } from '../../libs/platform/src/config/engines.config';

const ROOT = resolve(__dirname, '../..');

function sh(script: string, ...args: string[]): string {
  return execFileSync('bash', [resolve(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/**
 * The cluster profile must be up (`npm run cluster`; `npm run test:cluster` runs it first): its
 * engines healthy and every instance of its apps running. Its addresses (the load balancer's
 * among them, API_URL) reach the test files through the environment they inherit.
 */
export default function globalSetup(): void {
  try {
    sh('infra/bin/engines.sh', 'status', 'cluster');
  } catch {
    throw new Error('the cluster profile’s engines are not all up: run `npm run cluster` first');
  }
  const down = sh('infra/bin/apps.sh', 'status', 'cluster')
    .split('\n')
    .filter((line) => line.endsWith(' down'));
  if (down.length > 0) throw new Error(`the cluster profile’s apps are not all up (${down.join(', ')}): run \`npm run cluster\` first`);
  Object.assign(
    process.env,
    engineExports(sh('infra/bin/engines.sh', 'env', 'cluster')),
    engineExports(sh('infra/bin/apps.sh', 'env', 'cluster')),
  );
}
