import { prepareTheRun, sh, useEnginesOf } from './the-run';

/**
 * Brings up the real engines of the `test` profile and its OpenID provider (idempotent: a second
 * run finds them up), then prepares the run; their addresses (OIDC_ISSUER among them) reach the
 * test files through the environment they inherit.
 */
export default async function globalSetup(): Promise<void> {
  sh('infra/bin/engines.sh', 'up', 'test');
  useEnginesOf('test');
  sh('infra/bin/apps.sh', 'up', 'test', 'identity');
  await prepareTheRun();
}
