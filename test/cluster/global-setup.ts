import { prepareTheRun, sh, useEnginesOf } from '../setup/the-run';

/**
 * The cluster profile must be up (`npm run cluster`; `npm run test:cluster` runs it first): its
 * engines healthy and every instance of its apps running. Its engines' addresses reach the test
 * files through the environment they inherit, and the run is prepared as on the `test` profile,
 * so that the end-to-end files run here unchanged.
 */
export default async function globalSetup(): Promise<void> {
  try {
    sh('infra/bin/engines.sh', 'status', 'cluster');
  } catch {
    throw new Error('the cluster profile’s engines are not all up: run `npm run cluster` first');
  }
  const down = sh('infra/bin/apps.sh', 'status', 'cluster')
    .split('\n')
    .filter((line) => line.endsWith(' down'));
  if (down.length > 0) throw new Error(`the cluster profile’s apps are not all up (${down.join(', ')}): run \`npm run cluster\` first`);
  useEnginesOf('cluster');
  await prepareTheRun();
}
