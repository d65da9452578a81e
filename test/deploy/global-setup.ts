import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds Kustomize and installs the manifest validators the first time (about a minute and a
 * half on 2 cores, then cached in ~/.cache/entente: infra/deploy/manifests.sh), outside any
 * test's timeout. No engine is needed.
 */
export default function globalSetup(): void {
  const root = resolve(__dirname, '../..');
  execFileSync('bash', [resolve(root, 'infra/deploy/manifests.sh'), 'install'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
